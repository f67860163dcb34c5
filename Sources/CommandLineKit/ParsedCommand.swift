/// A command line understood by `CommandLineParser`: which command to run and with what. When
/// `helpRequest` is set the arguments were not checked: print help instead of running it. A
/// class, as nothing changes it once parsed: a struct of five arrays was copied field by field
/// wherever a command took it, by a routine that made their types at run time.
public final class ParsedCommand: Sendable {
  /// What help the user asked for.
  public enum HelpRequest: Sendable {
    /// `mlcareer` alone: the short overview (`HelpRenderer.overview`).
    case overview
    /// `mlcareer help show`, `mlcareer show --help` or `mlcareer --help`: the full help of the
    /// last command of the chain, which starts with the root (`HelpRenderer.help`).
    case command([CommandSpec])
  }

  /// The commands from the root down to the one to run, such as `[mlcareer, show]`.
  public let commands: [CommandSpec]
  /// The positional values, in order (after `--` too).
  public let arguments: [String]
  /// What help was asked for, if any.
  public let helpRequest: HelpRequest?
  /// The options given, each once, in the order first given.
  public let optionValues: [OptionValue]

  /// An option given on the command line: its long name and its values in the order given
  /// (none for a flag). A struct, not a tuple: an array of tuples has its type made at run
  /// time, a cost every command line with an option would pay.
  public struct OptionValue: Sendable {
    /// The option's long name, such as `format`.
    public let long: String
    /// The values given, in order.
    public var values: [String]
  }

  init(
    commands: [CommandSpec], arguments: [String], helpRequest: HelpRequest?,
    optionValues: [OptionValue]
  ) {
    self.commands = commands
    self.arguments = arguments
    self.helpRequest = helpRequest
    self.optionValues = optionValues
  }

  /// The command to run.
  public var command: CommandSpec { commands[commands.count - 1] }

  /// The names of the commands below the root, such as `["show"]`; empty for the root.
  public var path: [String] { commands.dropFirst().map(\.name) }

  /// The values given to `option`, in order (none for a flag); `nil` when it was not given.
  public func given(_ option: OptionSpec) -> [String]? {
    assert(
      commands.availableOptions.contains { $0.long == option.long },
      "--\(option.long) is not an option of \(commands.commandLine)")
    return optionValues.first { $0.long == option.long }?.values
  }

  /// The positional values `argument` of the command takes: one each in order, the rest for a
  /// variadic last one; none when absent.
  public func given(_ argument: ArgumentSpec) -> [String] {
    guard let index = command.arguments.firstIndex(where: { $0.name == argument.name }) else {
      assertionFailure("<\(argument.name)> is not an argument of \(commands.commandLine)")
      return []
    }
    guard index < arguments.count else { return [] }
    return argument.isVariadic ? Array(arguments[index...]) : [arguments[index]]
  }
}
