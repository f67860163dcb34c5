/// Where a link goes: its destination and title, escapes and entities resolved.
struct LinkTarget: Equatable {
  var destination: String
  var title: String
}

/// The document's link reference definitions, keyed by normalized label; the first definition
/// of a label wins.
struct ReferenceMap {
  private var targets: [String: LinkTarget] = [:]

  /// Whether there is no definition at all.
  var isEmpty: Bool { targets.isEmpty }

  /// Records a definition unless the label already has one.
  mutating func define(_ label: String, _ target: LinkTarget) {
    if targets[label] == nil { targets[label] = target }
  }

  /// The target of a normalized label.
  subscript(label: String) -> LinkTarget? { targets[label] }
}
