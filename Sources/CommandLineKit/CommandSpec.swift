/// The description of one command: what the parser accepts and what help, usage errors, the man
/// page and the completion scripts say about it.
///
/// A tree of these describes a whole tool; `MLCareerCommands.root` is mlcareer's.
public struct CommandSpec: Hashable, Sendable {
  /// A command line shown in help with what it does.
  package struct Example: Hashable, Sendable {
    /// The command line as typed, starting with the tool's name.
    package var command: String
    /// What it does, one sentence.
    package var explanation: String

    /// Creates an example.
    package init(_ command: String, _ explanation: String) {
      self.command = command
      self.explanation = explanation
    }
  }

  /// The name as typed, such as `show`; the root's is the tool's name.
  package var name: String
  /// One line saying what the command does.
  package var abstract: String
  /// Paragraphs (separated by blank lines) saying more; may be empty.
  package var discussion: String
  /// The positional arguments, in order; only the last may be variadic.
  package var arguments: [ArgumentSpec]
  /// The options of this command alone.
  package var options: [OptionSpec]
  /// Options accepted by this command and every command below it, such as `--help`.
  package var globalOptions: [OptionSpec]
  /// Typical command lines.
  package var examples: [Example]
  /// The commands below this one, such as the root's `show`.
  package var subcommands: [CommandSpec]
  /// Whether help, completions and suggestions leave the command out (it still parses).
  package var isHidden: Bool
  /// What the options given must satisfy together, checked by the parser.
  package var rules: [OptionRule]

  /// Creates a command.
  package init(
    _ name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], globalOptions: [OptionSpec] = [], examples: [Example] = [],
    rules: [OptionRule] = [], subcommands: [CommandSpec] = [], hidden: Bool = false
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.globalOptions = globalOptions
    self.examples = examples
    self.subcommands = subcommands
    self.isHidden = hidden
    self.rules = rules
  }

  /// The subcommands help and completions show.
  package var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.isHidden } }

  /// The subcommand called `name`, hidden ones included.
  package func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }

  /// The chain of commands from this one down along `names` (this one first), or `nil` when a
  /// name is not a subcommand.
  package func chain(_ names: [String]) -> [CommandSpec]? {
    var chain = [self]
    for name in names {
      guard let next = chain[chain.count - 1].subcommand(named: name) else { return nil }
      chain.append(next)
    }
    return chain
  }
}

/// How the options of one command depend on each other; breaking a rule is a usage error.
public enum OptionRule: Hashable, Sendable {
  /// At most one of these options (long names, no dashes) may be given, such as `--todo` and
  /// `--done`.
  case exclusive([String])
  /// The first option (long name, no dashes) may be given only together with the second, such
  /// as `--yes` with `--reset`.
  case requires(String, String)
}

extension Array where Element == CommandSpec {
  /// The options the last command of a chain accepts: its own, then the global ones of every
  /// command in the chain, nearest first.
  package var availableOptions: [OptionSpec] {
    guard let command = last else { return [] }
    return command.options + reversed().flatMap(\.globalOptions)
  }

  /// The command line that runs the last command of a chain: `mlcareer show`.
  package var commandLine: String { map(\.name).joined(separator: " ") }
}
