/// Greedy word wrapping of styled text by display width, with a first-line prefix and a
/// hanging indent for the lines after it.
enum TextWrapper {
  /// The lines of `text`, each at most `width` columns where its words allow; `width == nil`
  /// keeps the text on one line. A word wider than a line stands alone on its line, uncut.
  static func wrap(
    _ text: StyledText, width: Int?, firstPrefix: StyledText, restPrefix: StyledText, color: Bool
  ) -> [String] {
    let words = self.words(of: text)
    let restWidth = restPrefix.plain.displayWidth
    var lines: [String] = []
    var line = firstPrefix
    var used = firstPrefix.plain.displayWidth
    var lineHasWord = false
    for word in words {
      let wordWidth = word.plain.displayWidth
      if let width, lineHasWord, used + 1 + wordWidth > width {
        lines.append(line.rendered(color: color).trimmingTrailingSpaces())
        line = restPrefix
        used = restWidth
        lineHasWord = false
      }
      if lineHasWord {
        // A space between two words of one style takes that style, so a styled phrase is
        // one escape sequence rather than one per word.
        let before = line.runs.last?.style ?? []
        line.append(" ", style: before == word.runs.first?.style ? before : [])
        used += 1
      }
      line.append(word)
      used += wordWidth
      lineHasWord = true
    }
    lines.append(line.rendered(color: color).trimmingTrailingSpaces())
    return lines
  }

  /// The words of `text`, split at spaces; a word keeps the styles of its parts.
  private static func words(of text: StyledText) -> [StyledText] {
    var words: [StyledText] = []
    var current = StyledText()
    for run in text.runs {
      var piece = ""
      for character in run.text {
        if character == " " || character == "\t" || character == "\n" {
          current.append(piece, style: run.style)
          piece = ""
          if !current.runs.isEmpty {
            words.append(current)
            current = StyledText()
          }
        } else {
          piece.append(character)
        }
      }
      current.append(piece, style: run.style)
    }
    if !current.runs.isEmpty { words.append(current) }
    return words
  }
}

extension String {
  /// The string without spaces at its end.
  func trimmingTrailingSpaces() -> String {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[..<end])
  }
}
