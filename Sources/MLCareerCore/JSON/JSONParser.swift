/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// It walks the UTF-8 bytes once. Lines are counted from 1 (`\n`, `\r\n` and a lone `\r` each
/// end a line) and columns in Unicode scalars from 1, matching `SourceLocation`. Nesting is
/// limited to `maximumDepth`, so hostile input cannot exhaust the stack.
struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  /// Parses `text`, the contents of `file` (a path relative to `Data/`), as one JSON value.
  static func parse(_ text: String, file: String) throws(JSONError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { bytes in
      var parser = JSONParser(bytes: bytes, file: file)
      return Result { () throws(JSONError) in try parser.parseDocument() }
    }
    return try result.get()
  }

  /// A remembered position, turned into a `SourceLocation` only when needed.
  private struct Mark {
    var offset: Int
    var line: Int
    var lineStart: Int
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let file: String
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  /// The last column computed, so that columns on a long line cost linear time overall.
  private var columnCache = (lineStart: 0, offset: 0, column: 1)

  private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
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

  private mutating func parseDocument() throws(JSONError) -> JSONValue {
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
    let start = mark
    try enterContainer(at: start)
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if consume(UInt8(ascii: "]")) {
      depth -= 1
      return JSONValue(kind: .array(elements), location: location(of: start))
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
    return JSONValue(kind: .array(elements), location: location(of: start))
  }

  private mutating func parseObject() throws(JSONError) -> JSONValue {
    let start = mark
    try enterContainer(at: start)
    position += 1
    var members: [JSONValue.Member] = []
    skipWhitespace()
    if consume(UInt8(ascii: "}")) {
      depth -= 1
      return JSONValue(kind: .object(members), location: location(of: start))
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
    return JSONValue(kind: .object(members), location: location(of: start))
  }

  private mutating func enterContainer(at start: Mark) throws(JSONError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw .nestingTooDeep(limit: Self.maximumDepth, at: location(of: start))
    }
  }

  /// Reads `true`, `false` or `null`, or reports the whole bare word.
  private mutating func parseLiteral() throws(JSONError) -> JSONValue {
    let start = mark
    while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
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

  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  // MARK: Numbers

  /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, keeping the literal text.
  private mutating func parseNumber() throws(JSONError) -> JSONValue {
    let start = mark
    _ = consume(UInt8(ascii: "-"))
    if consume(UInt8(ascii: "0")) {
      if position < bytes.count, Self.isDigit(bytes[position]) {
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
    while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    return position > first
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
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

  // MARK: Strings

  /// Reads a string starting at its opening quote and returns its decoded contents.
  private mutating func parseString() throws(JSONError) -> String {
    let start = mark
    position += 1
    let contentStart = position
    // Fast path: no escapes, so the contents are the bytes themselves.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let contents = text(from: contentStart, to: position)
        position += 1
        return contents
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      position += 1
    }
    var decoded = Array(bytes[contentStart..<position])
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &decoded)
      case 0..<0x20:
        throw .unescapedControlCharacter(byte, at: location(of: mark))
      default:
        decoded.append(byte)
        position += 1
      }
    }
    throw .unterminatedString(at: location(of: start))
  }

  /// Decodes the escape at the current backslash and appends its UTF-8 bytes.
  private mutating func parseEscape(into decoded: inout [UInt8]) throws(JSONError) {
    let start = mark
    position += 1
    guard position < bytes.count else { throw .unterminatedString(at: location(of: start)) }
    let letter = bytes[position]
    position += 1
    let simple: UInt8
    switch letter {
    case UInt8(ascii: "\""): simple = 0x22
    case UInt8(ascii: "\\"): simple = 0x5C
    case UInt8(ascii: "/"): simple = 0x2F
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      let scalar = try parseUnicodeEscape(from: start)
      decoded.append(contentsOf: UTF8.encode(scalar)!)
      return
    default:
      position -= 1
      let shown = letter < 0x20 ? JSONError.codePoint(UInt32(letter)) : scalarText(at: position)
      throw .invalidEscape("\\" + shown, at: location(of: start))
    }
    decoded.append(simple)
  }

  /// Reads the four hex digits after `\u`, and the low surrogate's escape after a high one.
  private mutating func parseUnicodeEscape(from start: Mark) throws(JSONError) -> Unicode.Scalar {
    let high = try hexQuad(escapeStart: start)
    switch high {
    case 0xD800...0xDBFF:
      let lowStart = mark
      guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else {
        throw .invalidUnicodeEscape(
          text(from: start.offset, to: start.offset + 6),
          reason: "a high surrogate must be followed by a low surrogate \\uDC00–\\uDFFF",
          at: location(of: start))
      }
      let low = try hexQuad(escapeStart: lowStart)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw .invalidUnicodeEscape(
          text(from: start.offset, to: position),
          reason: "a high surrogate must be followed by a low surrogate \\uDC00–\\uDFFF",
          at: location(of: start))
      }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    case 0xDC00...0xDFFF:
      throw .invalidUnicodeEscape(
        text(from: start.offset, to: position),
        reason: "a low surrogate must follow a high surrogate \\uD800–\\uDBFF",
        at: location(of: start))
    default:
      return Unicode.Scalar(high)!
    }
  }

  /// Reads four hex digits; `escapeStart` is the backslash of the `\u` escape they belong to.
  private mutating func hexQuad(escapeStart: Mark) throws(JSONError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
        var end = position
        if end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] >= 0x20 {
          end += 1
        }
        throw .invalidUnicodeEscape(
          text(from: escapeStart.offset, to: end), reason: "expected four hex digits after \\u",
          at: location(of: escapeStart))
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  // MARK: Cursor

  private var mark: Mark { Mark(offset: position, line: line, lineStart: lineStart) }

  private func peek(_ byte: UInt8) -> Bool {
    position < bytes.count && bytes[position] == byte
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    guard peek(byte) else { return false }
    position += 1
    return true
  }

  /// Skips spaces, tabs and line breaks, counting lines.
  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        startLine()
      case UInt8(ascii: "\r"):
        position += 1
        if peek(UInt8(ascii: "\n")) { position += 1 }
        startLine()
      default:
        return
      }
    }
  }

  private mutating func startLine() {
    line += 1
    lineStart = position
  }

  /// Throws `commentNotAllowed` when a `//` or `/*` starts at the current position.
  private mutating func rejectComment() throws(JSONError) {
    guard peek(UInt8(ascii: "/")), position + 1 < bytes.count else { return }
    let next = bytes[position + 1]
    if next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
      throw .commentNotAllowed(at: location(of: mark))
    }
  }

  /// The location of `mark`; the column counts the scalars (UTF-8 lead bytes) before it.
  private mutating func location(of mark: Mark) -> SourceLocation {
    var (offset, column) = (mark.lineStart, 1)
    if columnCache.lineStart == mark.lineStart, columnCache.offset <= mark.offset {
      (offset, column) = (columnCache.offset, columnCache.column)
    }
    while offset < mark.offset {
      if bytes[offset] & 0xC0 != 0x80 { column += 1 }
      offset += 1
    }
    columnCache = (mark.lineStart, mark.offset, column)
    return SourceLocation(file: file, line: mark.line, column: column)
  }

  /// The text of `bytes[start..<end]`.
  private func text(from start: Int, to end: Int) -> String {
    String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)]), as: UTF8.self)
  }

  /// The whole scalar starting at `offset`.
  private func scalarText(at offset: Int) -> String {
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return text(from: offset, to: end)
  }

  /// How the error names what is at the current position: `'x'`, `a line break`, `the end of
  /// the file`.
  private func describeFound() -> String {
    guard position < bytes.count else { return "the end of the file" }
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
    case UInt8(ascii: "'"): return "\"'\" (strings need double quotes)"
    case 0..<0x20, 0x7F: return "the control character \(JSONError.codePoint(UInt32(byte)))"
    default: return "'\(scalarText(at: position))'"
    }
  }
}
