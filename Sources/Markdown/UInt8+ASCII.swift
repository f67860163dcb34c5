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
