/// ASCII byte classes only the Markdown parser asks about; those JSON asks about too are
/// TextSupport's.
extension UInt8 {
  @inline(__always) var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }

  @inline(__always) var isLineEnding: Bool { self == 0x0A || self == 0x0D }

  /// Space, tab, line feed, form feed or carriage return: CommonMark's ASCII whitespace.
  @inline(__always) var isMarkdownWhitespace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D
  }

  /// One of ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``.
  @inline(__always) var isASCIIPunctuation: Bool {
    (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40)
      || (self >= 0x5B && self <= 0x60) || (self >= 0x7B && self <= 0x7E)
  }
}

/// Indentation and trailing blanks, which the parsers skip and trim the same way everywhere.
extension UnsafeBufferPointer<UInt8> {
  /// The first position from `start` before `end` that holds neither a space nor a tab, or `end`.
  @inline(__always) func skippingSpacesAndTabs(from start: Int, to end: Int) -> Int {
    var index = start
    while index < end && self[index].isSpaceOrTab { index += 1 }
    return index
  }

  /// `range` without the spaces and tabs at its ends; empty at its start when it holds only those.
  @inline(__always) func trimmingSpacesAndTabs(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound && self[end - 1].isSpaceOrTab { end -= 1 }
    return skippingSpacesAndTabs(from: range.lowerBound, to: end)..<end
  }
}
