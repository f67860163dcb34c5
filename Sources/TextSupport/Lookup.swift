/// What a name a person typed designates: the model itself, several ids it could mean, or none
/// with the ids it may be a misspelling of.
public enum Lookup<Model> {
  /// The one model the name designates.
  case found(Model)
  /// The ids of the models the name could mean.
  case ambiguous([String])
  /// No model; the ids the name may be a misspelling of, closest first.
  case notFound(suggestions: [String])

  /// The id matched as a lookup of `models` by `id` (inlinable, so it is specialised for each
  /// caller's model).
  @inlinable public init(_ match: NameMatch, in models: [Model], id: (Model) -> String) {
    switch match {
    case .found(let matched):
      self = models.first { id($0) == matched }.map(Self.found) ?? .notFound(suggestions: [])
    case .ambiguous(let ids): self = .ambiguous(ids)
    case .notFound(let suggestions): self = .notFound(suggestions: suggestions)
    }
  }

  /// The model, or `nil` when the name designates none or several.
  public var model: Model? {
    if case .found(let model) = self { return model }
    return nil
  }
}

extension Lookup: Equatable where Model: Equatable {}

extension Lookup: Sendable where Model: Sendable {}
