import TextSupport

/// Greedy word wrapping of styled text by display width, with a first-line prefix and a
/// hanging indent for the lines after it.
///
/// It streams over the runs' UTF-8 bytes once, cutting words as byte ranges of the runs, and
/// builds each line as bytes, writing escape codes only where the style changes. Words of
/// printable ASCII are measured by their length; others by `String.displayWidth`.
package enum TextWrapper {
  /// The lines of `text`, each at most `width` columns where its words allow; `width == nil`
  /// keeps the text on one line. A word wider than a line stands alone on its line, uncut.
  package static func wrap(
    _ text: StyledText, width: Int?, firstPrefix: StyledText, restPrefix: StyledText, color: Bool
  ) -> [String] {
    if !color, width == nil {
      // What the word loop writes without colour and width: prefix and text, trailing spaces
      // dropped.
      var bytes = plainBytes(text, prefix: firstPrefix)
      while bytes.last == 0x20 { bytes.removeLast() }
      return [String(decoding: bytes, as: UTF8.self)]
    }
    if !color, let width, let line = oneLine(text, width: width, prefix: firstPrefix) {
      return [line]
    }
    return wrapWords(
      text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix, color: color)
  }

  /// Writes the lines `wrap` makes into `output`, each ended by a line break, and returns how
  /// many. Without colour or width the prefix and text go straight into `output`, with no
  /// line made as a string of its own.
  @discardableResult
  package static func write(
    _ text: StyledText, width: Int?, firstPrefix: StyledText, restPrefix: StyledText,
    color: Bool, into output: inout OutputBuffer
  ) -> Int {
    if !color, width == nil {
      for run in firstPrefix.runs { output.append(run.text) }
      for run in text.runs { output.append(run.text) }
      // Back to the last line break at most: the line's own trailing spaces.
      output.trimTrailingSpaces()
      output.append(byte: 0x0A)
      return 1
    }
    let lines = wrap(
      text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix, color: color)
    for line in lines {
      output.append(line)
      output.append(byte: 0x0A)
    }
    return lines.count
  }

  /// The one line `wrapWords` makes without colour of printable ASCII text that fits on the
  /// first line and has no space to drop (none leading or trailing, none doubled): the prefix
  /// and the text as they are. `nil` for any other text. The checklist's short lines cost
  /// 6 K instructions each through the word loop.
  static func oneLine(_ text: StyledText, width: Int, prefix: StyledText) -> String? {
    // Checked over the runs' own bytes first, so that only a line that qualifies is built.
    var size = 0
    for run in prefix.runs {
      var piece = run.text
      let printable = piece.withUTF8 { bytes in bytes.allSatisfy { $0 &- 0x20 < 0x5F } }
      guard printable else { return nil }
      size += bytes(of: run)
    }
    var previous: UInt8?
    for run in text.runs {
      var piece = run.text
      let plain = piece.withUTF8 { standsAsWritten($0, after: &previous) }
      guard plain else { return nil }
      size += bytes(of: run)
    }
    guard let previous, previous != 0x20, size <= width else { return nil }
    // Copied straight into the line's storage.
    return String(unsafeUninitializedCapacity: size) { buffer in
      var offset = 0
      for runs in [prefix.runs, text.runs] {
        for run in runs {
          var piece = run.text
          piece.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            (buffer.baseAddress! + offset).initialize(from: base, count: bytes.count)
            offset += bytes.count
          }
        }
      }
      return offset
    }
  }

  /// Whether `bytes`, coming after `previous` (`nil` at a line's start), are text the word
  /// loop keeps as it stands: printable ASCII, no space first, no space after a space.
  /// `previous` becomes the last byte.
  package static func standsAsWritten(
    _ bytes: UnsafeBufferPointer<UInt8>, after previous: inout UInt8?
  )
    -> Bool
  {
    for byte in bytes {
      guard byte &- 0x20 < 0x5F, byte != 0x20 || (previous ?? 0x20) != 0x20 else { return false }
      previous = byte
    }
    return true
  }

  /// The number of UTF-8 bytes of `run`'s text.
  private static func bytes(of run: StyledText.Run) -> Int { run.text.utf8.count }

  /// The UTF-8 bytes of the prefix's runs and the text's, one after the other.
  private static func plainBytes(_ text: StyledText, prefix: StyledText) -> [UInt8] {
    var size = 0
    for run in prefix.runs { size += run.text.utf8.count }
    for run in text.runs { size += run.text.utf8.count }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    for runs in [prefix.runs, text.runs] {
      for run in runs {
        var piece = run.text
        piece.withUTF8 { bytes.append(contentsOf: $0) }
      }
    }
    return bytes
  }

  /// Wraps word by word: what `wrap` does for any text.
  static func wrapWords(
    _ text: StyledText, width: Int?, firstPrefix: StyledText, restPrefix: StyledText, color: Bool
  ) -> [String] {
    var builder = LineBuilder(color: color)
    // Room for the whole text on one line: growing the line's buffer step by step cost more
    // than the wrapping itself for the short lines of a checklist.
    var bytes = 16
    for runs in [firstPrefix.runs, restPrefix.runs, text.runs] {
      for run in runs { bytes += run.text.utf8.count }
    }
    builder.text.reserveCapacity(bytes)
    builder.start(with: firstPrefix)
    guard let width else {
      // One line: the runs as they are, no words to measure.
      for run in text.runs { builder.append(run.text, style: run.style, link: run.link) }
      return [builder.finish()]
    }
    let runs = text.runs.map { (bytes: Array($0.text.utf8), style: $0.style, link: $0.link) }
    var lines: [String] = []
    // The pieces of the word being read: a byte range of one run each.
    var word: [(run: Int, bytes: Range<Int>)] = []
    var wordWidth = 0
    var lineHasWord = false

    func place() {
      guard let first = word.first else { return }
      if lineHasWord, builder.width + 1 + wordWidth > width {
        lines.append(builder.finish())
        builder.start(with: restPrefix)
        lineHasWord = false
      }
      if lineHasWord {
        // A space between two words of one style takes that style, so a styled phrase is
        // one escape sequence rather than one per word.
        let style = runs[first.run].style
        let link = runs[first.run].link
        let joined = builder.style == style && builder.link == link
        builder.append(" ", style: joined ? builder.style : [], link: joined ? builder.link : nil)
        builder.width += 1
      }
      for piece in word {
        let run = runs[piece.run]
        builder.append(run.bytes[piece.bytes], style: run.style, link: run.link)
      }
      builder.width += wordWidth
      lineHasWord = true
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
    }

    for (index, run) in runs.enumerated() {
      let bytes = run.bytes
      var start = 0
      // Whether the bytes from `start` are all printable ASCII, one column each.
      var isPlain = true
      func addPiece(upTo end: Int) {
        guard start != end else { return }
        word.append((index, start..<end))
        wordWidth +=
          isPlain
          ? end - start : String(decoding: bytes[start..<end], as: UTF8.self).displayWidth
      }
      for position in bytes.indices {
        let byte = bytes[position]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
          addPiece(upTo: position)
          place()
          start = position + 1
          isPlain = true
        } else if byte >= 0x7F || byte < 0x20 {
          isPlain = false
        }
      }
      addPiece(upTo: bytes.count)
    }
    place()
    lines.append(builder.finish())
    return lines
  }
}

