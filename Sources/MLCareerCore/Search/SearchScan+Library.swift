import GuideModel

/// Searching every topic of a library: the entries of topics unchanged since the last search
/// come from the cache (see `SearchCache`), and with many topics the work runs on all cores.
extension SearchScan {
  /// How many topics make the search start threads (see `ParallelWork.map(runsOf:_:)`).
  static let topicsForThreads = ParallelWork.itemsForThreads

  /// Matches every topic of `library`, in the guide's order; a topic whose file is broken is
  /// left out and recorded in the library, as `ContentLibrary.eachTopic` does. The cache of
  /// `environment` (if any) gives the entries of unchanged topics and takes those of the
  /// others.
  ///
  /// With many topics they are cut into runs, each read, parsed and matched on its own thread
  /// by a scan of its own, and the scans are merged: the hits, their order and the total are
  /// the same as one scan would give, since each run's entries are numbered after the run
  /// before.
  public mutating func add(topicsOf library: ContentLibrary, environment: [String: String]) {
    let cache = SearchCache(environment: environment)
    add(topicsOf: library, cache: cache)
  }

  /// The query with its misspelt words corrected, for a search of every topic of `library`
  /// (and of `salaries` and `skills`, when given) that found nothing, as
  /// `SearchIndex.correction(of:)` corrects it: the words are gathered topic by topic, from
  /// the cache of `environment` where it has them, and the corrected query is searched the
  /// same way, so no more than a topic is held at a time.
  public static func correction(
    of query: SearchQuery, topicsOf library: ContentLibrary, salaries: SalaryData?,
    skills: SkillCatalog?, environment: [String: String]
  ) -> String? {
    correction(
      of: query, topicsOf: library, salaries: salaries, skills: skills,
      cache: SearchCache(environment: environment))
  }

  /// `correction(of:topicsOf:salaries:skills:environment:)` with the cache `cache`.
  static func correction(
    of query: SearchQuery, topicsOf library: ContentLibrary, salaries: SalaryData?,
    skills: SkillCatalog?, cache: SearchCache?
  ) -> String? {
    var vocabulary = SearchVocabulary(query)
    let makeRun: @Sendable (Int) -> SearchVocabulary = { _ in SearchVocabulary(query) }
    // Through the packs' word indexes where they vouch for every topic, else topic by topic.
    if cache.map({ walkIndexed(topicsOf: library, cache: $0, into: &vocabulary, makeRun: makeRun) })
      != true
    {
      walk(topicsOf: library, cache: cache, into: &vocabulary, makeRun: makeRun)
    }
    if let salaries { vocabulary.add(SearchIndex.entries(of: salaries)) }
    if let skills { vocabulary.add(SearchIndex.entries(of: skills)) }
    return vocabulary.correction { retry in
      var scan = SearchScan(retry)
      scan.add(topicsOf: library, cache: cache)
      if let salaries { scan.add(salaries) }
      if let skills { scan.add(skills) }
      return !scan.result().hits.isEmpty
    }
  }

  /// The folder where search keeps the entries of topics between runs for `environment`, or
  /// `nil` when it keeps none (see `SearchCache`).
  public static func cacheFolder(environment: [String: String]) -> String? {
    SearchCache(environment: environment)?.folder
  }

  mutating func add(topicsOf library: ContentLibrary, cache: SearchCache?) {
    // The packs' word indexes answer when they are all there and up to date; else the walk
    // reads the topics and writes the indexes that were not.
    var indexing: Set<String> = []
    if let cache {
      guard let stale = addIndexed(topicsOf: library, cache: cache) else { return }
      indexing = stale
    }
    let query = query
    let first = order
    Self.walk(topicsOf: library, cache: cache, indexing: indexing, into: &self) { run in
      var scan = SearchScan(query)
      // Entries of run r are numbered after every entry of the runs before it.
      scan.order = first + (run + 1) << 40
      return scan
    }
  }

