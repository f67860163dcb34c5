@testable import MLCareerCore

/// libFuzzer target: the search cache file reader. Whatever the bytes, reading never crashes;
/// entries it accepts hold no control characters, and written again as a block they read back
/// the same. The input's own identity (after the magic line) is the one it is read with, so
/// the fuzzer reaches the blocks.
@_cdecl("LLVMFuzzerTestOneInput")
public func searchCacheFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  SearchCacheFuzzCheck.check(bytes)
  return 0
}

/// The check of one input, shared with the test that replays the kept inputs.
enum SearchCacheFuzzCheck {
  static func check(_ bytes: [UInt8]) {
    guard let file = SearchCacheFile(bytes: bytes, identity: identity(in: bytes)) else { return }
    for (key, block) in file.blocks {
      // The payload read past its checksum too, so the fuzzer reaches the decoder itself.
      let decoded = SearchCacheFile.decode(file.bytes[block.payload])
      guard let entries = decoded ?? file.entries(for: key) else { continue }
      for entry in entries {
        for text in [entry.topic, entry.text, entry.keywords, entry.context]
        where !text.isFreeOfControls {
          fatalError("an entry holds a control character: \(text.debugDescription)")
        }
      }
      let again = SearchCacheFile.block(key: key, entries: entries)
      let reread = SearchCacheFile(
        bytes: SearchCacheFile.header(identity: "x") + again, identity: "x")
      if reread?.entries(for: key) != entries { fatalError("a block did not read back the same") }
    }
  }

  /// The identity string the file names, or "" when it names none.
  static func identity(in bytes: [UInt8]) -> String {
    let start = SearchCacheFile.magic.count
    guard bytes.count >= start + 4 else { return "" }
    let length = bytes[start..<start + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard bytes.count >= start + 4 + length else { return "" }
    return String(decoding: bytes[(start + 4)..<(start + 4 + length)], as: UTF8.self)
  }
}
