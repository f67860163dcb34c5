import TextSupport

/// How `FoldedText` folds ASCII, byte by byte: the rules its own ASCII path and the byte test
/// derived from the search rule (`VisibleLetters`) apply, kept in one place so they never drift
/// from the folding itself.
extension FoldedText {
  /// An ASCII byte as folded text has it: upper case as lower.
  @inline(__always) static func folded(_ byte: UInt8) -> UInt8 { byte.asciiLowercased }

  /// Whether an ASCII byte is a letter or digit (`isWordScalar` of it).
  @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { byte.isASCIIAlphanumeric }

  /// Whether the byte at `index` is a comma between digits, which folding leaves out
  /// (`136,287` reads as `136287`).
  @inline(__always) static func isDroppedComma(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    bytes[index] == UInt8(ascii: ",") && index > 0 && index + 1 < bytes.count
      && bytes[index - 1].isASCIIDigit && bytes[index + 1].isASCIIDigit
  }

  /// The value and length of the scalar of two to four bytes starting at `index` of valid UTF-8.
  @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (value: UInt32, length: Int)
  {
    let byte = bytes[index]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    var value = UInt32(byte) & (0x7F >> UInt32(length))
    for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
    return (value, length)
  }
}
