import TextSupport

/// String literals: the fast path without escapes, escapes, and `\u` surrogate pairs.
extension JSONParser {
  /// The letters of JSON's one-letter escapes (`\n`), and the bytes they stand for in the same
  /// order: one table for reading and writing them, `/` being read but never written escaped.
  static let escapeLetters = Array(#""\/bfnrt"#.utf8)
  static let escapedBytes: [UInt8] = [0x22, 0x5C, 0x2F, 0x08, 0x0C, 0x0A, 0x0D, 0x09]

  /// Reads a string starting at its opening quote and returns its decoded contents.
  mutating func parseString() throws(JSONError) -> String {
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
  mutating func parseEscape(into decoded: inout [UInt8]) throws(JSONError) {
    let start = mark
    position += 1
    guard position < bytes.count else { throw .unterminatedString(at: location(of: start)) }
    let letter = bytes[position]
    position += 1
    if letter == UInt8(ascii: "u") {
      let scalar = try parseUnicodeEscape(from: start)
      decoded.append(contentsOf: UTF8.encode(scalar)!)
      return
    }
    guard let index = Self.escapeLetters.firstIndex(of: letter) else {
      position -= 1
      let shown =
        letter < 0x20 ? NumberFormatting.codePoint(UInt32(letter)) : scalarText(at: position)
      throw .invalidEscape("\\" + shown, at: location(of: start))
    }
    decoded.append(Self.escapedBytes[index])
  }

  /// Reads the four hex digits after `\u`, and the low surrogate's escape after a high one.
  mutating func parseUnicodeEscape(from start: Mark) throws(JSONError) -> Unicode.Scalar {
    let high = try hexQuad(escapeStart: start)
    switch high {
    case 0xD800...0xDBFF:
      let lowStart = mark
      let hasLow = consume(UInt8(ascii: "\\")) && consume(UInt8(ascii: "u"))
      let low = hasLow ? try hexQuad(escapeStart: lowStart) : 0
      guard (0xDC00...0xDFFF).contains(low) else {
        throw .invalidUnicodeEscape(
          text(from: start.offset, to: hasLow ? position : start.offset + 6),
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
  mutating func hexQuad(escapeStart: Mark) throws(JSONError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, bytes[position].isASCIIHexDigit else {
        var end = position
        if end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] >= 0x20 {
          end += 1
        }
        throw .invalidUnicodeEscape(
          text(from: escapeStart.offset, to: end), reason: "expected four hex digits after \\u",
          at: location(of: escapeStart))
      }
      value = value << 4 | bytes[position].hexValue
      position += 1
    }
    return value
  }
}
