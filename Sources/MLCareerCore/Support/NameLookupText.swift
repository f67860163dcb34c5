import TextSupport

/// The one wording of a name that designates nothing or several things, for topics, skills and
/// groups alike: the lines for standard error, without final newlines.
package enum NameLookupText {
  /// `error: no skill 'pyhton'`, then `Did you mean 'python'?` with up to three of
  /// `suggestions`, closest first, when there are any.
  package static func notFound(_ name: String, kind: String, suggestions: [String]) -> [String] {
    let quoted = suggestions.prefix(3).map { "'\($0.terminalSafe())'" }
    return ["error: no \(kind) '\(name.terminalSafe())'"]
      + (quoted.isEmpty ? [] : ["Did you mean \(quoted.joined(separator: " or "))?"])
  }

  /// `error: 'py' could be more than one skill: 'python', 'pytorch'`, then
  /// `Type more of the name.`
  package static func ambiguous(_ name: String, kind: String, candidates: [String]) -> [String] {
    let quoted = candidates.map { "'\($0.terminalSafe())'" }.joined(separator: ", ")
    return [
      "error: '\(name.terminalSafe())' could be more than one \(kind): \(quoted)",
      "Type more of the name.",
    ]
  }
}
