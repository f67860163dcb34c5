extension String {
  /// How many Unicode scalars of outside text an echo shows before it is cut with `…`.
  public static let terminalSafeLimit = 200

  /// This text made harmless to echo on a terminal, for text that came from outside (arguments,
  /// environment, files).
  ///
  /// C0 control characters and DEL are shown in caret notation (`ESC` as `^[`, a line feed as
  /// `^J`, DEL as `^?`), so an argument cannot start an escape sequence or fake an `error:` line.
  /// C1 controls, bidirectional overrides and isolates, and line or paragraph separators are
  /// shown as `<U+202E>`. The result keeps at most `limit` scalars of the original, then `…`.
  public func terminalSafe(limit: Int = String.terminalSafeLimit) -> String {
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
      case 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
        output.append(contentsOf: String.codePointName(value).unicodeScalars)
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// `<U+202E>` for 0x202E: four or more upper-case hex digits.
  private static func codePointName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    let padding = String(repeating: "0", count: Swift.max(0, 4 - hex.count))
    return "<U+\(padding)\(hex)>"
  }
}
