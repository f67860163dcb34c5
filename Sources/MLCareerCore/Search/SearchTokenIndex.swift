import GuideModel

/// The words of one pack's topics, kept beside its search cache file (`SearchCache`), so that a
/// search of topics whose files have not changed reads neither the files nor the whole cache:
/// it looks the query's words up here, ranks the entries that hold them, and reads from the
/// cache only the few entries it shows.
///
/// A word is a run of letters and digits of the folded text (`FoldedText`), as search matches
/// them: a query word of letters and digits can only be found inside one such run, and is a
/// whole word exactly where it is the whole run.
///
/// Layout, numbers little-endian, strings a `UInt32` length and UTF-8 bytes: the magic line,
/// the binary's identity, the time the topics were signed (nanoseconds since 1970), then the
/// topics, each its id, file, whether it has a signature and the signature (five `UInt64`s:
/// `FileSignature`), where its payload lies in the cache file (a `UInt64` offset and `UInt32`
/// length), the payload's checksum, and its first entry and entry count (`UInt32`s). Then the
/// entries, each two `UInt32`s (its context's number; its length in characters, with its field
/// in the top two bits), the number of contexts, two tables of words (for text and keywords,
/// then for contexts), each a count and per word the word, and the offset and length of its
/// `PostingList` in the blob that ends the file, a length and its bytes.
///
/// Reading trusts nothing: any number out of range or a posting list that does not decode
/// makes the index unusable, and search reads the topics as if there were none.
struct SearchTokenIndex: Sendable {
  static let magic = Array("mlcareer search index 1\n".utf8)
  /// The largest index file read or written: 64 MiB, as for the cache file.
  static let fileLimit = SearchCache.fileLimit

  /// One topic as indexed.
  struct Topic: Sendable {
    let id: String
    /// The topic's file, relative to its pack's folder.
    let file: String
    /// The file's signature, taken before it was read; `nil` for the built-in guide's.
    let signature: FileSignature?
    /// Where the topic's payload lies in the pack's cache file, and its checksum.
    let payloadOffset: Int
    let payloadLength: Int
    let checksum: UInt64
    /// The key of the topic's block in the cache file (see `SearchCacheKey`).
    let key: UInt64
    /// Whether its entries are in the index; else its file is read at every search (it was
    /// broken, or no regular file, when the index was made).
    let isIndexed: Bool
    /// The number of its first entry, and how many it has.
    let firstEntry: Int
    let entryCount: Int
  }

  /// What a posting says of where its word stands in an entry.
  enum Posting {
    /// In the text.
    static let text: UInt8 = 1
    /// In the keywords.
    static let keywords: UInt8 = 2
    /// In the text, within its label.
    static let inLabel: UInt8 = 4
    /// In the text, starting within its label and ending past it.
    static let acrossLabel: UInt8 = 8
  }

  /// One table of words.
  enum Table {
    case text, context
  }

  private let bytes: [UInt8]
  /// When the topics were signed: a file changed since is no longer what was indexed.
  let builtAt: UInt64
  let topics: [Topic]
  let entryCount: Int
  let contextCount: Int
  private let entryStart: Int
  private let tables: (text: Range<Int>, context: Range<Int>)
  private let blob: Range<Int>

  /// The index in `bytes`, or `nil` when they are not an index file of the binary `identity`.
  init?(bytes: [UInt8], identity: String) {
    struct Parts {
      var builtAt: UInt64 = 0
      var topics: [Topic] = []
      var entryCount = 0
      var entryStart = 0
      var contextCount = 0
      var tables: [Range<Int>] = []
      var blob = 0..<0
    }
    let parts = bytes.withUnsafeBufferPointer { all -> Parts? in
      var reader = ByteReader(all)
      var parts = Parts()
      guard reader.take(Self.magic.count).map(Array.init) == Self.magic,
        reader.string() == identity, let builtAt = reader.uint64(), let count = reader.uint32(),
        Int(count) <= all.count
      else { return nil }
      parts.builtAt = builtAt
      var entries = 0
      for _ in 0..<count {
        guard let topic = Self.topic(&reader), topic.firstEntry == entries else { return nil }
        entries += topic.entryCount
        parts.topics.append(topic)
      }
      guard let entryCount = reader.uint32(), Int(entryCount) == entries else { return nil }
      parts.entryCount = entries
      parts.entryStart = reader.position
      // Every context is some entry's, so there are no more contexts than entries.
      guard reader.take(8 * entries) != nil, let contexts = reader.uint32(),
        Int(contexts) <= entries
      else { return nil }
      parts.contextCount = Int(contexts)
      for _ in 0..<2 {
        let start = reader.position
        guard let words = reader.uint32() else { return nil }
        for _ in 0..<words {
          guard reader.lengthPrefixed() != nil, reader.uint32() != nil, reader.uint32() != nil
          else { return nil }
        }
        parts.tables.append(start..<reader.position)
      }
      guard let blobLength = reader.uint32() else { return nil }
      let blobStart = reader.position
      guard reader.take(Int(blobLength)) != nil, reader.isAtEnd else { return nil }
      parts.blob = blobStart..<reader.position
      return parts
    }
    guard let parts else { return nil }
    self.bytes = bytes
    builtAt = parts.builtAt
    topics = parts.topics
    entryCount = parts.entryCount
    entryStart = parts.entryStart
    contextCount = parts.contextCount
    tables = (parts.tables[0], parts.tables[1])
    blob = parts.blob
  }

