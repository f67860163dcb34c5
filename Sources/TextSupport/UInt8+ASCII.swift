/// The ASCII byte classes both parsers, search's folding and others ask about. Public and inlinable so their hot loops in
/// other targets compile them inline, as they would a target's own.
extension UInt8 {
  /// `0`–`9`.
  @inlinable @inline(__always) public var isASCIIDigit: Bool { self &- 0x30 < 10 }

  /// `A`–`Z` or `a`–`z`.
  @inlinable @inline(__always) public var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

  /// A letter or a digit.
  @inlinable @inline(__always) public var isASCIIAlphanumeric: Bool {
    isASCIILetter || isASCIIDigit
  }

  /// `0`–`9`, `A`–`F` or `a`–`f`.
  @inlinable @inline(__always) public var isASCIIHexDigit: Bool {
    isASCIIDigit || (self | 0x20) &- 0x61 < 6
  }

  /// The lowercase form of an ASCII letter; any other byte unchanged.
  @inlinable @inline(__always) public var asciiLowercased: UInt8 {
    self &- 0x41 < 26 ? self | 0x20 : self
  }

  /// The value of a hexadecimal digit (`isASCIIHexDigit`); meaningless for other bytes.
  @inlinable @inline(__always) public var hexValue: UInt32 {
    isASCIIDigit ? UInt32(self &- 0x30) : UInt32((self | 0x20) &- 0x61 &+ 10)
  }
}
