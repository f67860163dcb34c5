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
    let lines =
      switch self {
      case .unknownSkill(let name, let suggestions):
        NameLookupText.notFound(name, kind: "skill", suggestions: suggestions)
      case .ambiguousSkill(let name, let candidates):
        NameLookupText.ambiguous(name, kind: "skill", candidates: candidates)
      case .unknownGroup(let name, let suggestions):
        NameLookupText.notFound(name, kind: "skill group", suggestions: suggestions)
      case .ambiguousGroup(let name, let candidates):
        NameLookupText.ambiguous(name, kind: "skill group", candidates: candidates)
      }
    return lines.joined(separator: "\n")
  }
}
