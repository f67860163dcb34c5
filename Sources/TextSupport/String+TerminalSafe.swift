extension String {
  /// This text from outside made harmless to echo on a terminal: C0 controls and DEL in caret
  /// notation (`^[`), other controls, bidirectional and zero-width marks and separators as
  /// `<U+202E>` (so `py<U+200B>thon` does not pass for `python`); at most `limit` scalars are
  /// kept, then `…`.
  public func terminalSafe(limit: Int = 200) -> String {
    var output = String.UnicodeScalarView()
    var kept = 0
    for scalar in unicodeScalars {
      if kept >= Swift.max(limit, 0) {
        output.append("…")
        break
      }
      kept += 1
      let value = scalar.value
      switch value {
      case 0x00..<0x20:
        output.append("^")
        output.append(Unicode.Scalar(UInt8(value + 0x40)))
      case 0x7F:
        output.append(contentsOf: "^?".unicodeScalars)
      case 0x80..<0xA0, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060, 0x2066...0x2069,
        0xFEFF:
        output.append(contentsOf: "<\(NumberFormatting.codePoint(value))>".unicodeScalars)
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }
}
