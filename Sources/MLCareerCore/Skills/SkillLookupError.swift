/// A skill or group name on the command line that designates no skill or group, or several.
package enum SkillLookupError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No skill (or group) answers to the name; the ids it may be a misspelling of, closest first.
  case unknown(String, isGroup: Bool, suggestions: [String])
  /// The name is a prefix of several skills' (or groups') names.
  case ambiguous(String, isGroup: Bool, candidates: [String])

  /// Where to look for the valid names.
  package var hint: String {
    switch self {
    case .unknown(_, let isGroup, _), .ambiguous(_, let isGroup, _):
      "Run 'mlcareer skills' to see every \(isGroup ? "group" : "skill") id."
    }
  }

  /// The message for standard error, without a final newline:
  ///
  ///     error: no skill 'pyhton'
  ///     Did you mean 'python'?
  package var description: String {
    let lines =
      switch self {
      case .unknown(let name, let isGroup, let suggestions):
        NameLookupText.notFound(
          name, kind: isGroup ? "skill group" : "skill", suggestions: suggestions)
      case .ambiguous(let name, let isGroup, let candidates):
        NameLookupText.ambiguous(
          name, kind: isGroup ? "skill group" : "skill", candidates: candidates)
      }
    return lines.joined(separator: "\n")
  }
}
