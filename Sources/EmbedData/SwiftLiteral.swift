/// Swift source spellings of values, for the generated files.
enum SwiftLiteral {
  /// `text` as a raw multi-line string literal that compiles back to exactly its bytes: its
  /// delimiter outnumbers any run of `#` inside, and controls the compiler refuses are escaped.
  static func raw(_ text: String) -> String {
    var longestRun = 0
    var run = 0
    for byte in text.utf8 {
      run = byte == UInt8(ascii: "#") ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    var body = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\t", "\n": body.unicodeScalars.append(scalar)
      case "\u{00}"..."\u{1F}", "\u{7F}": body += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
      default: body.unicodeScalars.append(scalar)
      }
    }
    return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
  }

  /// `text` as a one-line string literal; `String(reflecting:)` quotes and escapes it.
  static func string(_ text: String) -> String { String(reflecting: text) }

  /// An optional string: its literal or `nil`.
  static func string(_ text: String?) -> String { text.map { string($0) } ?? "nil" }

  /// An array of strings.
  static func strings(_ texts: [String]) -> String {
    "[" + texts.map { string($0) }.joined(separator: ", ") + "]"
  }

  /// An optional whole number: its digits or `nil`.
  static func int(_ value: Int?) -> String { value.map { String($0) } ?? "nil" }

  /// A number; `description` is the shortest text that reads back as the same `Double`.
  static func double(_ value: Double) -> String { value.description }
}
