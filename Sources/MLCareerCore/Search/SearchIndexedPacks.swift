import GuideModel

/// The word indexes of every pack of a library (`SearchTokenIndex`), judged against the topic
/// files as they are now: which index topic each guide topic is searched through, and which
/// topics are read from their files instead (changed just now, no regular file, or broken).
struct SearchIndexedPacks: Sendable {
  /// Each pack with its index and, for each index topic, the guide's number of the topic
  /// searched through it (`nil`: replaced by a pack, or read from its file).
  let packs: [(pack: PackInfo, index: SearchTokenIndex, guideNumbers: [Int?])]
  /// The topics read from their files, by the guide's number: their pack's number in `packs`
  /// and their index topic, if any.
  let reads: [Int: (pack: Int, topic: Int?)]

  /// The indexes of every pack of `library` in `cache`, or `nil` when one is missing, damaged
  /// or must be made again.
  init?(library: ContentLibrary, cache: SearchCache) {
    let topics = library.guide.topics
    var packs: [(pack: PackInfo, guideTopics: [Int])] = []
    var packNumbers: [String: Int] = [:]
    for (number, entry) in topics.enumerated() {
      if let known = packNumbers[entry.pack.folder] {
        packs[known].guideTopics.append(number)
      } else {
        packNumbers[entry.pack.folder] = packs.count
        packs.append((entry.pack, [number]))
      }
    }
    var indexed: [(pack: PackInfo, index: SearchTokenIndex, guideNumbers: [Int?])] = []
    var reads: [Int: (pack: Int, topic: Int?)] = [:]
    let now = FileSignature.now()
    for (pack, guideTopics) in packs {
      guard let index = cache.loadIndex(pack),
        let judged = Self.judge(
          index, for: guideTopics.map { ($0, topics[$0]) }, settleTime: cache.settleTime,
          now: now)
      else { return nil }
      for (guideNumber, topic) in judged.reads { reads[guideNumber] = (indexed.count, topic) }
      indexed.append((pack, index, judged.guideNumbers))
    }
    self.packs = indexed
    self.reads = reads
  }

  /// The folder of every pack with topics in `library`.
  static func folders(of library: ContentLibrary) -> Set<String> {
    Set(library.guide.topics.map(\.pack.folder))
  }

  /// How the topics of one pack are searched with its `index`: for each index topic, the
  /// guide's number of the topic searched through it, or `nil` (a built-in topic a pack
  /// replaces, or a topic to read); and the topics to read from their files, with their index
  /// topic if any: a file that changed since the index was made, or shortly before
  /// (`settleTime`), or that is no regular file. `nil` when the index must be made again: a
  /// topic it lacks or holds otherwise, whose file a new index would take in as it is (it is
  /// settled by `now`).
  private static func judge(
    _ index: SearchTokenIndex, for guideTopics: [(number: Int, entry: TopicEntry)],
    settleTime: UInt64, now: UInt64
  ) -> (guideNumbers: [Int?], reads: [(Int, Int?)])? {
    var byName: [String: Int] = [:]
    for (number, topic) in index.topics.enumerated() {
      byName[topic.id + "\n" + topic.file] = number
    }
    var numbers = [Int?](repeating: nil, count: index.topics.count)
    var reads: [(Int, Int?)] = []
    var taken = Set<Int>()
    var folders: Set<String> = []
    for (guideNumber, entry) in guideTopics {
      let number = byName[entry.id + "\n" + entry.file]
      if let number {
        guard taken.insert(number).inserted else { return nil }
      }
      let topic = number.map { index.topics[$0] }
      if entry.pack.isBuiltIn {
        // Built-in topics change only with the binary, which the index names.
        guard let number, topic?.isIndexed == true else { return nil }
        numbers[number] = guideNumber
        continue
      }
      let current = SearchScan.signature(of: entry, checkedFolders: &folders)
      if let number, let topic, let current, topic.isIndexed, current == topic.signature,
        current.isSettled(before: index.builtAt, settleTime: settleTime)
      {
        numbers[number] = guideNumber
        continue
      }
      reads.append((guideNumber, number))
      // A topic the index holds as unreadable, as its file now is, is read again and again.
      let isKnownUnreadable = topic.map { !$0.isIndexed && $0.signature == current } ?? false
      if let current, !isKnownUnreadable, current.isSettled(before: now, settleTime: settleTime) {
        return nil
      }
    }
    return (numbers, reads)
  }
}
