import Testing

@testable import MLCareerCore

/// The cache file's blocks: what is written reads back the same, and damage of any kind is
/// found, never read as entries and never a crash.
@Suite struct SearchCacheFileTests {
  static let entries = [
    SearchEntry(topic: "t", text: "Title", field: .title, context: "t", command: "mlcareer show t"),
    SearchEntry(
      topic: "t", section: "Café ☕", sectionID: "cafe", text: "Body with 日本 and $136,287.",
      field: .text, labelLength: 4, keywords: "sklearn scikit", context: "t Title Café ☕",
      command: "mlcareer show t/cafe"),
    SearchEntry(topic: "t", text: "", field: .heading),
  ]

  static func file(_ blocks: [[UInt8]], identity: String = "binary-1") -> [UInt8] {
    SearchCacheFile.header(identity: identity) + blocks.flatMap { $0 }
  }

  @Test func blocksReadBackAsWritten() throws {
    let bytes = Self.file([
      SearchCacheFile.block(key: 7, entries: Self.entries),
      SearchCacheFile.block(key: 9, entries: []),
    ])
    let file = try #require(SearchCacheFile(bytes: bytes, identity: "binary-1"))
    #expect(file.entries(for: 7) == Self.entries)
    #expect(file.entries(for: 9) == [])
    #expect(file.entries(for: 8) == nil)
    // A raw block copied into a new file reads the same.
    let copied = Self.file([Array(try #require(file.rawBlock(for: 7)))])
    #expect(SearchCacheFile(bytes: copied, identity: "binary-1")?.entries(for: 7) == Self.entries)
  }

  @Test func anotherBinarysFileIsNotRead() {
    let bytes = Self.file([SearchCacheFile.block(key: 7, entries: Self.entries)])
    #expect(SearchCacheFile(bytes: bytes, identity: "binary-2") == nil)
  }

  @Test func everyDamagedByteAndCutIsFound() {
    let bytes = Self.file([SearchCacheFile.block(key: 7, entries: Self.entries)])
    for index in bytes.indices {
      var damaged = bytes
      damaged[index] ^= 0x41
      // The magic, the identity, the key, the checksum, a length or the payload: each found.
      let entries = SearchCacheFile(bytes: damaged, identity: "binary-1")?.entries(for: 7)
      #expect(entries == nil, "byte \(index)")
    }
    for length in 0..<bytes.count {
      let entries = SearchCacheFile(bytes: Array(bytes.prefix(length)), identity: "binary-1")?
        .entries(for: 7)
      #expect(entries == nil, "cut at \(length)")
    }
  }

  @Test func stringsWithControlCharactersAreRefused() {
    let hostile = [SearchEntry(topic: "t", text: "bell\u{07} and \u{1B}[2J", field: .text)]
    let bytes = Self.file([SearchCacheFile.block(key: 7, entries: hostile)])
    #expect(SearchCacheFile(bytes: bytes, identity: "binary-1")?.entries(for: 7) == nil)
  }
}

extension SearchCacheFileTests {
  /// A string whose bytes are not UTF-8 (a lone continuation byte, a cut sequence, an overlong
  /// form) makes the block unusable, even with a checksum made over the bad bytes.
  @Test(arguments: [[0x80], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80]] as [[UInt8]])
  func stringsThatAreNotUTF8AreRefused(bad: [UInt8]) throws {
    let marker = Array("MARKER".utf8)
    let entries = [SearchEntry(topic: "t", text: "MARKER", field: .text)]
    var block = SearchCacheFile.block(key: 7, entries: entries)
    let at = try #require(
      block.indices.first { block[$0...].starts(with: marker) && $0 > 20 })
    block.replaceSubrange(
      at..<(at + marker.count), with: bad + Array(repeating: 0x61, count: 6 - bad.count))
    // Mend the checksum, so only the bytes themselves are wrong.
    let checksum = SearchCacheKey.hash(block[20...])
    withUnsafeBytes(of: checksum.littleEndian) { block.replaceSubrange(8..<16, with: $0) }
    let file = SearchCacheFile(bytes: Self.file([block]), identity: "binary-1")
    #expect(file != nil)
    #expect(file?.entries(for: 7) == nil)
  }
}

extension SearchCacheFileTests {
  /// Entries the caller turns down are skipped and those it counts are only counted; the ones
  /// it makes come back as written, in order.
  @Test func onlyTheEntriesChosenAreMade() throws {
    let bytes = Self.file([SearchCacheFile.block(key: 7, entries: Self.entries)])
    let file = try #require(SearchCacheFile(bytes: bytes, identity: "binary-1"))
    var asked: [String] = []
    let kept = file.entries(for: 7) { cached in
      asked.append(cached.context)
      return cached.text.count > 5 ? .make : cached.topic == Self.entries[0].topic ? .count : .skip
    }
    #expect(kept?.entries == [Self.entries[1]])
    #expect(kept?.counted == 2)  // "Title" and ""
    #expect(asked == Self.entries.map(\.context))
  }
}
