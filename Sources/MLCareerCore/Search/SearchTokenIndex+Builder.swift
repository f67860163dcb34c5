/// Making a pack's word index from its topics' entries, a run of topics at a time on each
/// thread, the runs merged in the guide's order.
extension SearchTokenIndex {
  /// The words of the topics added so far, and how to write them as an index file.
  struct Builder: Sendable {
    /// The topics added, in order, with where their entries start.
    private(set) var topics: [Topic] = []
    /// Two numbers an entry: its context's number, and its length with its field in the top
    /// two bits.
    private var entries: [UInt32] = []
    private var contextCount: UInt32 = 0
    /// The context of the last entry added and its number: a section's entries share it (a
    /// context met again later takes a number of its own, which matches alike).
    private var lastContext: (text: String, number: UInt32)?
    /// The words of texts and keywords, and the entries each stands in, with where
    /// (`Posting`), by the word's number.
    private var words = SearchWordTable()
    private var postings: [PostingList] = []
    /// The words of contexts, and the contexts each stands in.
    private var contextWords = SearchWordTable()
    private var contextPostings: [PostingList] = []
    /// Whether every topic of the pack could be added; an index missing one is never written.
    var isComplete = true

    /// Adds the topic `id`, whose file `file` had `signature` before it was read, with the
    /// cache block `block` (header and payload) holding `entries`, made from that file.
    mutating func add(
      id: String, file: String, signature: FileSignature?, block: ArraySlice<UInt8>,
      entries made: [SearchEntry]
    ) {
      guard let header = BlockHeader(block), made.count < Int(UInt32.max) else {
        isComplete = false
        return
      }
      let first = entries.count / 2
      for entry in made {
        add(entry, number: UInt32(entries.count / 2))
      }
      topics.append(
        Topic(
          id: id, file: file, signature: signature, payloadOffset: 0,
          payloadLength: header.length, checksum: header.checksum, key: header.key,
          isIndexed: true, firstEntry: first, entryCount: made.count))
    }

    /// Adds the topic `id`, whose file `file` had `signature` (if it is a regular file) and
    /// could not be read, or is read at every search: no entries of it are indexed.
    mutating func addUnread(id: String, file: String, signature: FileSignature?) {
      topics.append(
        Topic(
          id: id, file: file, signature: signature, payloadOffset: 0, payloadLength: 0,
          checksum: 0, key: 0, isIndexed: false, firstEntry: entries.count / 2, entryCount: 0))
    }

    private mutating func add(_ entry: SearchEntry, number: UInt32) {
      let context: UInt32
      if let lastContext, lastContext.text == entry.context {
        context = lastContext.number
      } else {
        context = contextCount
        contextCount += 1
        Self.forEachWord(in: entry.context) { word, _, _ in
          Self.add(context, flags: 0, word: word, to: &contextWords, &contextPostings)
        }
      }
      lastContext = (entry.context, context)
      entries.append(context)
      let length = Self.forEachWord(in: entry.text) { word, start, end in
        var flags = Posting.text
        if end <= entry.labelLength {
          flags |= Posting.inLabel
        } else if start + 1 <= entry.labelLength {
          flags |= Posting.acrossLabel
        }
        Self.add(number, flags: flags, word: word, to: &words, &postings)
      }
      entries.append(UInt32(min(length, Self.lengthLimit)) | UInt32(entry.field.rawValue) << 30)
      Self.forEachWord(in: entry.keywords) { word, _, _ in
        Self.add(number, flags: Posting.keywords, word: word, to: &words, &postings)
      }
    }

    private static func add(
      _ number: UInt32, flags: UInt8, word: UnsafeBufferPointer<UInt8>,
      to table: inout SearchWordTable, _ lists: inout [PostingList]
    ) {
      let word = table.number(of: word)
      if word == lists.count { lists.append(PostingList()) }
      lists[word].add(number, flags: flags)
    }

    /// Takes in `other`, made of the topics that follow these; nothing is added after.
    mutating func merge(_ other: Builder) {
      let entryOffset = UInt32(entries.count / 2)
      for topic in other.topics {
        topics.append(topic.moved(by: Int(entryOffset)))
      }
      var index = 0
      entries.reserveCapacity(entries.count + other.entries.count)
      while index < other.entries.count {
        entries.append(other.entries[index] + contextCount)
        entries.append(other.entries[index + 1])
        index += 2
      }
      Self.merge(other.words, other.postings, into: &words, &postings, offset: entryOffset)
      Self.merge(
        other.contextWords, other.contextPostings, into: &contextWords, &contextPostings,
        offset: contextCount)
      contextCount += other.contextCount
      lastContext = nil
      isComplete = isComplete && other.isComplete
    }

    private static func merge(
      _ otherTable: SearchWordTable, _ otherLists: [PostingList],
      into table: inout SearchWordTable, _ lists: inout [PostingList], offset: UInt32
    ) {
      for number in 0..<otherTable.count {
        let word = otherTable.word(number).withUnsafeBufferPointer { table.number(of: $0) }
        if word == lists.count { lists.append(PostingList()) }
        lists[word].append(otherLists[number], offset: offset)
      }
    }

