import GuideModel

/// A person's marks on the checklist; a skill to do is absent, and marks for ids the guide no
/// longer has are kept, so another edition of the content loses nothing.
package struct ProgressState: Sendable, Equatable {
  /// The format version this build reads and writes.
  static let currentVersion = 1

  /// The marked skills by id; never holds `.todo`.
  package private(set) var marks: [String: SkillState]

  /// A state with the given marks; `.todo` entries are dropped.
  package init(marks: [String: SkillState] = [:]) {
    self.marks = marks.filter { $0.value != .todo }
  }

  /// Where the skill with id `id` stands: `.todo` when it was never marked.
  package func state(of id: String) -> SkillState {
    // No marks, as before the first `check`: no key to hash for each of the skills shown.
    marks.isEmpty ? .todo : marks[id] ?? .todo
  }

  /// Marks the skill `id`; `.todo` removes its mark.
  package mutating func set(_ state: SkillState, for id: String) {
    marks[id] = state == .todo ? nil : state
  }

  /// The marked ids that `catalog` has no skill for, sorted.
  func unknownIDs(in catalog: SkillCatalog) -> [String] {
    marks.keys.filter { catalog.skill($0) == nil }.sorted()
  }
}
