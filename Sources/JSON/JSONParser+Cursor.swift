import TextSupport

/// The cursor over the UTF-8 bytes: peeking, consuming, whitespace and line counting, and
/// turning positions into `SourceLocation`s and error descriptions.
extension JSONParser {
  /// The current position, to be turned into a location later if needed.
  var mark: Mark { Mark(offset: position, line: line, lineStart: lineStart) }

  func peek(_ byte: UInt8) -> Bool {
    position < bytes.count && bytes[position] == byte
  }

  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek(byte) else { return false }
    position += 1
    return true
  }

  /// Skips spaces, tabs and line breaks, counting lines.
  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        position += 1
        if bytes[position - 1] == UInt8(ascii: "\r"), peek(UInt8(ascii: "\n")) { position += 1 }
        line += 1
        lineStart = position
      default:
        return
      }
    }
  }

  /// `commentNotAllowed` when a `//` or `/*` starts at the current position.
  mutating func commentError() -> JSONError? {
    guard peek(UInt8(ascii: "/")), position + 1 < bytes.count else { return nil }
    let next = bytes[position + 1]
    guard next == UInt8(ascii: "/") || next == UInt8(ascii: "*") else { return nil }
    return .commentNotAllowed(at: location(of: mark))
  }

  /// The error for what stands at the current position where `expected` should: a comment,
  /// or `unexpectedInput` naming what is there.
  mutating func unexpected(_ expected: String) -> JSONError {
    commentError()
      ?? .unexpectedInput(expected: expected, found: describeFound(), at: location(of: mark))
  }

  /// The location of `mark`; the column counts the scalars before it, on from the last column
  /// computed on the same line, so locations asked in order cost linear time however long it is.
  /// The parser asks in order but for an error's, which ends the parse.
  mutating func location(of mark: Mark) -> SourceLocation {
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

  func text(from start: Int, to end: Int) -> String {
    String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)]), as: UTF8.self)
  }

  func scalarText(at offset: Int) -> String {
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return text(from: offset, to: end)
  }

  /// How the error names what is at the current position: `'x'`, `a line break`, `the end of
  /// the file`.
  func describeFound() -> String {
    guard position < bytes.count else { return "the end of the file" }
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
    case UInt8(ascii: "'"): return "\"'\" (strings need double quotes)"
    case 0..<0x20, 0x7F: return "the control character \(NumberFormatting.codePoint(UInt32(byte)))"
    default: return "'\(scalarText(at: position))'"
    }
  }
}