    /// The index file for the binary `identity`, its topics' files signed as they were before
    /// `builtAt`, with each topic's payload at the offset its cache key has in `payloadOffsets`;
    /// `nil` when a topic has none (its block was not written) or the index is incomplete.
    func bytes(identity: String, builtAt: UInt64, payloadOffsets: [UInt64: Int]) -> [UInt8]? {
      guard isComplete else { return nil }
      var writer = ByteWriter()
      writer.bytes += SearchTokenIndex.magic
      writer.string(identity)
      writer.uint64(builtAt)
      writer.uint32(UInt32(topics.count))
      for topic in topics {
        let offset = topic.isIndexed ? payloadOffsets[topic.key] : 0
        guard let offset else { return nil }
        writer.string(topic.id)
        writer.string(topic.file)
        writer.bytes.append((topic.signature == nil ? 0 : 1) | (topic.isIndexed ? 2 : 0))
        let signature =
          topic.signature ?? FileSignature(device: 0, inode: 0, size: 0, modified: 0, changed: 0)
        for number in [
          signature.device, signature.inode, signature.size, signature.modified, signature.changed,
        ] {
          writer.uint64(number)
        }
        writer.uint64(topic.key)
        writer.uint64(UInt64(offset))
        writer.uint32(UInt32(topic.payloadLength))
        writer.uint64(topic.checksum)
        writer.uint32(UInt32(topic.firstEntry))
        writer.uint32(UInt32(topic.entryCount))
      }
      writer.uint32(UInt32(entries.count / 2))
      for number in entries { writer.uint32(number) }
      writer.uint32(contextCount)
      // The tables first, with where each list will lie in the blob, then the lists.
      var blobLength = 0
      var order: [(lists: [PostingList], numbers: [Int])] = []
      for (table, lists) in [(words, postings), (contextWords, contextPostings)] {
        writer.uint32(UInt32(table.count))
        // Sorted, so the same topics always give the same file.
        let numbers = table.sortedNumbers()
        for number in numbers {
          let word = table.word(number)
          writer.uint32(UInt32(word.count))
          writer.bytes += word
          writer.uint32(UInt32(blobLength))
          writer.uint32(UInt32(lists[number].bytes.count))
          blobLength += lists[number].bytes.count
        }
        order.append((lists, numbers))
      }
      guard blobLength <= Int(UInt32.max) else { return nil }
      writer.uint32(UInt32(blobLength))
      writer.bytes.reserveCapacity(writer.bytes.count + blobLength)
      for (lists, numbers) in order {
        for number in numbers { writer.bytes += lists[number].bytes }
      }
      return writer.bytes
    }

    /// The longest length kept: longer texts all count as this long (30 bits).
    static let lengthLimit = (1 << 30) - 1

    /// Calls `body` with each word of `text` as search folds it (`FoldedText`), as UTF-8
    /// bytes: its runs of letters and digits, with the offsets of the characters each starts at
    /// and ends before; answers the text's length in characters.
    @discardableResult
    static func forEachWord(
      in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
    ) -> Int {
      guard !text.isEmpty else { return 0 }
      var text = text
      let ascii = text.withUTF8 { bytes -> Int? in
        // ASCII without carriage returns: a byte is a character, folded on its own.
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        forEachASCIIWord(in: bytes, body)
        return bytes.count
      }
      if let ascii { return ascii }
      forEachFoldedWord(in: text, body)
      return text.count
    }

    /// `forEachWord` on `FoldedText`'s own folding, for any text.
    static func forEachFoldedWord(
      in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
    ) {
      let folded = FoldedText(text)
      var word: [UInt8] = []
      folded.forEachWord { range in
        word.removeAll(keepingCapacity: true)
        for scalar in folded.scalars[range] { Self.appendUTF8(scalar.value, to: &word) }
        word.withUnsafeBufferPointer {
          body($0, folded.origins[range.lowerBound], folded.origins[range.upperBound - 1] + 1)
        }
      }
    }

    /// Appends the UTF-8 bytes of the scalar `value`.
    private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
      switch value {
      case 0..<0x80:
        bytes.append(UInt8(value))
      case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | value >> 6))
        bytes.append(UInt8(0x80 | value & 0x3F))
      case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | value >> 12))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
      default:
        bytes.append(UInt8(0xF0 | value >> 18))
        bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
      }
    }

    private static func forEachASCIIWord(
      in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
    ) {
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { word in
        var index = 0
        while index < bytes.count {
          guard FoldedText.isWordByte(bytes[index]) else {
            index += 1
            continue
          }
          let start = index
          var length = 0
          var last = index
          while index < bytes.count {
            if FoldedText.isWordByte(bytes[index]) {
              word[length] = FoldedText.folded(bytes[index])
              length += 1
              last = index
            } else if !FoldedText.isDroppedComma(bytes, at: index) {
              break
            }
            index += 1
          }
          body(UnsafeBufferPointer(rebasing: word[0..<length]), start, last + 1)
        }
      }
    }
  }

  /// The key, checksum and payload length at the head of a cache block.
  private struct BlockHeader {
    let key: UInt64
    let checksum: UInt64
    let length: Int

    init?(_ block: ArraySlice<UInt8>) {
      guard block.count >= 20 else { return nil }
      let numbers = block.withUnsafeBytes { raw in
        (
          UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
          UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
          UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        )
      }
      guard Int(numbers.2) == block.count - 20 else { return nil }
      (key, checksum, length) = (numbers.0, numbers.1, Int(numbers.2))
    }
  }

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

extension SearchTokenIndex.Topic {
  /// The topic with its entries numbered `offset` further on.
  fileprivate func moved(by offset: Int) -> Self {
    Self(
      id: id, file: file, signature: signature, payloadOffset: payloadOffset,
      payloadLength: payloadLength, checksum: checksum, key: key, isIndexed: isIndexed,
      firstEntry: firstEntry + offset, entryCount: entryCount)
  }
}
