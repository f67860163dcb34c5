/// The ASCII byte classes the JSON parser asks about.
extension UInt8 {
  /// `0`–`9`.
  @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }

  /// `A`–`Z` or `a`–`z`.
  @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

  /// A letter or a digit.
  @inline(__always) var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }

  /// `0`–`9`, `A`–`F` or `a`–`f`.
  @inline(__always) var isASCIIHexDigit: Bool { isASCIIDigit || (self | 0x20) &- 0x61 < 6 }

  /// The value of a hexadecimal digit (`isASCIIHexDigit`); meaningless for other bytes.
  @inline(__always) var hexValue: UInt32 {
    isASCIIDigit ? UInt32(self &- 0x30) : UInt32((self | 0x20) &- 0x61 &+ 10)
  }
}
