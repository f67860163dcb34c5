import GuideModel

@testable import MLCareerCore

/// Entries held together and searched at once, as the tests build them: by the same scan and
/// vocabulary the commands stream topics through.
struct SearchIndex {
  /// The entries, in order (which breaks ties between equal hits).
  let entries: [SearchEntry]

  init(entries: [SearchEntry]) {
    self.entries = entries
  }

  /// An index of `topics`, then the records of `salaries` and `skills`, in the order given.
  init(topics: [Topic], salaries: SalaryData? = nil, skills: SkillCatalog? = nil) {
    let records =
      (salaries.map { SearchEntry.entries(of: $0) } ?? [])
      + (skills.map { SearchEntry.entries(of: $0) } ?? [])
    self.init(entries: topics.flatMap(SearchEntry.entries(of:)) + records)
  }

  /// The entries `SearchRule` matches, best first, then in their order.
  func search(_ query: SearchQuery) -> SearchResult {
    var scan = SearchScan(query)
    scan.add(entries)
    return scan.result()
  }

  /// The query with its misspelt words corrected, when that finds something.
  func correction(of query: SearchQuery) -> String? {
    var vocabulary = SearchVocabulary(query)
    vocabulary.add(entries)
    return vocabulary.correction { !search($0).hits.isEmpty }
  }
}
