/// Searching a library's topics through the word indexes of its packs (`SearchTokenIndex`),
/// when every pack has one and none of their topic files changed since it was made.
///
/// A query of one word ranks each entry that holds it from the index alone, as
/// `SearchIndex.match` would: only the entries it shows are read from the cache, and the others
/// are counted. For other queries (several words, phrases) the index tells which entries hold
/// every part somewhere, and only those are read and matched, as the walk over every topic
/// would match them. A query word with a character other than a letter or digit (`c++`) is
/// never looked up: the walk answers it.
extension SearchScan {
  /// Adds the hits of every topic of `library` found through the indexes of `cache`, as
  /// `add(topicsOf:cache:)` would add them; answers `nil` when it did, else the folders of the
  /// packs whose indexes the walk over the topics must write (and nothing was added): every
  /// pack's when one's is missing, out of date or damaged, since the walk may write any pack's
  /// cache file anew (dropping the block of a topic no longer in the guide, say), which moves
  /// what its index points at; none when only the query cannot be looked up.
  mutating func addIndexed(topicsOf library: ContentLibrary, cache: SearchCache) -> Set<String>? {
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
    let all = Set(packs.map(\.pack.folder))
    // For each pack, its index and the guide's number of each index topic still in the guide.
    var indexed: [(pack: PackInfo, index: SearchTokenIndex, guideNumbers: [Int?])] = []
    for (pack, guideTopics) in packs {
      if let index = cache.loadIndex(pack),
        let guideNumbers = Self.guideNumbers(
          of: index, for: guideTopics.map { topics[$0] }, settleTime: cache.settleTime)
      {
        indexed.append((pack, index, guideNumbers.map { $0.map { guideTopics[$0] } }))
      } else {
        return all
      }
    }
    guard let parts = Self.indexParts(of: query) else { return [] }
    library.noteMissingTopics()
    var plan = SearchIndexPlan(limit: query.limit)
    for (number, (pack, index, guideNumbers)) in indexed.enumerated() {
      let found =
        query.terms.count == 1 && parts.count == 1
        ? plan.rank(
          parts[0], in: index, pack: number, guideNumbers: guideNumbers, topic: query.topic)
        : plan.find(parts, in: index, pack: number, guideNumbers: guideNumbers, topic: query.topic)
      guard found else { return all }
    }
    // Read and match the entries planned, topic by topic in the guide's order, into a copy of
    // this scan: a payload that does not read back as indexed leaves this scan untouched.
    var scan = self
    for needs in plan.takeNeeds() {
      let (pack, index, _) = indexed[needs.pack]
      let indexTopic = index.topics[needs.topic]
      guard
        let payload = cache.payload(
          of: pack, at: indexTopic.payloadOffset, length: indexTopic.payloadLength),
        SearchCacheKey.hash(payload[...]) == indexTopic.checksum
      else { return all }
      var position = 0
      var next = 0
      let wanted = needs.entries
      let decoded = SearchCacheFile.decode(payload[...]) { bytes in
        defer { position += 1 }
        guard next < wanted.count, wanted[next].entry == position else { return .skip }
        next += 1
        return wanted[next - 1].isRanked ? .make : scan.choice(for: bytes)
      }
      guard let decoded, next == wanted.count, position == indexTopic.entryCount else {
        return all
      }
      scan.addCounted(decoded.counted)
      scan.add(decoded.entries, prefiltered: true)
    }
    scan.addCounted(plan.countedOnly)
    self = scan
    return nil
  }

  /// For each topic of `index`, the number in `guideTopics` of the guide's topic it is, or
  /// `nil` when the guide no longer has it (a built-in topic a pack replaces); `nil` when some
  /// topic of `guideTopics` is not in the index, or its file changed since the index was made
  /// (or within `settleTime` before).
  private static func guideNumbers(
    of index: SearchTokenIndex, for guideTopics: [TopicEntry], settleTime: UInt64
  ) -> [Int?]? {
    var byName: [String: Int] = [:]
    for (number, topic) in index.topics.enumerated() {
      byName[topic.id + "\n" + topic.file] = number
    }
    var numbers = [Int?](repeating: nil, count: index.topics.count)
    var folders: Set<String> = []
    for (guideNumber, entry) in guideTopics.enumerated() {
      guard let number = byName[entry.id + "\n" + entry.file], numbers[number] == nil else {
        return nil
      }
      if !entry.pack.isBuiltIn {
        guard let signed = index.topics[number].signature,
          let now = signature(of: entry, checkedFolders: &folders), now == signed,
          now.isSettled(before: index.builtAt, settleTime: settleTime)
        else { return nil }
      }
      numbers[number] = guideNumber
    }
    return numbers
  }

  /// The signature of the file of the pack topic `entry`, or `nil` when it is no regular file
  /// or a folder on its way inside the pack is a symbolic link (which may lead elsewhere
  /// without the file changing): such topics are read at every search. `checkedFolders` holds
  /// the folders found sound so far.
  static func signature(of entry: TopicEntry, checkedFolders: inout Set<String>)
    -> FileSignature?
  {
    var folder = entry.pack.folder
    for part in entry.file.split(separator: "/").dropLast() {
      folder += (folder.hasSuffix("/") ? "" : "/") + part
      if checkedFolders.contains(folder) { continue }
      guard FileSignature.isRealFolder(folder) else { return nil }
      checkedFolders.insert(folder)
    }
    return FileSignature(regularFileAt: entry.path)
  }

  /// The parts of every term of `query`, as UTF-8 bytes, when the index can look them all up:
  /// letters and digits only, and no more than 64.
  private static func indexParts(of query: SearchQuery) -> [[UInt8]]? {
    var parts: [[UInt8]] = []
    for term in query.terms {
      for part in term {
        guard !part.isEmpty, part.allSatisfy(FoldedText.isWordScalar) else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: part)
        parts.append(Array(String(text).utf8))
      }
    }
    return parts.isEmpty || parts.count > 64 ? nil : parts
  }
}
