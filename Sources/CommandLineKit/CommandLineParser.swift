import TextSupport

/// Turns the words of a command line into a `ParsedCommand`, following a `CommandSpec` tree:
/// `--name value`, `--name=value`, `-x value`, `-xvalue`, grouped flags (`-hv`), options
/// anywhere, and `--` before plain arguments; a repeated non-repeatable option keeps the last.
///
/// Help is never an error: `-h`/`--help` before `--` asks for the help of the deepest command
/// named, even if the rest of the line is wrong.
public enum CommandLineParser {
  /// Parses `arguments` (without the program name) against `root`.
  public static func parse(
    _ arguments: [String], root: CommandSpec
  ) throws(UsageError) -> ParsedCommand {
    var state = CommandLineReading(chain: [root])
    do {
      try state.consume(arguments)
      return try state.finish()
    } catch {
      if case .unknownCommand = error { throw error }
      if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
        return state.parsed(help: .command(state.chain))
      }
      throw error
    }
  }
}

extension CommandLineParser {
  /// How the parser reads the words before the one being completed, or `nil` when it refuses
  /// them for any reason but a last option missing its value.
  static func reading(_ words: [String], root: CommandSpec) -> CommandLineReading? {
    var state = CommandLineReading(chain: [root])
    do {
      try state.consume(words)
    } catch {
      guard state.unfinishedOption != nil else { return nil }
    }
    return state
  }
}

/// The parser's progress through one command line; for completion, what it made of the words
/// before the one being completed.
struct CommandLineReading {
  /// The commands named so far, the root first.
  var chain: [CommandSpec]
  var positionals: [String] = []
  // An array, not a dictionary: a command line holds a few options, and a hashed collection's
  // type would be made at run time, a cost every command would pay at start-up.
  var optionValues: [ParsedCommand.OptionValue] = []
  /// Whether `--` was read, so every word after it is a plain argument.
  var optionsEnded = false
  /// The long name of the option whose value the words ended before, such as `format` in
  /// `show --format`: a name, since an `OptionSpec?` kept here made every parse build type
  /// metadata at run time.
  var unfinishedOption: String?

  var root: CommandSpec { chain[0] }

  var command: CommandSpec { chain[chain.count - 1] }

  var context: UsageError.Context { chain.usageContext }

  // MARK: Reading words

