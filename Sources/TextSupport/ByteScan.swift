#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding the first byte of a kind in a buffer eight bytes at a time: a test on a 64-bit word
/// (the classic "has a byte less than n" bit tricks) skips words holding none, and only a word
/// that may hold one is looked at byte by byte; one byte alone is found by the C library, many
/// bytes at a time. Public and inlinable so callers in other targets get it specialised for
/// their closures, which this toolchain does not do for `package`.
public enum ByteScan {
  /// The high bit of each byte of a word.
  public static let highBits: UInt64 = 0x8080_8080_8080_8080
  @usableFromInline static let lowBits: UInt64 = 0x0101_0101_0101_0101

  /// Whether a byte of `word` is below `limit` (at most 0x80); exact.
  @inlinable @inline(__always) public static func hasByte(in word: UInt64, below limit: UInt8)
    -> Bool
  {
    (word &- lowBits &* UInt64(limit)) & ~word & highBits != 0
  }

  /// Whether a byte of `word` equals `byte`; exact.
  @inlinable @inline(__always) public static func hasByte(in word: UInt64, equalTo byte: UInt8)
    -> Bool
  {
    hasByte(in: word ^ (lowBits &* UInt64(byte)), below: 1)
  }

  /// The index of the first byte at `from` or after that `matches`; `mayHold` is true of every
  /// word (eight bytes, little-endian) holding such a byte, and may be true of others.
  @inlinable @inline(__always) public static func firstIndex(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ mayHold: (UInt64) -> Bool,
    where matches: (UInt8) -> Bool
  ) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = start
    while index + 8 <= count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      if mayHold(word) {
        for offset in index..<index + 8 where matches(base[offset]) { return offset }
      }
      index += 8
    }
    while index < count {
      if matches(base[index]) { return index }
      index += 1
    }
    return nil
  }

  /// The index of the first byte at `from` or after that is `letter` (an ASCII lower-case
  /// letter) in either case, or is not ASCII.
  @inlinable public static func firstIndex(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, ofLetterOrOther letter: UInt8
  ) -> Int? {
    firstIndex(
      in: bytes, from: start,
      { $0 & highBits != 0 || hasByte(in: $0 | 0x2020_2020_2020_2020, equalTo: letter) },
      where: { $0 >= 0x80 || $0 | 0x20 == letter })
  }

  /// The index of the first `byte` at `from` or after, found by the C library many bytes at a
  /// time: faster than a word at a time where the byte is rare.
  @inlinable public static func firstIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
