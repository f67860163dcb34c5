import CommandLineKit

/// A skill or group name on the command line that designates no skill or group, or several.
package enum SkillLookupError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No skill answers to the name; the ids it may be a misspelling of, closest first.
  case unknownSkill(String, suggestions: [String])
  /// The name is a prefix of several skills' names.
  case ambiguousSkill(String, candidates: [String])
  /// No group answers to the name; the ids it may be a misspelling of, closest first.
  case unknownGroup(String, suggestions: [String])
  /// The name is a prefix of several groups' names.
  case ambiguousGroup(String, candidates: [String])

  /// What went wrong, such as `no skill 'pyhton'`.
  package var message: String {
    switch self {
    case .unknownSkill(let name, _):
      return "no skill '\(name.terminalSafe())'"
    case .ambiguousSkill(let name, let candidates):
      return "'\(name.terminalSafe())' could be more than one skill: \(Self.quoted(candidates))"
    case .unknownGroup(let name, _):
      return "no skill group '\(name.terminalSafe())'"
    case .ambiguousGroup(let name, let candidates):
      return
        "'\(name.terminalSafe())' could be more than one skill group: \(Self.quoted(candidates))"
    }
  }

  /// `Did you mean 'python'?` for a likely typo (up to three ids); `Type more of the name.`
  /// for an ambiguous prefix; `nil` when nothing is close.
  package var suggestion: String? {
    switch self {
    case .unknownSkill(_, let suggestions), .unknownGroup(_, let suggestions):
      guard !suggestions.isEmpty else { return nil }
      return "Did you mean "
        + suggestions.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "?"
    case .ambiguousSkill, .ambiguousGroup:
      return "Type more of the name."
    }
  }

  /// Where to look for the valid names.
  package var hint: String {
    switch self {
    case .unknownSkill, .ambiguousSkill:
      "Run 'mlcareer skills' to see every skill id."
    case .unknownGroup, .ambiguousGroup:
      "Run 'mlcareer skills' to see every group id."
    }
  }

  /// The message for standard error, without a final newline:
  ///
  ///     error: no skill 'pyhton'
  ///     Did you mean 'python'?
  package var description: String {
    (["error: " + message] + (suggestion.map { [$0] } ?? [])).joined(separator: "\n")
  }

  /// `'a', 'b', 'c'`.
  private static func quoted(_ ids: [String]) -> String {
    ids.map { "'\($0)'" }.joined(separator: ", ")
  }
}
