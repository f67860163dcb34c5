import TextSupport

/// A strict RFC 8259 JSON parser that records where every value starts (lines and scalar
/// columns from 1, as `SourceLocation`); nesting is limited to `maximumDepth`.
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

  // Internal, not private, for the `JSONParser+…` extensions.
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
      throw commentError() ?? .trailingContent(found: describeFound(), at: location(of: mark))
    }
    return value
  }

  /// Parses the value at the current position; `expected` names it in the error when there is
  /// none.
  private mutating func parseValue(expected: String) throws(JSONError) -> JSONValue {
    guard position < bytes.count else { throw unexpected(expected) }
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
      throw unexpected(expected)
    }
  }

  private mutating func parseArray() throws(JSONError) -> JSONValue {
    var elements: [JSONValue] = []
    let start = try parseContainer(
      close: "]", first: "a value or ']'", next: "a value after ','",
      after: "',' or ']' after an array element"
    ) { parser, expected throws(JSONError) in
      elements.append(try parser.parseValue(expected: expected))
    }
    return JSONValue(kind: .array(elements), location: start)
  }

  private mutating func parseObject() throws(JSONError) -> JSONValue {
    var members: [JSONValue.Member] = []
    let start = try parseContainer(
      close: "}", first: "a key in double quotes or '}'",
      next: "a key in double quotes after ','", after: "',' or '}' after an object member"
    ) { parser, expected throws(JSONError) in
      guard parser.peek(UInt8(ascii: "\"")) else { throw parser.unexpected(expected) }
      let keyLocation = parser.location(of: parser.mark)
      let key = try parser.parseString()
      parser.skipWhitespace()
      guard parser.consume(UInt8(ascii: ":")) else {
        throw parser.unexpected("':' after an object key")
      }
      parser.skipWhitespace()
      let value = try parser.parseValue(expected: "a value after ':'")
      members.append(JSONValue.Member(key: key, keyLocation: keyLocation, value: value))
    }
    return JSONValue(kind: .object(members), location: start)
  }

  /// Reads an array's elements or an object's members, each by `element` (told what was
  /// expected before it), up to `close`; returns where the container starts.
  private mutating func parseContainer(
    close: Character, first: String, next: String, after: String,
    _ element: (inout JSONParser, String) throws(JSONError) -> Void
  ) throws(JSONError) -> SourceLocation {
    // The start's location is taken now, before the elements: locations are then asked for in
    // source order, so columns on a long line are counted once (see `location(of:)`).
    let start = location(of: mark)
    depth += 1
    if depth > Self.maximumDepth {
      throw .nestingTooDeep(limit: Self.maximumDepth, at: start)
    }
    position += 1
    let closing = close.asciiValue!
    skipWhitespace()
    var expected = first
    while !consume(closing) {
      try element(&self, expected)
      skipWhitespace()
      let comma = mark
      if consume(UInt8(ascii: ",")) {
        skipWhitespace()
        if peek(closing) { throw .trailingComma(before: close, at: location(of: comma)) }
        expected = next
        continue
      }
      if consume(closing) { break }
      throw unexpected(after)
    }
    depth -= 1
    return start
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
    let end =
      bytes[start.offset...].firstIndex { !$0.isASCIIDigit && !"+-.eE".utf8.contains($0) }
      ?? bytes.count
    return .invalidNumber(
      text(from: start.offset, to: end), reason: reason, at: location(of: start))
  }
}
