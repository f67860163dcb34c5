import GuideModel

/// Searching every topic of a library: each topic file is read, ruled out from its bytes when
/// it cannot match (`SearchRule.mayMatch(topicSource:id:)`), and parsed only otherwise; with
/// many topics, on every core. Nothing is kept between searches.
extension SearchScan {
  /// Matches every topic of `library`, in the guide's order; a topic whose file is broken is
  /// left out and recorded in the library.
  ///
  /// With many topics they are cut into runs, each matched on its own thread by a scan of its
  /// own, and the scans are merged: the hits, their order and the total are the same as one
  /// scan would give, since each run's entries are numbered after the run before.
  package mutating func add(topicsOf library: ContentLibrary) {
    let query = query
    let rule = rule
    let first = order
    let runs = library.topicRuns(
      makeRun: { run in
        var scan = SearchScan(query)
        scan.order = first + (run + 1) << 40
        return scan
      },
      wants: { entry, source in
        query.searches(entry.id) && rule.mayMatch(topicSource: source, id: entry.id)
      },
      { scan, topic in scan.add(topic) })
    for run in runs { merge(run) }
  }

  /// The hits of `query` in `library`: in the topic `scope` alone, when the query names it,
  /// else in every topic; then in the salary records and skills, unless the query names
  /// another topic.
  package static func search(_ query: SearchQuery, in library: ContentLibrary, scope: Topic?)
    -> SearchResult
  {
    var scan = SearchScan(query)
    if let scope { scan.add(scope) } else { scan.add(topicsOf: library) }
    if query.searches("salaries") { scan.add(library.salaryData()) }
    if query.searches("skills") { scan.add(library.skillCatalog()) }
    return scan.result()
  }

  /// The query with its misspelt words corrected, for a `search(_:in:scope:)` that found
  /// nothing, when the corrected query finds something (see `SearchVocabulary`): the words
  /// are gathered topic by topic, as the search read them, so no more than a topic a core is
  /// held at a time.
  package static func correction(
    of query: SearchQuery, in library: ContentLibrary, scope: Topic?
  ) -> String? {
    var vocabulary = SearchVocabulary(query)
    if let scope {
      SearchEntry.forEachEntry(of: scope) { vocabulary.add($0) }
    } else {
      let runs = library.topicRuns(
        makeRun: { _ in SearchVocabulary(query) },
        { run, topic in SearchEntry.forEachEntry(of: topic) { run.add($0) } })
      for run in runs { vocabulary.merge(run) }
    }
    if query.searches("salaries") { vocabulary.add(SearchEntry.entries(of: library.salaryData())) }
    if query.searches("skills") { vocabulary.add(SearchEntry.entries(of: library.skillCatalog())) }
    return vocabulary.correction { !search($0, in: library, scope: scope).hits.isEmpty }
  }
}
