import GuideModel

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
    let all = SearchIndexedPacks.folders(of: library)
    guard let packs = SearchIndexedPacks(library: library, cache: cache) else { return all }
    let (indexed, reads) = (packs.packs, packs.reads)
    guard let parts = Self.indexParts(of: query) else { return [] }
    library.noteMissingTopics()
    var plan = SearchIndexPlan(limit: query.limit)
    for (number, (_, index, guideNumbers)) in indexed.enumerated() {
      let found =
        query.terms.count == 1 && parts.count == 1
        ? plan.rank(
          parts[0], in: index, pack: number, guideNumbers: guideNumbers, topic: query.topic)
        : plan.find(parts, in: index, pack: number, guideNumbers: guideNumbers, topic: query.topic)
      guard found else { return all }
    }
    // Read and match the entries planned, and the topics to read, in the guide's order, into a
    // copy of this scan: a payload that does not read back as indexed leaves this scan untouched.
    var scan = self
    var errors: [ContentError] = []
    let needs = plan.takeNeeds()
    for guideNumber in topics.indices {
      if let (packNumber, topic) = reads[guideNumber] {
        let (pack, index, _) = indexed[packNumber]
        guard
          Self.read(
            topics[guideNumber], cached: topic.map { index.topics[$0] }, of: pack, cache: cache,
            into: &scan, errors: &errors)
        else { return all }
        continue
      }
      guard let needs = needs[guideNumber] else { continue }
      let (pack, index, _) = indexed[needs.pack]
      let indexTopic = index.topics[needs.topic]
      guard let payload = cache.payload(of: pack, for: indexTopic) else { return all }
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
    for error in errors { library.record(error) }
    return nil
  }

  /// Hands every entry of the topic `entry` to `sink`, read from its file as the walk reads it:
  /// from the cache when `cached` holds its text as it now is, else parsed. `false` when the
  /// cache should hold it but does not read back as indexed (the index is out of date).
  static func read<Sink: SearchEntrySink>(
    _ entry: TopicEntry, cached: SearchTokenIndex.Topic?, of pack: PackInfo, cache: SearchCache,
    into sink: inout Sink, errors: inout [ContentError]
  ) -> Bool {
    do throws(ContentError) {
      let source = try entry.source()
      let key = SearchCacheKey.key(id: entry.id, source: source)
      if let cached, cached.isIndexed, cached.key == key {
        return add(cached, of: pack, cache: cache, into: &sink)
      }
      let topic = try TopicLoader.load(id: entry.id, file: entry.path, source: source)
      sink.add(SearchIndex.entries(of: topic), prefiltered: false)
    } catch {
      errors.append(error)
    }
    return true
  }

  /// Hands every entry of the indexed `topic` to `sink`, read from its place in the cache of
  /// `pack` and asked of the sink's `choice(for:)` before it is made; `false` (and nothing
  /// added) when it does not read back as indexed.
  static func add<Sink: SearchEntrySink>(
    _ topic: SearchTokenIndex.Topic, of pack: PackInfo, cache: SearchCache, into sink: inout Sink
  ) -> Bool {
    var local = sink
    guard let payload = cache.payload(of: pack, for: topic),
      let decoded = SearchCacheFile.decode(payload[...], choosing: { local.choice(for: $0) })
    else { return false }
    local.addCounted(decoded.counted)
    local.add(decoded.entries, prefiltered: true)
    sink = local
    return true
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
