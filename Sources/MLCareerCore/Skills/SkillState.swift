/// Where a person stands with one skill of the checklist.
package enum SkillState: String, CaseIterable, Sendable {
  case done
  case learning
  /// Left out on purpose; it no longer counts towards the total.
  case skipped
  /// Still to learn; the state of every skill never marked.
  case todo

  /// The checkbox shown in a checklist: `[x]`, `[~]`, `[-]` or `[ ]`.
  package var checkbox: String {
    switch self {
    case .done: "[x]"
    case .learning: "[~]"
    case .skipped: "[-]"
    case .todo: "[ ]"
    }
  }

  /// The past participle used in messages: `done`, `being learned`, `skipped`, `to do`.
  var phrase: String {
    switch self {
    case .done: "done"
    case .learning: "being learned"
    case .skipped: "skipped"
    case .todo: "to do"
    }
  }
}