  private static func topic(_ reader: inout ByteReader) -> Topic? {
    guard let id = reader.string(), let file = reader.string(), let flags = reader.byte(),
      flags <= 3
    else { return nil }
    var numbers: [UInt64] = []
    for _ in 0..<5 {
      guard let number = reader.uint64() else { return nil }
      numbers.append(number)
    }
    guard let key = reader.uint64(), let offset = reader.uint64(), offset < UInt64(Int.max),
      let length = reader.uint32(), let checksum = reader.uint64(), let first = reader.uint32(),
      let count = reader.uint32(), flags & 2 != 0 || count == 0
    else { return nil }
    let signature = FileSignature(
      device: numbers[0], inode: numbers[1], size: numbers[2], modified: numbers[3],
      changed: numbers[4])
    return Topic(
      id: id, file: file, signature: flags & 1 != 0 ? signature : nil,
      payloadOffset: Int(offset), payloadLength: Int(length), checksum: checksum, key: key,
      isIndexed: flags & 2 != 0, firstEntry: Int(first), entryCount: Int(count))
  }

  /// Entry `number`'s context number, length in characters and field, or `nil` when the
  /// index is damaged there.
  func entry(_ number: Int) -> (context: Int, length: Int, field: SearchEntry.Field)? {
    guard number >= 0, number < entryCount else { return nil }
    return bytes.withUnsafeBytes { raw in
      let offset = entryStart + 8 * number
      let context = Int(
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      let packed = UInt32(
        littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
      guard context < contextCount, let field = SearchEntry.Field(rawValue: Int(packed >> 30))
      else { return nil }
      return (context, Int(packed & 0x3FFF_FFFF), field)
    }
  }

  /// Calls `body` with each posting (number and flags) of every word of `table` that holds
  /// `part` (UTF-8 bytes of letters and digits, folded), and whether that word is `part`
  /// itself; `false` when the index is damaged.
  func forEachPosting(
    of part: [UInt8], in table: Table,
    _ body: (_ number: Int, _ flags: UInt8, _ isWhole: Bool) -> Void
  ) -> Bool {
    let range = table == .text ? tables.text : tables.context
    let limit = table == .text ? entryCount : contextCount
    return bytes.withUnsafeBufferPointer { all in
      var reader = ByteReader(UnsafeBufferPointer(rebasing: all[range]))
      guard let count = reader.uint32() else { return false }
      for _ in 0..<count {
        guard let word = reader.lengthPrefixed(), let offset = reader.uint32(),
          let length = reader.uint32()
        else { return false }
        guard Self.holds(word, part) else { continue }
        guard Int(offset) <= blob.count, Int(length) <= blob.count - Int(offset) else {
          return false
        }
        let start = blob.lowerBound + Int(offset)
        let postings = UnsafeBufferPointer(rebasing: all[start..<start + Int(length)])
        guard Self.decode(postings, limit: limit, isWhole: word.count == part.count, body)
        else { return false }
      }
      return true
    }
  }

  /// Whether `word` holds `part` anywhere.
  private static func holds(_ word: UnsafeBufferPointer<UInt8>, _ part: [UInt8]) -> Bool {
    guard let first = part.first, word.count >= part.count else { return false }
    var start = 0
    while start + part.count <= word.count {
      if word[start] == first {
        var index = 1
        while index < part.count, word[start + index] == part[index] { index += 1 }
        if index == part.count { return true }
      }
      start += 1
    }
    return false
  }

  /// Decodes a posting list, each number below `limit`; `false` when it does not decode.
  private static func decode(
    _ postings: UnsafeBufferPointer<UInt8>, limit: Int, isWhole: Bool,
    _ body: (Int, UInt8, Bool) -> Void
  ) -> Bool {
    var reader = ByteReader(postings)
    var next = 0
    while !reader.isAtEnd {
      guard let value = reader.varint(), value >> 4 >= 1, value >> 4 <= UInt64(limit - next)
      else { return false }
      let number = next + Int(value >> 4) - 1
      body(number, UInt8(value & 0xF), isWhole)
      next = number + 1
    }
    return true
  }
}
