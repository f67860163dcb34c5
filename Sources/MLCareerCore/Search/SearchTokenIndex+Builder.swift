import GuideModel

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
