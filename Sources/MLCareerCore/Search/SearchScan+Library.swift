/// Searching every topic of a library, the topics parsed on all cores when there are many.
extension SearchScan {
  /// How many topics make it worth starting threads: the built-in guide's fifteen are searched
  /// faster on one than the threads take to start.
  static let topicsForThreads = 64

  /// Matches every topic of `library`, in the guide's order; a topic whose file is broken is
  /// left out and recorded in the library, as `ContentLibrary.eachTopic` does.
  ///
  /// With many topics they are cut into runs, each parsed and matched on its own thread by a
  /// scan of its own, and the scans are merged: the hits, their order and the total are the
  /// same as one scan would give, since each run's entries are numbered after the run before.
  public mutating func add(topicsOf library: ContentLibrary) {
    let entries = library.guide.topics
    guard entries.count >= Self.topicsForThreads, ParallelWork.cores > 1 else {
      library.eachTopic { add($0) }
      return
    }
    library.noteMissingTopics()
    let guide = library.guide
    let runs = min(entries.count, 4 * ParallelWork.cores)
    let query = query
    let first = order
    let results = ParallelWork.map(pieces: runs) { run in
      var scan = SearchScan(query)
      // Entries of run r are numbered after every entry of the runs before it.
      scan.order = first + (run + 1) << 40
      var errors: [ContentError] = []
      let range = (entries.count * run / runs)..<(entries.count * (run + 1) / runs)
      for entry in entries[range] {
        do throws(ContentError) {
          scan.add(try guide.topic(entry))
        } catch {
          errors.append(error)
        }
      }
      return (scan, errors)
    }
    for (scan, errors) in results {
      merge(scan)
      for error in errors { library.record(error) }
    }
  }
}
