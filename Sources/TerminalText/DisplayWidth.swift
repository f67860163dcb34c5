/// Where text sits when padded to a width.
public enum TextAlignment: Sendable, Equatable {
  /// Text first, spaces after.
  case left
  /// Spaces first, text after.
  case right
}

extension Unicode.Scalar {
  /// Terminal columns the scalar takes on its own: 0 for controls and marks that combine or do
  /// not show, 2 for East Asian wide and emoji-presentation scalars, 1 otherwise.
  public var displayWidth: Int {
    let value = value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    if DisplayWidthTables.contains(DisplayWidthTables.zeroWidth, value) { return 0 }
    if DisplayWidthTables.contains(DisplayWidthTables.wide, value) { return 2 }
    return 1
  }
}

extension Character {
  /// Terminal columns the character (a grapheme cluster) takes: its widest scalar, so that
  /// `e\u{301}` is 1 and an emoji ZWJ sequence is 2; U+FE0F (emoji presentation) makes it 2
  /// and U+FE0E (text presentation) 1.
  public var displayWidth: Int {
    var width = 0
    var presentation: Int?
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0xFE0F: presentation = 2
      case 0xFE0E: presentation = 1
      default: width = max(width, scalar.displayWidth)
      }
    }
    if let presentation, width > 0 { return presentation }
    return width
  }
}

extension String {
  /// Terminal columns the text takes: the sum of its characters' widths, with ANSI escape
  /// sequences (colours `ESC [ … m`, OSC 8 hyperlinks `ESC ] 8 ;; url ESC \`) taking none.
  public var displayWidth: Int {
    var width = 0
    var isPlainASCII = true
    for byte in utf8 {
      if byte >= 0x80 || byte == 0x1B {
        isPlainASCII = false
        break
      }
      if byte >= 0x20 && byte != 0x7F { width += 1 }
    }
    if isPlainASCII { return width }
    width = 0
    var index = startIndex
    while index < endIndex {
      if self[index] == "\u{1B}" {
        index = endOfEscapeSequence(startingAt: index)
      } else {
        width += self[index].displayWidth
        index = self.index(after: index)
      }
    }
    return width
  }

  /// The text with spaces added to reach `width` columns; unchanged when already as wide.
  public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
    let padding = width - displayWidth
    guard padding > 0 else { return self }
    let spaces = String(repeating: " ", count: padding)
    return alignment == .left ? self + spaces : spaces + self
  }

  /// The index just past the escape sequence whose ESC is at `start`: a CSI sequence
  /// (`ESC [` … final byte `@`–`~`), an OSC sequence (`ESC ]` … BEL or `ESC \`), or ESC and
  /// one more character. An unfinished sequence runs to the end of the text.
  private func endOfEscapeSequence(startingAt start: Index) -> Index {
    let scalars = unicodeScalars
    var index = scalars.index(after: start)
    guard index < scalars.endIndex else { return index }
    let introducer = scalars[index]
    index = scalars.index(after: index)
    switch introducer {
    case "[":
      while index < scalars.endIndex {
        let value = scalars[index].value
        index = scalars.index(after: index)
        if (0x40...0x7E).contains(value) { break }
      }
    case "]":
      while index < scalars.endIndex {
        let scalar = scalars[index]
        index = scalars.index(after: index)
        if scalar == "\u{07}" { break }
        if scalar == "\u{1B}" {
          if index < scalars.endIndex, scalars[index] == "\\" {
            index = scalars.index(after: index)
          }
          break
        }
      }
    default:
      break
    }
    return index
  }
}
