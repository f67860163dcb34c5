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

  /// The folder where search keeps the entries of topics between runs for `environment`, or
  /// `nil` when it keeps none (see `SearchCache`).
  public static func cacheFolder(environment: [String: String]) -> String? {
    SearchCache(environment: environment)?.folder
  }

  /// What one run of topics gave: its scan, the cache block of each topic read (a copy of the
  /// old block, or a new one), and the errors of broken topics.
  private struct RunResult: Sendable {
    var scan: SearchScan
    var blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)] = []
    var errors: [ContentError] = []
  }

  mutating func add(topicsOf library: ContentLibrary, cache: SearchCache?) {
    library.noteMissingTopics()
    let entries = library.guide.topics
    var files: [String: SearchCacheFile] = [:]
    if let cache {
      for entry in entries where files[entry.pack.folder] == nil {
        if let file = cache.load(entry.pack) { files[entry.pack.folder] = file }
      }
    }
    let query = query
    let first = order
    let keepsBlocks = cache != nil
    let cached = files
    let results = ParallelWork.map(runsOf: entries.count) { run, range in
      var result = RunResult(scan: SearchScan(query))
      // Entries of run r are numbered after every entry of the runs before it.
      result.scan.order = first + (run + 1) << 40
      for index in range {
        let entry = entries[index]
        do throws(ContentError) {
          let source = try entry.source()
          let key = SearchCacheKey.key(id: entry.id, source: source)
          let file = cached[entry.pack.folder]
          // Only the cached entries that may be shown are made into entries at all.
          let kept = file?.entries(for: key) { result.scan.choice(for: $0) }
          if let kept, let raw = file?.rawBlock(for: key) {
            result.scan.addCounted(kept.counted)
            result.scan.add(kept.entries, prefiltered: true)
            result.blocks.append((index, raw, false))
            continue
          }
          let topic = try TopicLoader.load(id: entry.id, file: entry.path, source: source)
          let made = SearchIndex.entries(of: topic)
          result.scan.add(made)
          if keepsBlocks {
            result.blocks.append((index, SearchCacheFile.block(key: key, entries: made)[...], true))
          }
        } catch {
          result.errors.append(error)
        }
      }
      return result
    }
    var blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)] = []
    for result in results {
      merge(result.scan)
      blocks += result.blocks
      for error in result.errors { library.record(error) }
    }
    if let cache { Self.save(blocks, of: entries, files: files, to: cache) }
  }

  /// Writes the cache file of each pack whose topics changed (a new block, or an old block no
  /// longer used), holding exactly the blocks of its topics now.
  private static func save(
    _ blocks: [(topic: Int, block: ArraySlice<UInt8>, isNew: Bool)], of entries: [TopicEntry],
    files: [String: SearchCacheFile], to cache: SearchCache
  ) {
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
    for folder in order {
      guard let (pack, packBlocks, changed) = byPack[folder] else { continue }
      let unused = (files[folder]?.blocks.count ?? 0) != packBlocks.count
      if changed || unused {
        cache.save(pack, blocks: packBlocks)
        wrote = true
      }
    }
    if wrote { cache.removeStale(keeping: entries.map(\.pack)) }
  }
}
