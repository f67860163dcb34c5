import TextSupport

/// Greedy word wrapping of styled text by display width, with a first-line prefix and a
/// hanging indent for the lines after it, with escape codes only where the style changes.
public enum TextWrapper {
  /// The lines of `text`, each at most `width` columns where its words allow; `width == nil`
  /// keeps the text on one line. A word wider than a line stands alone on its line, uncut.
  /// `firstPrefix` begins the first line, `restPrefix` every other (the first's by default).
  public static func wrap(
    _ text: StyledText, width: Int?, firstPrefix: StyledText = StyledText(),
    restPrefix: StyledText? = nil, color: Bool
  ) -> [String] {
    var output = OutputBuffer()
    write(
      text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix, color: color,
      into: &output)
    var lines = output.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    lines.removeLast()
    return lines.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Writes the lines `wrap` makes into `output`, each ended by a line break, and returns how
  /// many.
  @discardableResult
  public static func write(
    _ text: StyledText, width: Int?, firstPrefix: StyledText = StyledText(),
    restPrefix: StyledText? = nil, color: Bool, into output: inout OutputBuffer
  ) -> Int {
    var line = LineBuilder(color: color)
    line.start(with: firstPrefix, into: &output)
    guard let width else {
      // One line: the runs as they are, no words to measure.
      for run in text.runs { line.append(run, into: &output) }
      line.finish(into: &output)
      return 1
    }
    var words = WordPlacer(
      line: line, width: width, runs: text.runs, restPrefix: restPrefix ?? firstPrefix)
    for index in text.runs.indices {
      var piece = text.runs[index].text
      piece.withUTF8 { words.read($0, run: index, into: &output) }
    }
    if words.length > 0 { words.place(into: &output) }
    words.line.finish(into: &output)
    return words.lines
  }
}

/// Places words one after another on lines of at most `width` columns.
private struct WordPlacer {
  var line: LineBuilder
  let width: Int
  let runs: [StyledText.Run]
  let restPrefix: StyledText
  var lines = 1
  var lineHasWord = false
  /// The word being read: the run and byte it starts at, its length in bytes, and whether its
  /// bytes are all printable ASCII, one column each.
  var run = 0
  var start = 0
  var length = 0
  var isPlain = true

  /// Reads the bytes of the run `index`, placing each word that ends in them.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, run index: Int, into output: inout OutputBuffer
  ) {
    for position in 0..<bytes.count {
      let byte = bytes[position]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A {
        if length > 0 { place(into: &output) }
        continue
      }
      if length == 0 { (run, start, isPlain) = (index, position, true) }
      length += 1
      if byte >= 0x7F || byte < 0x20 { isPlain = false }
    }
  }

  /// Writes the word read, on a new line when it does not fit on this one.
  mutating func place(into output: inout OutputBuffer) {
    let wordWidth = isPlain ? length : displayWidth()
    if lineHasWord, line.width + 1 + wordWidth > width {
      line.finish(into: &output)
      lines += 1
      line.start(with: restPrefix, into: &output)
      lineHasWord = false
    }
    if lineHasWord {
      // A space between two words of one style takes that style, so a styled phrase is
      // one escape sequence rather than one per word.
      let joined = !line.color || line.style == runs[run].style && line.link == runs[run].link
      line.append(space: joined, into: &output)
    }
    var remaining = length
    var index = run
    var offset = start
    while remaining > 0 {
      if line.color { line.switchTo(runs[index], into: &output) }
      var text = runs[index].text
      text.withUTF8 { bytes in
        let count = min(remaining, bytes.count - offset)
        output.append(bytes: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]))
        remaining -= count
      }
      index += 1
      offset = 0
    }
    line.width += wordWidth
    lineHasWord = true
    length = 0
  }

  /// The columns of the word read, whose bytes may span runs.
  private func displayWidth() -> Int {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    var index = run
    var offset = start
    while bytes.count < length {
      let utf8 = runs[index].text.utf8
      bytes += utf8.dropFirst(offset).prefix(length - bytes.count)
      index += 1
      offset = 0
    }
    return String(decoding: bytes, as: UTF8.self).displayWidth
  }
}

extension TextWrapper {
  /// Plain text of several lines with each line wrapped to `width` columns (words whole), its
  /// continuation lines indented as far as the line itself.
  public static func wrapLines(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let indent = StyledText(String(line.prefix { $0 == " " }))
      return wrap(
        StyledText(String(line.drop { $0 == " " })), width: width, firstPrefix: indent,
        color: false
      ).joined(separator: "\n")
    }.joined(separator: "\n")
  }
}

/// The line being written at the end of the output: escape codes written only at style
/// changes, and OSC 8 hyperlinks opened and closed where the link changes (every line closing
/// its own).
private struct LineBuilder {
  let color: Bool
  var style: TextStyle = []
  var link: String?
  /// Display columns written so far (the wrapper adds word widths it has measured).
  var width = 0
  var start = 0

  mutating func start(with prefix: StyledText, into output: inout OutputBuffer) {
    start = output.count
    style = []
    link = nil
    var printable = true
    var bytes = 0
    for run in prefix.runs {
      append(run, into: &output)
      bytes += run.text.utf8.count
      printable = printable && run.text.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }
    // Bytes of printable ASCII are a column each.
    width = printable ? bytes : prefix.plain.displayWidth
  }

  mutating func append(_ run: StyledText.Run, into output: inout OutputBuffer) {
    switchTo(run, into: &output)
    output.append(run.text)
  }

  /// Adds a space between two words, in the line's style when `joined`, else unstyled.
  mutating func append(space joined: Bool, into output: inout OutputBuffer) {
    if !joined {
      switchLink(to: nil, into: &output)
      switchStyle(to: [], into: &output)
    }
    output.append(byte: 0x20)
    width += 1
  }

  mutating func switchTo(_ run: StyledText.Run, into output: inout OutputBuffer) {
    switchLink(to: run.link, into: &output)
    switchStyle(to: run.style, into: &output)
  }

  private mutating func switchLink(to newLink: String?, into output: inout OutputBuffer) {
    guard color, newLink != link else { return }
    if link != nil { output.append(Hyperlink.close) }
    if let newLink { output.append(Hyperlink.open(newLink)) }
    link = newLink
  }

  private mutating func switchStyle(to newStyle: TextStyle, into output: inout OutputBuffer) {
    guard color, newStyle != style else { return }
    if !style.isEmpty { output.append(TextStyle.reset) }
    output.append(newStyle.escape)
    style = newStyle
  }

  /// Ends the line: trailing spaces removed, its style and link closed, a line break.
  mutating func finish(into output: inout OutputBuffer) {
    output.trimTrailingSpaces(downTo: start)
    if color, !style.isEmpty { output.append(TextStyle.reset) }
    if color, link != nil { output.append(Hyperlink.close) }
    output.append(byte: 0x0A)
  }
}

extension String {
  /// The string without spaces at its end.
  public func trimmingTrailingSpaces() -> String {
    guard utf8.last == 0x20 else { return self }
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[..<end])
  }
}
