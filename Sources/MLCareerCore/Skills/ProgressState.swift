#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A person's marks on the checklist; a skill to do is absent, and marks for ids the guide no
/// longer has are kept, so another edition of the content loses nothing.
package struct ProgressState: Sendable, Equatable {
  /// The format version this build writes; version 1 files are read too, and upgraded when
  /// next written.
  static let currentVersion = 2

  /// The longest note a mark may carry, in characters.
  package static let noteLimit = 1000

  /// One skill's mark: its state, the UTC day it was set and the person's note.
  package struct Mark: Sendable, Equatable {
    /// Never `.todo`: a skill to do has no mark.
    package var state: SkillState
    /// `YYYY-MM-DD` in UTC; `nil` for a mark of a version 1 file, which kept no dates.
    package var date: String?
    /// What the person wrote with it (a course, a repository), `nil` when nothing.
    package var note: String?

    package init(_ state: SkillState, date: String? = nil, note: String? = nil) {
      self.state = state
      self.date = date
      self.note = note
    }
  }

  package private(set) var entries: [String: Mark]

  /// A state with the given marks; `.todo` entries are dropped.
  package init(entries: [String: Mark] = [:]) {
    self.entries = entries.filter { $0.value.state != .todo }
  }

  /// Where the skill with id `id` stands: `.todo` when it was never marked.
  package func state(of id: String) -> SkillState { mark(of: id)?.state ?? .todo }

  /// The mark of the skill `id`, `nil` when it is to do.
  package func mark(of id: String) -> Mark? {
    // No marks, as before the first `check`: no key to hash for each of the skills shown.
    entries.isEmpty ? nil : entries[id]
  }

  /// Marks the skill `id` as `state` on `date`; `.todo` removes its mark. A mark already in
  /// that state keeps the day it was set (an undated one takes `date`); a `note` replaces the
  /// one before, and an empty note removes it.
  package mutating func set(
    _ state: SkillState, for id: String, date: String? = nil, note: String? = nil
  ) {
    guard state != .todo else {
      entries[id] = nil
      return
    }
    var mark = entries[id] ?? Mark(state)
    if mark.state != state || entries[id] == nil || mark.date == nil {
      mark = Mark(state, date: date, note: mark.note)
    }
    if let note { mark.note = note.isEmpty ? nil : note }
    entries[id] = mark
  }

  /// Today's date in UTC, `YYYY-MM-DD`, as marks record it.
  package static func today() -> String {
    ProgressHistory.date(time(nil) / 86400)
  }
}
