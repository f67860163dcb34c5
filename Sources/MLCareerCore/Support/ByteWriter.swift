/// Appends little-endian numbers and length-prefixed strings: how search writes its cache and
/// index files (`SearchCacheFile`, `SearchTokenIndex`), and `ByteReader` reads them back.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func uint32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  mutating func uint64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  mutating func string(_ string: String) {
    uint32(UInt32(string.utf8.count))
    bytes += string.utf8
  }
}
