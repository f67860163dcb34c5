/// ASCII byte classes the Markdown parser, and the targets that build on it, ask about.
extension UInt8 {
  /// A space or a tab.
  @inline(__always) var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }

  /// A line feed or a carriage return.
  @inline(__always) var isLineEnding: Bool { self == 0x0A || self == 0x0D }

  /// Space, tab, line feed, form feed or carriage return: CommonMark's ASCII whitespace.
  @inline(__always) var isMarkdownWhitespace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D
  }

  /// `0`–`9`.
  @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }

  /// `A`–`Z` or `a`–`z`.
  @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

  /// A letter or a digit.
  @inline(__always) var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }

  /// `0`–`9`, `A`–`F` or `a`–`f`.
  @inline(__always) var isASCIIHexDigit: Bool { isASCIIDigit || (self | 0x20) &- 0x61 < 6 }

  /// One of ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``.
  @inline(__always) var isASCIIPunctuation: Bool {
    (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40)
      || (self >= 0x5B && self <= 0x60) || (self >= 0x7B && self <= 0x7E)
  }

  /// The lowercase form of an ASCII letter; any other byte unchanged.
  @inline(__always) var asciiLowercased: UInt8 { isASCIILetter ? self | 0x20 : self }

  /// The value of a hexadecimal digit (`isASCIIHexDigit`); meaningless for other bytes.
  @inline(__always) var hexValue: UInt32 {
    isASCIIDigit ? UInt32(self &- 0x30) : UInt32((self | 0x20) &- 0x61 &+ 10)
  }
}
