/// How `FoldedText` folds ASCII, byte by byte: the rules its own ASCII path and the byte test
/// derived from the search rule (`VisibleLetters`) apply, kept in one place so they never drift
/// from the folding itself.
extension FoldedText {
  /// An ASCII byte as folded text has it: upper case as lower.
  @inline(__always) static func folded(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// Whether an ASCII byte is a letter or digit (`isWordScalar` of it).
  @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  /// Whether the byte at `index` is a comma between digits, which folding leaves out
  /// (`136,287` reads as `136287`).
  @inline(__always) static func isDroppedComma(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    bytes[index] == UInt8(ascii: ",") && index > 0 && index + 1 < bytes.count
      && bytes[index - 1] &- 0x30 < 10 && bytes[index + 1] &- 0x30 < 10
  }
}
