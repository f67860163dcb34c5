import TextSupport

/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// It walks the UTF-8 bytes once. Lines are counted from 1 (`\n`, `\r\n` and a lone `\r` each
/// end a line) and columns in Unicode scalars from 1, matching `SourceLocation`. Nesting is
/// limited to `maximumDepth`, so hostile input cannot exhaust the stack.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  /// Parses `text`, the contents of `file` (a path relative to `Data/`), as one JSON value.
  public static func parse(_ text: String, file: String) throws(JSONError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { bytes in
      var parser = JSONParser(bytes: bytes, file: file)
      return Result { () throws(JSONError) in try parser.parseDocument() }
    }
    return try result.get()
  }

  /// A remembered position, turned into a `SourceLocation` only when needed.
  struct Mark {
    var offset: Int
    var line: Int
    var lineStart: Int
  }

  // The state and the initialiser are internal (not private) only so that the
  // `JSONParser+Cursor` and `JSONParser+Strings` extensions can reach them; other targets
  // cannot create a parser.
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  var position = 0
  var line = 1
  var lineStart = 0
  var depth = 0
  /// The last column computed, so that columns on a long line cost linear time overall.
  var columnCache = (lineStart: 0, offset: 0, column: 1)

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    // A byte order mark is not part of the content.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      position = 3
      lineStart = 3
      columnCache = (3, 3, 1)
    }
  }

  // MARK: Document and values

  mutating func parseDocument() throws(JSONError) -> JSONValue {
    skipWhitespace()
    let value = try parseValue(expected: "a JSON value")
    skipWhitespace()
    if position < bytes.count {
      try rejectComment()
      throw .trailingContent(found: describeFound(), at: location(of: mark))
    }
    return value
  }

  /// Parses the value at the current position; `expected` names it in the error when there is
  /// none.
  private mutating func parseValue(expected: String) throws(JSONError) -> JSONValue {
    guard position < bytes.count else {
      throw .unexpectedInput(expected: expected, found: describeFound(), at: location(of: mark))
    }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""):
      let start = location(of: mark)
      return JSONValue(kind: .string(try parseString()), location: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber()
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "_"):
      return try parseLiteral()
    default:
      try rejectComment()
      throw .unexpectedInput(expected: expected, found: describeFound(), at: location(of: mark))
    }
  }

  private mutating func parseArray() throws(JSONError) -> JSONValue {
    // The start's location is taken now, before the elements: locations are then asked for in
    // source order, so columns on a long line are counted once (see `location(of:)`).
    let start = location(of: mark)
    try enterContainer(at: start)
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if consume(UInt8(ascii: "]")) {
      depth -= 1
      return JSONValue(kind: .array(elements), location: start)
    }
    var expected = "a value or ']'"
    while true {
      elements.append(try parseValue(expected: expected))
      skipWhitespace()
      let comma = mark
      if consume(UInt8(ascii: ",")) {
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { throw .trailingComma(before: "]", at: location(of: comma)) }
        expected = "a value after ','"
        continue
      }
      if consume(UInt8(ascii: "]")) { break }
      try rejectComment()
      throw .unexpectedInput(
        expected: "',' or ']' after an array element", found: describeFound(),
        at: location(of: mark))
    }
    depth -= 1
    return JSONValue(kind: .array(elements), location: start)
  }

  private mutating func parseObject() throws(JSONError) -> JSONValue {
    // The start's location is taken now, before the elements: locations are then asked for in
    // source order, so columns on a long line are counted once (see `location(of:)`).
    let start = location(of: mark)
    try enterContainer(at: start)
    position += 1
    var members: [JSONValue.Member] = []
    skipWhitespace()
    if consume(UInt8(ascii: "}")) {
      depth -= 1
      return JSONValue(kind: .object(members), location: start)
    }
    var expected = "a key in double quotes or '}'"
    while true {
      guard peek(UInt8(ascii: "\"")) else {
        try rejectComment()
        throw .unexpectedInput(expected: expected, found: describeFound(), at: location(of: mark))
      }
      let keyLocation = location(of: mark)
      let key = try parseString()
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else {
        try rejectComment()
        throw .unexpectedInput(
          expected: "':' after an object key", found: describeFound(), at: location(of: mark))
      }
      skipWhitespace()
      let value = try parseValue(expected: "a value after ':'")
      members.append(JSONValue.Member(key: key, keyLocation: keyLocation, value: value))
      skipWhitespace()
      let comma = mark
      if consume(UInt8(ascii: ",")) {
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { throw .trailingComma(before: "}", at: location(of: comma)) }
        expected = "a key in double quotes after ','"
        continue
      }
      if consume(UInt8(ascii: "}")) { break }
      try rejectComment()
      throw .unexpectedInput(
        expected: "',' or '}' after an object member", found: describeFound(),
        at: location(of: mark))
    }
    depth -= 1
    return JSONValue(kind: .object(members), location: start)
  }

  private mutating func enterContainer(at start: SourceLocation) throws(JSONError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw .nestingTooDeep(limit: Self.maximumDepth, at: start)
    }
  }

  /// Reads `true`, `false` or `null`, or reports the whole bare word.
  private mutating func parseLiteral() throws(JSONError) -> JSONValue {
    let start = mark
    while position < bytes.count,
      bytes[position].isASCIIAlphanumeric || bytes[position] == UInt8(ascii: "_")
    {
      position += 1
    }
    let word = text(from: start.offset, to: position)
    let kind: JSONValue.Kind
    switch word {
    case "true": kind = .bool(true)
    case "false": kind = .bool(false)
    case "null": kind = .null
    default: throw .invalidLiteral(word, at: location(of: start))
    }
    return JSONValue(kind: kind, location: location(of: start))
  }

  // MARK: Numbers

  /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, keeping the literal text.
  private mutating func parseNumber() throws(JSONError) -> JSONValue {
    let start = mark
    _ = consume(UInt8(ascii: "-"))
    if consume(UInt8(ascii: "0")) {
      if position < bytes.count, bytes[position].isASCIIDigit {
        throw numberError(from: start, reason: "leading zeros are not allowed")
      }
    } else if !consumeDigits() {
      throw numberError(from: start, reason: "expected a digit after '-'")
    }
    if consume(UInt8(ascii: ".")), !consumeDigits() {
      throw numberError(from: start, reason: "expected a digit after '.'")
    }
    if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
      if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
      if !consumeDigits() {
        throw numberError(from: start, reason: "expected a digit in the exponent")
      }
    }
    let literal = text(from: start.offset, to: position)
    return JSONValue(kind: .number(literal), location: location(of: start))
  }

  private mutating func consumeDigits() -> Bool {
    let first = position
    while position < bytes.count, bytes[position].isASCIIDigit { position += 1 }
    return position > first
  }

  /// An invalid-number error quoting everything number-like from `start` on.
  private mutating func numberError(from start: Mark, reason: String) -> JSONError {
    var end = start.offset
    while end < bytes.count {
      switch bytes[end] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
        UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"):
        end += 1
        continue
      default:
        break
      }
      break
    }
    return .invalidNumber(
      text(from: start.offset, to: end), reason: reason, at: location(of: start))
  }
}