  mutating func consume(_ arguments: [String]) throws(UsageError) {
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if optionsEnded || !looksLikeOption(word) {
        try takePositional(word)
      } else if word == "--" {
        optionsEnded = true
      } else if word.hasPrefix("--") {
        try takeLongOption(word, rest: arguments, index: &index)
      } else {
        try takeShortOptions(word, rest: arguments, index: &index)
      }
    }
  }

  /// Whether `word` is an option (or `--`) rather than a value: it starts with `-` and is not
  /// `-` alone or a negative number.
  private func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    let rest = word.dropFirst()
    return !rest.allSatisfy { $0.isNumber || $0 == "." }
  }

  private mutating func takePositional(_ word: String) throws(UsageError) {
    if command.hasSubcommands && positionals.isEmpty {
      chain.append(try subcommand(word, of: command))
      return
    }
    positionals.append(word)
  }

  /// The subcommand of `parent` named `name`, else the error that suggests the closest name.
  private func subcommand(_ name: String, of parent: CommandSpec) throws(UsageError)
    -> CommandSpec
  {
    guard let subcommand = parent.subcommand(named: name) else {
      let names = parent.visibleSubcommandNames
      throw .unknownCommand(name, suggestion: Suggestions.best(for: name, among: names), context)
    }
    return subcommand
  }

  private mutating func takeLongOption(
    _ word: String, rest arguments: [String], index: inout Int
  ) throws(UsageError) {
    let parts = word.dropFirst(2).split(
      separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    let inlineValue = parts.count > 1 ? String(parts[1]) : nil
    let options = chain.availableOptions
    guard let option = options.first(where: { $0.long == name }) else {
      let suggestion = Suggestions.best(for: name, among: options.map(\.long))
      throw .unknownOption("--" + name, suggestion: suggestion.map { "--" + $0 }, context)
    }
    if option.isFlag {
      if let inlineValue {
        throw .unexpectedValue(option: option.longName, value: inlineValue, context)
      }
      insertFlag(option.long)
      return
    }
    let value =
      if let inlineValue { inlineValue } else {
        try nextValue(for: option, as: option.longName, in: arguments, index: &index)
      }
    try record(value, for: option, as: option.longName)
  }

  private mutating func takeShortOptions(
    _ word: String, rest arguments: [String], index: inout Int
  ) throws(UsageError) {
    var letters = word.dropFirst()
    while let letter = letters.first {
      letters = letters.dropFirst()
      let typed = "-\(letter)"
      guard let option = chain.availableOptions.first(where: { $0.short == letter }) else {
        throw .unknownOption(typed, suggestion: nil, context)
      }
      if option.isFlag {
        insertFlag(option.long)
        continue
      }
      // The rest of the word is the value (`-n5`, `-n=5`), else the next word is.
      let attached = letters.first == "=" ? letters.dropFirst() : letters
      let value =
        attached.isEmpty
        ? try nextValue(for: option, as: typed, in: arguments, index: &index) : String(attached)
      try record(value, for: option, as: typed)
      return
    }
  }

  private mutating func nextValue(
    for option: OptionSpec, as typed: String, in arguments: [String], index: inout Int
  ) throws(UsageError) -> String {
    guard index < arguments.count, !looksLikeOption(arguments[index]) else {
      if index == arguments.count { unfinishedOption = option.long }
      throw .missingValue(option: typed, context)
    }
    index += 1
    return arguments[index - 1]
  }

  private mutating func record(
    _ typedValue: String, for option: OptionSpec, as typed: String
  ) throws(UsageError) {
    let value = try check(typedValue, against: option.values, name: typed)
    guard let index = optionValues.firstIndex(where: { $0.long == option.long }) else {
      optionValues.append(.init(long: option.long, values: [value]))
      return
    }
    optionValues[index].values = (option.isRepeatable ? optionValues[index].values : []) + [value]
  }

  private mutating func insertFlag(_ long: String) {
    if !given(long) { optionValues.append(.init(long: long, values: [])) }
  }

  /// Checks `value` against a fixed list of values and returns the one meant: the value itself
  /// for free text and dynamic sources, the exact command name for `.commands`, and for choices
  /// the name of the one it matches like a name (any case, a unique prefix or an alias).
  private func check(
    _ value: String, against source: ValueSource, name: String
  ) throws(UsageError) -> String {
    if case .choices(let choices) = source {
      let matcher = NameMatcher(choices.map { (id: $0.name, names: $0.aliases) })
      let allowed = choices.map(\.name)
      switch matcher.match(value) {
      case .found(let match):
        return match
      case .ambiguous(let names), .notFound(let names):
        throw .invalidValue(value, for: name, allowed: allowed, suggestion: names.first, context)
      }
    }
    guard case .commands = source else { return value }
    let commands = root.visibleSubcommandNames
    guard !commands.contains(value) else { return value }
    throw .unknownCommand(value, suggestion: Suggestions.best(for: value, among: commands), context)
  }

  // MARK: Finishing

  mutating func finish() throws(UsageError) -> ParsedCommand {
    try checkOptionShapes()
    if given("help") {
      return parsed(help: .command(chain))
    }
    if chain.count == 2, command.name == "help" {
      return try helpCommand()
    }
    if given("version"), chain.count > 1 {
      throw .unexpectedArgument(chain[1].name, [root].usageContext)
    }
    // A command of commands given alone lists them: the root its overview, others their help.
    if command.hasSubcommands, !given("version") {
      return parsed(help: chain.count == 1 ? .overview : .command(chain))
    }
    try checkArguments()
    try checkRules()
    if let missing = command.options.first(where: { $0.isRequired && !given($0.long) }) {
      throw .missingOption(missing.synopsis, context)
    }
    return parsed(help: nil)
  }

  /// `mlcareer help [COMMAND...]`: help on the named command, or on the root.
  private func helpCommand() throws(UsageError) -> ParsedCommand {
    var target = [root]
    for name in positionals {
      target.append(try subcommand(name, of: target[target.count - 1]))
    }
    return parsed(help: .command(target))
  }

  /// Matches the positional values with the command's arguments, in order, each replaced by
  /// the choice it names.
  private mutating func checkArguments() throws(UsageError) {
    let specs = command.arguments
    for (offset, value) in positionals.enumerated() {
      guard let spec = offset < specs.count ? specs[offset] : specs.last(where: \.isVariadic) else {
        throw .unexpectedArgument(value, context)
      }
      positionals[offset] = try check(value, against: spec.values, name: spec.placeholder)
      try checkShape(value, against: spec.values, name: spec.placeholder)
    }
    if positionals.count < specs.count,
      let missing = specs[positionals.count...].first(where: { !$0.isOptional })
    {
      throw .missingArgument(missing.placeholder, context)
    }
  }

  /// Checks the values given to options that take text of a shape (`ValueSource.checked`),
  /// once the command, whose usage an error ends with, is known; in the order help lists them.
  private func checkOptionShapes() throws(UsageError) {
    guard !optionValues.isEmpty else { return }
    for option in chain.availableOptions {
      for value in optionValues.first(where: { $0.long == option.long })?.values ?? [] {
        try checkShape(value, against: option.values, name: option.longName)
      }
    }
  }

  /// A usage error unless `value` has the shape a `.checked` source asks for.
  private func checkShape(
    _ value: String, against source: ValueSource, name: String
  ) throws(UsageError) {
    guard case .checked(let expected, let accepts) = source, !accepts(value) else { return }
    throw .invalidValue(value, for: name, allowed: [expected], suggestion: nil, context)
  }

  private func checkRules() throws(UsageError) {
    for rule in command.rules {
      switch rule {
      case .exclusive(let names):
        let present = names.filter { given($0) }
        if present.count > 1 {
          throw .conflictingOptions(present.map { "--" + $0 }, context)
        }
      case .requires(let name, let other):
        if given(name), !given(other) {
          throw .missingCompanion(option: "--" + name, requires: "--" + other, context)
        }
      }
    }
  }

  /// Whether the option (or flag) `name`, a long name, was given.
  func given(_ name: String) -> Bool {
    optionValues.contains { $0.long == name }
  }

  func parsed(help: ParsedCommand.HelpRequest?) -> ParsedCommand {
    ParsedCommand(
      commands: chain, arguments: positionals, helpRequest: help, optionValues: optionValues)
  }
}
