/// Where the values of an argument or option come from: what the parser accepts and what the
/// shell completion scripts offer.
public enum ValueSource: Hashable, Sendable {
  /// Free text: nothing to check and nothing to offer.
  case none
  /// A fixed list; the parser matches what is typed to one of them like a name (any case, a
  /// unique prefix or an alias) and rejects anything else, and the completions offer their
  /// names. `ValueSource.cases(of:)` makes one from an `ArgumentValue` type.
  case choices([ValueChoice])
  /// Names known only at run time, asked of `PROGRAM __complete NAME` when completing.
  case dynamic(String)
  /// Names that depend on the command's first argument, asked of
  /// `PROGRAM __complete NAME FIRST` (FIRST up to its first `/`), such as a topic's sections.
  case dynamicChildren(String)
  /// A name from the dynamic source `parent`, or `PARENT/CHILD` with CHILD one of the names
  /// `PROGRAM __complete children PARENT` gives, such as `topic/section`.
  case dynamicPath(parent: String, children: String)
  /// The names of the root command's visible subcommands (for `help COMMAND`).
  case commands
  /// The shells completion scripts exist for: bash, zsh and fish (matched like `.choices`).
  case shells
  /// A folder on disk: any text is accepted (the command checks it), and the completion
  /// scripts offer the folders below the word typed so far.
  case directories

  /// The source names passed to `PROGRAM __complete` that this source asks for, if any.
  public var dynamicNames: [String] {
    switch self {
    case .dynamic(let name), .dynamicChildren(let name): [name]
    case .dynamicPath(let parent, let children): [parent, children]
    case .none, .choices, .commands, .shells, .directories: []
    }
  }

  /// The values known without running the program, with `root` supplying command names; `nil`
  /// when any value is accepted here (free text, or checked later by the command).
  func fixedValues(root: CommandSpec) -> [String]? {
    switch self {
    case .choices, .shells: valueChoices?.map(\.name)
    case .commands: root.visibleSubcommands.map(\.name)
    case .none, .dynamic, .dynamicChildren, .dynamicPath, .directories: nil
    }
  }

  /// The fixed choices matched like names, with their aliases; `nil` for other sources.
  var valueChoices: [ValueChoice]? {
    switch self {
    case .choices(let choices): choices
    case .shells: Shell.choices()
    case .none, .dynamic, .dynamicChildren, .dynamicPath, .commands, .directories: nil
    }
  }
}
