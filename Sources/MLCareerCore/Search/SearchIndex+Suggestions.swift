/// "Did you mean …?" for a search that found nothing: each word that occurs nowhere in the
/// index replaced by the closest word that does.
extension SearchIndex {
  /// The query with its misspelt words corrected, when that finds something: `data drfit` →
  /// `data drift`; `nil` when no word is misspelt or the corrected query finds nothing either.
  public func correction(of query: SearchQuery) -> String? {
    var vocabulary = SearchVocabulary(query)
    vocabulary.add(entries)
    return vocabulary.correction { !search($0).hits.isEmpty }
  }
}