extension TextWrapper {
  /// Plain text of several lines with each line wrapped to `width` columns (words whole), its
  /// continuation lines indented as far as the line itself.
  package static func wrapLines(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let indent = StyledText(String(line.prefix { $0 == " " }))
      return wrap(
        StyledText(String(line.drop { $0 == " " })), width: width, firstPrefix: indent,
        restPrefix: indent, color: false
      ).joined(separator: "\n")
    }.joined(separator: "\n")
  }
}

/// One output line under construction, as bytes: text with escape codes written only at style
/// changes, and OSC 8 hyperlinks opened and closed where the link changes (every line closing
/// its own).
private struct LineBuilder {
  let color: Bool
  var text: [UInt8] = []
  var style: TextStyle = []
  var link: String?
  /// Display columns written so far (the wrapper adds word widths it has measured).
  var width = 0

  init(color: Bool) {
    self.color = color
  }

  mutating func start(with prefix: StyledText) {
    text.removeAll(keepingCapacity: true)
    style = []
    link = nil
    width = 0
    for run in prefix.runs { append(run.text, style: run.style, link: run.link) }
    // Bytes of printable ASCII are a column each; the bytes just written are the prefix's
    // text, with escape codes only when there is colour.
    width =
      !color && text.allSatisfy({ $0 &- 0x20 < 0x5F }) ? text.count : prefix.plain.displayWidth
  }

  /// Adds `piece` in `style`, linked to `link` if given.
  mutating func append(_ piece: String, style newStyle: TextStyle, link newLink: String?) {
    switchLink(to: newLink)
    switchStyle(to: newStyle)
    text.append(contentsOf: piece.utf8)
  }

  /// Adds the bytes `piece` in `style`, linked to `link` if given.
  mutating func append(
    _ piece: ArraySlice<UInt8>, style newStyle: TextStyle, link newLink: String?
  ) {
    switchLink(to: newLink)
    switchStyle(to: newStyle)
    text.append(contentsOf: piece)
  }

  private mutating func switchLink(to newLink: String?) {
    guard color, newLink != link else { return }
    if link != nil { text.append(contentsOf: Hyperlink.close.utf8) }
    if let newLink { text.append(contentsOf: Hyperlink.open(newLink).utf8) }
    link = newLink
  }

  private mutating func switchStyle(to newStyle: TextStyle) {
    guard color, newStyle != style else { return }
    if !style.isEmpty { text.append(contentsOf: TextStyle.reset.utf8) }
    text.append(contentsOf: newStyle.escape.utf8)
    style = newStyle
  }

  /// The finished line, its style closed and trailing spaces removed.
  mutating func finish() -> String {
    var end = text.count
    while end > 0 && text[end - 1] == 0x20 { end -= 1 }
    var line = String(decoding: text[..<end], as: UTF8.self)
    if color, !style.isEmpty { line += TextStyle.reset }
    if color, link != nil { line += Hyperlink.close }
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
