/// The 64-bit hash that names a topic's cached entries and checks them: eight bytes at a time,
/// each word mixed in by multiplication and rotation, then avalanched (the finaliser of
/// MurmurHash3). Not for adversaries (the cache is the user's own), only to tell texts apart.
enum SearchCacheKey {
  /// How entries are made from a topic: raise it when `SearchIndex.entries(of:)` changes what
  /// it makes, so entries cached by an earlier build of the same binary are never used.
  static let entriesVersion: UInt64 = 1

  /// The key of the topic `id` whose file holds `source`.
  static func key(id: String, source: String) -> UInt64 {
    var id = id
    var source = source
    let idHash = id.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: entriesVersion) }
    return source.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: idHash) }
  }

  /// The hash of `bytes`.
  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { hash($0, seed: 0) }
  }

  static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
    var state = seed ^ 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var index = 0
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      state = (state ^ (word &* 0x87C3_7B91_1142_53D5)).rotated(31) &* 0x4CF5_AD43_2745_937F
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < bytes.count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    state = (state ^ (tail &* 0x87C3_7B91_1142_53D5)).rotated(31) &* 0x4CF5_AD43_2745_937F
    state ^= state >> 33
    state = state &* 0xFF51_AFD7_ED55_8CCD
    state ^= state >> 33
    state = state &* 0xC4CE_B9FE_1A85_EC53
    state ^= state >> 33
    return state
  }
}

extension UInt64 {
  fileprivate func rotated(_ count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 - count))
  }
}
