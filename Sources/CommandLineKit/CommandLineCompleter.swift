/// One word a completion offers, with what zsh and fish show beside it.
public struct CompletionCandidate: Sendable, Equatable {
  /// The word as it would be typed.
  public var name: String
  /// A title or a summary; may be empty.
  public var description: String

  /// Creates a candidate.
  public init(_ name: String, description: String = "") {
    self.name = name
    self.description = description
  }
}

/// What fits the word being typed on a command line, worked out with the parser's own reading
/// of the words before it, so the completion scripts only pass words in and offers out.
public struct Completion: Sendable, Equatable {
  /// The words to offer, in order; the shell keeps those that fit what is typed.
  public var candidates: [CompletionCandidate] = []
  /// Whether the shell should offer the folders below what is typed instead.
  public var offersFolders = false
  /// Whether the shell should add no space after the word, so more can follow it (a parent,
  /// before `/child`).
  public var keepsWordOpen = false
}

/// Works out a `Completion` from a `CommandSpec` tree.
public enum CommandLineCompleter {
  /// Answers a `.dynamic…` source's name, and for children the parent typed, with the names
  /// known at run time.
  public typealias Names = (_ source: String, _ parent: String?) -> [CompletionCandidate]

  /// What may take the place of the last of `words` (the words after the program, the one
  /// being typed last, maybe empty). A line the parser would refuse before that word gets
  /// nothing; `names` answers the sources known only at run time.
  public static func complete(_ words: [String], root: CommandSpec, names: Names) -> Completion {
    let typed = words.last ?? ""
    guard let state = CommandLineParser.reading(Array(words.dropLast()), root: root) else {
      return Completion()
    }
    var option = state.unfinishedOption.flatMap { long in
      state.chain.availableOptions.first { $0.long == long }
    }
    var value = typed
    // `--format=js`: the value after the equals sign, whose part the shell completes.
    if option == nil, !state.optionsEnded, typed.hasPrefix("--"),
      let equals = typed.firstIndex(of: "=")
    {
      let name = typed.dropFirst(2)[..<equals]
      option = state.chain.availableOptions.first { $0.long == name }
      guard option != nil else { return Completion() }
      value = String(typed[typed.index(after: equals)...])
    }
    if let option {
      return values(of: option.values, help: option.help, typed: value, state: state, names: names)
    }
    let command = state.command
    let arguments = command.arguments
    let index = state.positionals.count
    let argument = index < arguments.count ? arguments[index] : arguments.last(where: \.isVariadic)
    // Where no argument can go, only an option can.
    if !state.optionsEnded, typed.hasPrefix("-") || argument == nil && !command.hasSubcommands {
      return Completion(
        candidates: options(state).map { CompletionCandidate($0.longName, description: $0.help) })
    }
    if command.hasSubcommands, state.positionals.isEmpty {
      return Completion(candidates: subcommands(of: command))
    }
    guard let argument else { return Completion() }
    return values(
      of: argument.values, help: argument.help, typed: typed, state: state, names: names,
      positional: true)
  }

  /// The options that may still be given: each once unless repeatable, and none that a given
  /// one rules out.
  private static func options(_ state: CommandLineReading) -> [OptionSpec] {
    var excluded: [String] = []
    for case .exclusive(let longs) in state.command.rules where longs.contains(where: state.given) {
      excluded += longs
    }
    return state.chain.availableOptions.filter { option in
      option.isRepeatable || !state.given(option.long) && !excluded.contains(option.long)
    }
  }

  private static func subcommands(of command: CommandSpec) -> [CompletionCandidate] {
    command.visibleSubcommands.map { CompletionCandidate($0.name, description: $0.abstract) }
  }

  /// The values of `source`, fixed ones described by the `help` of what they fill in; a path's
  /// parent only, and its children once `/` is typed, in an argument (an option takes a parent
  /// alone).
  private static func values(
    of source: ValueSource, help: String, typed: String, state: CommandLineReading, names: Names,
    positional: Bool = false
  ) -> Completion {
    switch source {
    case .choices(let choices):
      return Completion(candidates: choices.map { CompletionCandidate($0.name, description: help) })
    case .commands: return Completion(candidates: subcommands(of: state.root))
    case .dynamic(let source): return Completion(candidates: names(source, nil))
    case .dynamicChildren(let source):
      // The first argument, up to its `/child`, is the parent.
      let parent = state.positionals.first.map { String($0.prefix { $0 != "/" }) }
      return Completion(candidates: parent.map { names(source, $0) } ?? [])
    case .dynamicPath(let parent, let children):
      guard positional else { return Completion(candidates: names(parent, nil)) }
      guard let slash = typed.firstIndex(of: "/") else {
        return Completion(candidates: names(parent, nil), keepsWordOpen: true)
      }
      let parentName = String(typed[..<slash])
      return Completion(
        candidates: names(children, parentName).map {
          CompletionCandidate(parentName + "/" + $0.name, description: $0.description)
        })
    case .directories: return Completion(offersFolders: true)
    case .none, .checked: return Completion()
    }
  }
}
