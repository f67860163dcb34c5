/// Greedy word wrapping of styled text by display width, with a first-line prefix and a
/// hanging indent for the lines after it.
///
/// It streams over the runs' UTF-8 once, cutting words as slices of the runs (no per-character
/// work), and writes each line's escape codes only where the style changes.
package enum TextWrapper {
  /// The lines of `text`, each at most `width` columns where its words allow; `width == nil`
  /// keeps the text on one line. A word wider than a line stands alone on its line, uncut.
  package static func wrap(
    _ text: StyledText, width: Int?, firstPrefix: StyledText, restPrefix: StyledText, color: Bool
  ) -> [String] {
    var builder = LineBuilder(color: color)
    builder.start(with: firstPrefix)
    guard let width else {
      // One line: the runs as they are, no words to measure.
      for run in text.runs { builder.append(run.text, style: run.style, width: nil) }
      return [builder.finish()]
    }
    var lines: [String] = []
    var word: [StyledText.Run] = []
    var wordWidth = 0
    var lineHasWord = false

    func place() {
      guard !word.isEmpty else { return }
      if lineHasWord, builder.width + 1 + wordWidth > width {
        lines.append(builder.finish())
        builder.start(with: restPrefix)
        lineHasWord = false
      }
      if lineHasWord {
        // A space between two words of one style takes that style, so a styled phrase is
        // one escape sequence rather than one per word.
        builder.append(" ", style: builder.style == word[0].style ? builder.style : [], width: 1)
      }
      for piece in word { builder.append(piece.text, style: piece.style, width: nil) }
      builder.width += wordWidth
      lineHasWord = true
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
    }

    for run in text.runs {
      let bytes = run.text.utf8
      var start = bytes.startIndex
      var index = start
      while index != bytes.endIndex {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
          if start != index {
            let piece = String(run.text[start..<index])
            word.append(StyledText.Run(text: piece, style: run.style))
            wordWidth += piece.displayWidth
          }
          place()
          start = bytes.index(after: index)
        }
        index = bytes.index(after: index)
      }
      if start != bytes.endIndex {
        let piece = String(run.text[start...])
        word.append(StyledText.Run(text: piece, style: run.style))
        wordWidth += piece.displayWidth
      }
    }
    place()
    lines.append(builder.finish())
    return lines
  }
}

/// One output line under construction: text with escape codes written only at style changes.
private struct LineBuilder {
  package let color: Bool
  package var text = ""
  package var style: TextStyle = []
  /// Display columns written so far (the wrapper adds word widths it has measured).
  package var width = 0

  package init(color: Bool) {
    self.color = color
  }

  package mutating func start(with prefix: StyledText) {
    text = ""
    style = []
    width = 0
    for run in prefix.runs { append(run.text, style: run.style, width: nil) }
    width = prefix.plain.displayWidth
  }

  /// Adds `piece` in `style`; `width`, when given, is added to the line's width.
  package mutating func append(_ piece: String, style newStyle: TextStyle, width added: Int?) {
    if color, newStyle != style {
      if !style.isEmpty { text += TextStyle.reset }
      text += newStyle.escape
      style = newStyle
    }
    text += piece
    if let added { width += added }
  }

  /// The finished line, its style closed and trailing spaces removed.
  package mutating func finish() -> String {
    var line = text.trimmingTrailingSpaces()
    if color, !style.isEmpty { line += TextStyle.reset }
    return line
  }
}

extension String {
  /// The string without spaces at its end.
  package func trimmingTrailingSpaces() -> String {
    guard utf8.last == 0x20 else { return self }
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[..<end])
  }
}
