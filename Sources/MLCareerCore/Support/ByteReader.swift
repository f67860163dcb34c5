/// Reads what `ByteWriter` writes, answering `nil` rather than reading past the end.
struct ByteReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next byte to read.
  private(set) var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var isAtEnd: Bool { position == bytes.count }

  mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>? {
    guard count >= 0, count <= bytes.count - position else { return nil }
    defer { position += count }
    return UnsafeBufferPointer(rebasing: bytes[position..<position + count])
  }

  mutating func byte() -> UInt8? {
    take(1)?[0]
  }

  mutating func uint32() -> UInt32? {
    guard let bytes = take(4) else { return nil }
    return UInt32(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(as: UInt32.self))
  }

  mutating func uint64() -> UInt64? {
    guard let bytes = take(8) else { return nil }
    return UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(as: UInt64.self))
  }

  /// A number `ByteWriter.varint` wrote, or `nil` when it runs past the end or past 64 bits.
  mutating func varint() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  /// The bytes of a length-prefixed string, not yet checked.
  mutating func lengthPrefixed() -> UnsafeBufferPointer<UInt8>? {
    guard let length = uint32() else { return nil }
    return take(Int(length))
  }

  /// A string of UTF-8 bytes safe to show as they are (see `isFreeOfControls`).
  mutating func string() -> String? {
    lengthPrefixed().flatMap(Self.string)
  }

  /// `bytes` as a string when they are UTF-8 safe to show as they are.
  static func string(_ read: UnsafeBufferPointer<UInt8>) -> String? {
    // Decoding repairs bad UTF-8 (on the standard library's fast path, where validating goes
    // through generic code); text that needed a repair reads back as other bytes, and is refused.
    var string = String(decoding: read, as: UTF8.self)
    let unchanged = string.withUTF8 { decoded in
      guard decoded.count == read.count else { return false }
      for index in 0..<read.count where decoded[index] != read[index] { return false }
      return true
    }
    guard unchanged, string.isFreeOfControls else { return nil }
    return string
  }
}