  /// What one run of topics gave: its sink, the cache block of each topic read (a copy of the
  /// old block, or a new one), and the errors of broken topics.
  private struct RunResult<Sink: SearchEntrySink>: Sendable {
    var sink: Sink
    var blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)] = []
    var errors: [ContentError] = []
    /// The word index of the run's topics, by pack folder, for the packs being indexed.
    var builders: [String: SearchTokenIndex.Builder] = [:]
  }

  /// Hands the entries of every topic of `library` to a sink of each run made by `makeRun`,
  /// and merges the runs into `sink` in the guide's order; a topic whose file is broken is
  /// left out and recorded in the library. The cache (if any) gives the entries of unchanged
  /// topics, asked of the sink's `choice(for:)` before they are made, and takes those of the
  /// others, and writes the word index of each pack of `indexing` (see `SearchTokenIndex`)
  /// whose topics all read soundly.
  static func walk<Sink: SearchEntrySink>(
    topicsOf library: ContentLibrary, cache: SearchCache?, indexing: Set<String> = [],
    into sink: inout Sink, makeRun: @Sendable (Int) -> Sink
  ) {
    library.noteMissingTopics()
    // Files are signed before they are read, and trusted later only if they last changed well
    // before this moment.
    let builtAt = FileSignature.now()
    let indexing = cache == nil ? [] : indexing
    let entries = library.guide.topics
    var files: [String: SearchCacheFile] = [:]
    if let cache {
      for entry in entries where files[entry.pack.folder] == nil {
        if let file = cache.load(entry.pack) { files[entry.pack.folder] = file }
      }
    }
    let keepsBlocks = cache != nil
    // The cache files are passed in, so that once the runs are done and the new files saved,
    // dropping `files` lets their bytes go before the indexes are merged.
    func readRuns(_ cached: [String: SearchCacheFile]) -> [RunResult<Sink>] {
      ParallelWork.map(runsOf: entries.count) { run, range in
        var result = RunResult(sink: makeRun(run))
        var checkedFolders: Set<String> = []
        for index in range {
          let entry = entries[index]
          let folder = entry.pack.folder
          var indexes = indexing.contains(folder)
          var signature: FileSignature?
          // A pack topic whose file is no regular file is read at every search.
          if indexes, !entry.pack.isBuiltIn {
            signature = Self.signature(of: entry, checkedFolders: &checkedFolders)
            if signature == nil {
              result.builders[folder, default: .init()].addUnread(
                id: entry.id, file: entry.file, signature: nil)
              indexes = false
            }
          }
          do throws(ContentError) {
            let source = try entry.source()
            let key = SearchCacheKey.key(id: entry.id, source: source)
            let file = cached[folder]
            if indexes, let all = file?.entries(for: key), let raw = file?.rawBlock(for: key) {
              // Every entry goes into the index, so all are made.
              result.sink.add(all, prefiltered: false)
              result.blocks.append((index, raw, false))
              result.builders[folder, default: .init()].add(
                id: entry.id, file: entry.file, signature: signature, block: raw, entries: all)
              continue
            }
            // Only the cached entries the sink may use are made into entries at all.
            let kept = indexes ? nil : file?.entries(for: key) { result.sink.choice(for: $0) }
            if let kept, let raw = file?.rawBlock(for: key) {
              result.sink.addCounted(kept.counted)
              result.sink.add(kept.entries, prefiltered: true)
              result.blocks.append((index, raw, false))
              continue
            }
            let topic = try TopicLoader.load(id: entry.id, file: entry.path, source: source)
            let made = SearchIndex.entries(of: topic)
            result.sink.add(made, prefiltered: false)
            if keepsBlocks {
              let block = SearchCacheFile.block(key: key, entries: made)[...]
              result.blocks.append((index, block, true))
              if indexes {
                result.builders[folder, default: .init()].add(
                  id: entry.id, file: entry.file, signature: signature, block: block, entries: made)
              }
            }
          } catch {
            result.errors.append(error)
            if indexes {
              // Read again at every search until its file changes, so the error is told each time.
              result.builders[folder, default: .init()].addUnread(
                id: entry.id, file: entry.file, signature: entry.pack.isBuiltIn ? nil : signature)
            }
          }
        }
        return result
      }
    }
    var results = readRuns(files)
    var blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)] = []
    for number in results.indices {
      sink.merge(results[number].sink)
      blocks += results[number].blocks
      results[number].blocks = []
      for error in results[number].errors { library.record(error) }
    }
    guard let cache else { return }
    let offsets = save(blocks, of: entries, files: files, to: cache)
    blocks = []
    files = [:]
    // The runs' indexes are merged only once the blocks are let go, each run's as it is merged.
    var builders: [String: SearchTokenIndex.Builder] = [:]
    for number in results.indices {
      for (folder, builder) in results[number].builders {
        if builders[folder] == nil {
          builders[folder] = builder
        } else {
          builders[folder]?.merge(builder)
        }
      }
      results[number].builders = [:]
    }
    for (folder, builder) in builders {
      guard let pack = entries.first(where: { $0.pack.folder == folder })?.pack,
        let payloadOffsets = offsets[folder],
        let bytes = builder.bytes(
          identity: cache.identity, builtAt: builtAt, payloadOffsets: payloadOffsets)
      else { continue }
      cache.saveIndex(pack, bytes: bytes)
    }
  }

  /// Writes the cache file of each pack whose topics changed (a new block, or an old block no
  /// longer used), holding exactly the blocks of its topics now; answers, by pack folder, where
  /// each block's payload starts in the pack's file as it now is.
  private static func save(
    _ blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)], of entries: [TopicEntry],
    files: [String: SearchCacheFile], to cache: SearchCache
  ) -> [String: [UInt64: Int]] {
    var byPack: [String: (pack: PackInfo, blocks: [ArraySlice<UInt8>], changed: Bool)] = [:]
    var order: [String] = []
    for (topic, block, isNew) in blocks {
      let pack = entries[topic].pack
      if byPack[pack.folder] == nil {
        byPack[pack.folder] = (pack, [], false)
        order.append(pack.folder)
      }
      byPack[pack.folder]?.blocks.append(block)
      if isNew { byPack[pack.folder]?.changed = true }
    }
    var wrote = false
    var offsets: [String: [UInt64: Int]] = [:]
    for folder in order {
      guard let (pack, packBlocks, changed) = byPack[folder] else { continue }
      let unused = (files[folder]?.blocks.count ?? 0) != packBlocks.count
      if changed || unused {
        offsets[folder] = cache.save(pack, blocks: packBlocks)
        wrote = true
      } else if let file = files[folder] {
        offsets[folder] = file.blocks.mapValues(\.payload.lowerBound)
      }
    }
    if wrote { cache.removeStale(keeping: entries.map(\.pack)) }
    return offsets
  }
}
