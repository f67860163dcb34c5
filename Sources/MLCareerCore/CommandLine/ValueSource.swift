/// Where the values of an argument or option come from: what the parser accepts and what the
/// shell completion scripts offer.
enum ValueSource: Hashable, Sendable {
  /// Free text: nothing to check and nothing to offer.
  case none
  /// A fixed list; the parser rejects anything else and the completions offer exactly these.
  case choices([String])
  /// The guide's topic ids, asked of `mlcareer __complete topics` at completion time.
  case topics
  /// The section names of a topic, asked of `mlcareer __complete sections TOPIC`.
  case sections
  /// The checklist's skill ids, asked of `mlcareer __complete skills`.
  case skills
  /// The checklist's skill group ids, asked of `mlcareer __complete skill-groups`.
  case skillGroups
  /// The dimensions salaries can be broken down by, from `mlcareer __complete salary-dimensions`.
  case salaryDimensions
  /// The names of the root command's visible subcommands (for `help COMMAND`).
  case commands
  /// The shells completion scripts exist for: bash, zsh and fish.
  case shells

  /// The kind word passed to `mlcareer __complete KIND` for values known only at run time, or
  /// `nil` for sources the spec itself spells out.
  var completionKind: String? {
    switch self {
    case .topics: "topics"
    case .sections: "sections"
    case .skills: "skills"
    case .skillGroups: "skill-groups"
    case .salaryDimensions: "salary-dimensions"
    case .none, .choices, .commands, .shells: nil
    }
  }

  /// Every kind word `mlcareer __complete` answers, in the order the spec lists them.
  static let completionKinds: [String] = [
    ValueSource.topics, .sections, .skills, .skillGroups, .salaryDimensions,
  ].compactMap(\.completionKind)

  /// The values known without looking at the guide, with `root` supplying command names; `nil`
  /// when any value is accepted here (free text, or checked later against the guide).
  func fixedValues(root: CommandSpec) -> [String]? {
    switch self {
    case .choices(let values): values
    case .shells: Shell.allCases.map(\.rawValue)
    case .commands: root.visibleSubcommands.map(\.name)
    case .none, .topics, .sections, .skills, .skillGroups, .salaryDimensions: nil
    }
  }
}
