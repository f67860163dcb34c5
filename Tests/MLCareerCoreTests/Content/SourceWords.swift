/// The words of a text as `../shared/tools/own-words` counts them, so the project's tests and
/// the tool agree on what a copied run is.
///
/// A word starts with a letter, digit, `$` or `%` and runs on through those and `,` `.` `'` `-`,
/// so `$101,752` and `cost-sensitive` are one word each. Case is ignored, curly quotes read as
/// straight ones, and `.,'-` are trimmed from both ends of a word.
struct SourceWords {
  /// One word and the line (from 1) it starts on.
  struct Word: Equatable {
    var text: String
    var line: Int
  }

  /// The words of `text` in order.
  static func words(of text: String) -> [Word] {
    var words: [Word] = []
    var current = ""
    var line = 1
    var startLine = 1
    func finish() {
      let trimmed = current.trimmingEnds { ".,'-".contains($0) }
      if !trimmed.isEmpty { words.append(Word(text: trimmed, line: startLine)) }
      current = ""
    }
    for scalar in text.unicodeScalars {
      let character = scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar
      let lower = Character(character).lowercased()
      if current.isEmpty {
        if isStart(character) {
          current = lower
          startLine = line
        }
      } else if isStart(character) || ",.'-".unicodeScalars.contains(character) {
        current += lower
      } else {
        finish()
      }
      if scalar == "\n" { line += 1 }
    }
    finish()
    return words
  }

  /// Whether `scalar` may start a word: an ASCII letter or digit, `$` or `%`.
  private static func isStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "$" || scalar == "%")
  }
}

extension String {
  /// The string without the characters at either end that `drop` picks.
  fileprivate func trimmingEnds(where drop: (Character) -> Bool) -> String {
    guard let first = firstIndex(where: { !drop($0) }),
      let last = lastIndex(where: { !drop($0) })
    else { return "" }
    return String(self[first...last])
  }
}
