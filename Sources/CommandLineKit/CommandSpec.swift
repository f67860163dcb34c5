/// The description of one command: what the parser accepts and what help, usage errors, the man
/// page and the completion scripts say about it. A tree of these describes a whole tool.
public struct CommandSpec: Sendable {
  /// A command line shown in help with what it does.
  public struct Example: Sendable {
    /// The command line as typed, starting with the tool's name.
    public var command: String
    /// What it does, one sentence.
    public var explanation: String

    /// Creates an example.
    public init(_ command: String, _ explanation: String) {
      self.command = command
      self.explanation = explanation
    }
  }

  /// The name as typed, such as `show`; the root's is the tool's name.
  public var name: String
  /// One line saying what the command does.
  public var abstract: String
  /// Paragraphs (separated by blank lines) saying more; may be empty.
  public var discussion: String
  /// The positional arguments, in order; only the last may be variadic.
  public var arguments: [ArgumentSpec]
  /// The options of this command alone.
  public var options: [OptionSpec]
  /// Options accepted by this command and every command below it, such as `--help`.
  public var globalOptions: [OptionSpec]
  /// Typical command lines.
  public var examples: [Example]
  /// The commands below this one, such as the root's `show`, each described when first asked.
  public var subcommandEntries: [Subcommand]
  /// What the options given must satisfy together, checked by the parser.
  public var rules: [OptionRule]

  /// Creates a command.
  public init(
    _ name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], globalOptions: [OptionSpec] = [], examples: [Example] = [],
    rules: [OptionRule] = [], subcommands: [Subcommand] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.globalOptions = globalOptions
    self.examples = examples
    self.subcommandEntries = subcommands
    self.rules = rules
  }

  /// The subcommands help and completions show.
  public var visibleSubcommands: [CommandSpec] {
    subcommandEntries.filter { !$0.isHidden }.map(\.spec)
  }

  /// The names of the subcommands help and completions show, none of them described.
  public var visibleSubcommandNames: [String] {
    subcommandEntries.filter { !$0.isHidden }.map(\.name)
  }

  /// Whether the command has subcommands, hidden or not.
  public var hasSubcommands: Bool { !subcommandEntries.isEmpty }

  /// The subcommand called `name`, hidden ones included; only that one is described.
  public func subcommand(named name: String) -> CommandSpec? {
    subcommandEntries.first { $0.name == name }?.spec
  }
}

extension CommandSpec {
  /// A command below another, known by its name and described only when asked, so parsing
  /// describes only the commands it names.
  public struct Subcommand: Sendable {
    /// The name as typed, the `name` of the spec it describes.
    public let name: String
    /// Whether help, completions and suggestions leave it out.
    public let isHidden: Bool
    /// Makes the description; a command type's `static let` makes it once.
    private let describe: @Sendable () -> CommandSpec

    /// An entry described by `describe` when asked, whose spec has `name` and `hidden`.
    public init(
      _ name: String, hidden: Bool = false, describe: @escaping @Sendable () -> CommandSpec
    ) {
      self.name = name
      self.isHidden = hidden
      self.describe = describe
    }

    /// A visible entry for a description already made.
    public init(_ spec: CommandSpec) {
      self.init(spec.name) { spec }
    }

    /// The description of the subcommand.
    public var spec: CommandSpec { describe() }
  }
}

/// How the options of one command depend on each other; breaking a rule is a usage error.
public enum OptionRule: Sendable {
  /// At most one of these options (long names, no dashes) may be given, such as `--todo` and
  /// `--done`.
  case exclusive([String])
  /// The first option (long name, no dashes) may be given only together with the second, such
  /// as `--yes` with `--reset`.
  case requires(String, String)
}

extension Array where Element == CommandSpec {
  /// The options the last command of a chain accepts: its own, then the global ones of every
  /// command in the chain, nearest first; an option a command declares again (to say more of
  /// it) is listed once, as the command declares it.
  public var availableOptions: [OptionSpec] {
    guard let command = last else { return [] }
    var options: [OptionSpec] = []
    for option in command.options + reversed().flatMap(\.globalOptions)
    where !options.contains(where: { $0.long == option.long }) {
      options.append(option)
    }
    return options
  }

  /// The command line that runs the last command of a chain: `mlcareer show`.
  public var commandLine: String { map(\.name).joined(separator: " ") }

  /// What a usage error in the last command of a chain ends with: its usage and help pointer.
  var usageContext: UsageError.Context {
    UsageError.Context(commandLine: commandLine, usage: HelpRenderer.usage(of: self))
  }
}
