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
        query.topic.map { $0 == entry.id } ?? true
          && rule.mayMatch(topicSource: source, id: entry.id)
      },
      { scan, topic in scan.add(topic) })
    for run in runs { merge(run) }
  }

  /// The query with its misspelt words corrected, for a search of every topic of `library`
  /// (and of `salaries` and `skills`, when given) that found nothing, as
  /// `SearchIndex.correction(of:)` corrects it: the words are gathered topic by topic, and
  /// the corrected query is searched the same way, so no more than a topic a core is held at
  /// a time.
  package static func correction(
    of query: SearchQuery, topicsOf library: ContentLibrary, salaries: SalaryData?,
    skills: SkillCatalog?
  ) -> String? {
    var vocabulary = SearchVocabulary(query)
    let runs = library.topicRuns(
      makeRun: { _ in SearchVocabulary(query) },
      { run, topic in SearchIndex.forEachEntry(of: topic) { run.add($0) } })
    for run in runs { vocabulary.merge(run) }
    if let salaries { vocabulary.add(SearchIndex.entries(of: salaries)) }
    if let skills { vocabulary.add(SearchIndex.entries(of: skills)) }
    return vocabulary.correction { retry in
      var scan = SearchScan(retry)
      scan.add(topicsOf: library)
      if let salaries { scan.add(salaries) }
      if let skills { scan.add(skills) }
      return !scan.result().hits.isEmpty
    }
  }
}
