/// How a word index keeps, for each word, where it stands.
extension SearchTokenIndex {
  /// The entries (or contexts) one word stands in, ascending, each with its `Posting` flags:
  /// as `ByteWriter.varint`s of the number's distance from the one before, shifted past four
  /// bits of flags.
  struct PostingList: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The last number added, plus one (0 for none).
    private var next: UInt32 = 0
    /// Where the last number's varint starts, whose first byte holds its flags.
    private var lastStart = -1

    /// Adds `number`, no smaller than the last; the same number again adds its flags.
    mutating func add(_ number: UInt32, flags: UInt8) {
      if lastStart >= 0, next == number &+ 1 {
        bytes[lastStart] |= flags
        return
      }
      lastStart = bytes.count
      appendVarint(UInt64(number + 1 - next) << 4 | UInt64(flags))
      next = number + 1
    }

    /// Adds the numbers of `other`, each raised by `offset`, which is past every number here.
    mutating func append(_ other: PostingList, offset: UInt32) {
      guard !other.bytes.isEmpty else { return }
      var first: UInt64 = 0
      var shift: UInt64 = 0
      var length = 0
      for byte in other.bytes {
        first |= UInt64(byte & 0x7F) << shift
        length += 1
        if byte < 0x80 { break }
        shift += 7
      }
      let number = offset + UInt32(first >> 4) - 1
      let start = bytes.count
      appendVarint(UInt64(number + 1 - next) << 4 | (first & 0xF))
      let tail = bytes.count
      bytes += other.bytes[length...]
      lastStart = other.lastStart == 0 ? start : tail + other.lastStart - length
      next = offset + other.next
    }

    private mutating func appendVarint(_ value: UInt64) {
      var value = value
      while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      bytes.append(UInt8(value))
    }
  }
}
