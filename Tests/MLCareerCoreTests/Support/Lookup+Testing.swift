import TextSupport

/// Lookups compared as the matches they come from, which tests of names do.
extension Lookup {
  /// The same answer with the model given as its id, as `NameMatch` states it.
  func nameMatch(id: (Model) -> String) -> NameMatch {
    switch self {
    case .found(let model): .found(id(model))
    case .ambiguous(let ids): .ambiguous(ids)
    case .notFound(let suggestions): .notFound(suggestions: suggestions)
    }
  }
}
