/// Entries held together and searched at once: a topic searched alone, and tests.
///
/// Each source of entries (topics, and records such as salary figures or skills) has one
/// function that turns it into `SearchEntry`s, so adding a source to search is writing that
/// function and searching its entries.
package struct SearchIndex: Sendable {
  /// The entries, in order (which breaks ties between equal hits).
  let entries: [SearchEntry]

  /// The entries `SearchRule` matches, best first (see `SearchHit.Rank`), then in their
  /// order.
  package func search(_ query: SearchQuery) -> SearchResult {
    var scan = SearchScan(query)
    scan.add(entries)
    return scan.result()
  }

  /// The query with its misspelt words corrected, when that finds something: `data drfit` →
  /// `data drift`; `nil` when no word is misspelt or the corrected query finds nothing either.
  package func correction(of query: SearchQuery) -> String? {
    var vocabulary = SearchVocabulary(query)
    vocabulary.add(entries)
    return vocabulary.correction { !search($0).hits.isEmpty }
  }
}
