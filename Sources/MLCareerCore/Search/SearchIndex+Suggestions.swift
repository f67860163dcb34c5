import TextSupport

/// "Did you mean …?" for a search that found nothing: each word that occurs nowhere in the
/// index replaced by the closest word that does.
extension SearchIndex {
  /// The query with its misspelt words corrected, when that finds something: `data drfit` →
  /// `data drift`; `nil` when no word is misspelt or the corrected query finds nothing either.
  public func correction(of query: SearchQuery) -> String? {
    let documents = entries.filter { query.topic == nil || $0.topic == query.topic }.map(
      Document.init)
    var vocabulary: [String] = []
    var seen: Set<String> = []
    for document in documents {
      for word in document.text.words + document.keywords.words + document.context.words
      where seen.insert(word).inserted {
        vocabulary.append(word)
      }
    }
    var corrected: [String] = []
    var changed = false
    for (word, parts) in zip(query.words, query.terms) {
      guard parts.count == 1, let folded = parts.first else {
        corrected.append(word)  // a phrase is kept as typed
        continue
      }
      let known = documents.contains {
        !$0.text.occurrences(of: folded).isEmpty || !$0.keywords.occurrences(of: folded).isEmpty
          || !$0.context.occurrences(of: folded).isEmpty
      }
      if known {
        corrected.append(word)
        continue
      }
      guard
        let best = Suggestions.best(
          for: String(String.UnicodeScalarView(folded)), among: vocabulary)
      else { return nil }
      corrected.append(best)
      changed = true
    }
    guard changed else { return nil }
    var retry = SearchQuery(corrected, topic: query.topic)
    retry.limit = 1
    return search(retry).hits.isEmpty ? nil : corrected.joined(separator: " ")
  }
}
