import GuideModel

/// Handing every entry of a library's topics to a sink through the packs' word indexes, with
/// no topic file read or hashed where an index vouches for it: how "did you mean" gathers the
/// words of a large pack.
extension SearchScan {
  /// Hands the entries of every topic of `library` to a sink of each run made by `makeRun`, and
  /// merges the runs into `sink` in the guide's order, as `walk` does; but a topic the packs'
  /// indexes in `cache` vouch for is read from its place in the cache, and only the others from
  /// their files. `false`, with nothing added, when the indexes cannot vouch for the library
  /// (one is missing or out of date, or a payload does not read back as indexed): the caller
  /// walks then.
  static func walkIndexed<Sink: SearchEntrySink>(
    topicsOf library: ContentLibrary, cache: SearchCache, into sink: inout Sink,
    makeRun: @Sendable (Int) -> Sink
  ) -> Bool {
    guard let packs = SearchIndexedPacks(library: library, cache: cache) else { return false }
    let topics = library.guide.topics
    // The pack and index topic each guide topic is read through, where an index vouches for it.
    var vouched = [(pack: Int, topic: Int)?](repeating: nil, count: topics.count)
    for (packNumber, indexed) in packs.packs.enumerated() {
      for (topic, guideNumber) in indexed.guideNumbers.enumerated() {
        if let guideNumber { vouched[guideNumber] = (packNumber, topic) }
      }
    }
    let through = vouched
    let results = ParallelWork.map(runsOf: topics.count) {
      run, range -> (sink: Sink, errors: [ContentError], isSound: Bool) in
      var runSink = makeRun(run)
      var errors: [ContentError] = []
      for guideNumber in range {
        var isSound = true
        if let (packNumber, topic) = through[guideNumber] {
          let (pack, index, _) = packs.packs[packNumber]
          isSound = add(index.topics[topic], of: pack, cache: cache, into: &runSink)
        } else if let (packNumber, topic) = packs.reads[guideNumber] {
          let (pack, index, _) = packs.packs[packNumber]
          isSound = read(
            topics[guideNumber], cached: topic.map { index.topics[$0] }, of: pack, cache: cache,
            into: &runSink, errors: &errors)
        }
        if !isSound { return (runSink, errors, false) }
      }
      return (runSink, errors, true)
    }
    guard results.allSatisfy(\.isSound) else { return false }
    library.noteMissingTopics()
    for result in results {
      sink.merge(result.sink)
      for error in result.errors { library.record(error) }
    }
    return true
  }
}
