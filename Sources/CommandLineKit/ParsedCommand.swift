/// A command line understood by `CommandLineParser`: which command to run and with what.
///
/// Ask `helpRequest` (or `wantsHelp`) first: when it is set the arguments were not checked and
/// the caller should print help instead of running the command.
public struct ParsedCommand: Sendable {
  /// What help the user asked for.
  public enum HelpRequest: Equatable, Sendable {
    /// `mlcareer` alone: the short overview (`HelpRenderer.overview`).
    case overview
    /// `mlcareer help show`, `mlcareer show --help` or `mlcareer --help`: the full help of the
    /// last command of the chain, which starts with the root (`HelpRenderer.help`).
    case command([CommandSpec])
  }

  /// The commands from the root down to the one to run, such as `[mlcareer, show]`.
  package let commands: [CommandSpec]
  /// The positional values, in order (after `--` too).
  public let arguments: [String]
  /// What help was asked for, if any.
  public let helpRequest: HelpRequest?
  /// The values of the options given, by long name, in the order given.
  package let optionValues: [String: [String]]
  /// The long names of the flags given.
  package let flags: Set<String>

  /// The command to run.
  package var command: CommandSpec { commands[commands.count - 1] }

  /// The names of the commands below the root, such as `["show"]`; empty for the root.
  public var path: [String] { commands.dropFirst().map(\.name) }

  /// Whether to print help instead of running the command.
  package var wantsHelp: Bool { helpRequest != nil }

  /// Whether `--version` was given.
  package var wantsVersion: Bool { flag("version") }

  /// The value of option `name` (long name, no dashes) or of argument `name`: for an option the
  /// last one given, else its default; for an argument the first value. `nil` when absent.
  public func value(of name: String) -> String? {
    if let option = option(named: name) {
      if let given = optionValues[name] { return given.last }
      return option.defaultValue
    }
    return values(of: name).first
  }

  /// Every value of option `name` (long name, no dashes), or its default when not given; or
  /// every value taken by argument `name`.
  public func values(of name: String) -> [String] {
    if let option = option(named: name) {
      if let given = optionValues[name] { return given }
      return option.defaultValue.map { [$0] } ?? []
    }
    guard let index = command.arguments.firstIndex(where: { $0.name == name }) else {
      assertionFailure("'\(name)' is neither an option nor an argument of \(commands.commandLine)")
      return []
    }
    // Arguments take one value each in order; a variadic last one takes the rest.
    guard index < arguments.count else { return [] }
    if command.arguments[index].isVariadic {
      return Array(arguments[index...])
    }
    return [arguments[index]]
  }

  /// The option `name` (long name) that `commands.availableOptions` lists first: the
  /// command's own, else a global one of the nearest command that has it. Found without
  /// building that list at every call.
  private func option(named name: String) -> DeclaredOption? {
    guard let command = commands.last else { return nil }
    // Only what is asked for is read out of the matching spec, by its place: copying the whole
    // `OptionSpec` out as an optional had the runtime build that optional's metadata at
    // the start of every command.
    for index in command.options.indices where command.options[index].long == name {
      return DeclaredOption(defaultValue: command.options[index].defaultValue)
    }
    for spec in commands.reversed() {
      for index in spec.globalOptions.indices where spec.globalOptions[index].long == name {
        return DeclaredOption(defaultValue: spec.globalOptions[index].defaultValue)
      }
    }
    return nil
  }

  /// What `value(of:)` and `values(of:)` need of a declared option.
  private struct DeclaredOption {
    let defaultValue: String?
  }

  /// Whether flag `name` (long name, no dashes) was given.
  public func flag(_ name: String) -> Bool {
    flags.contains(name)
  }

  /// Whether option `name` (long name, no dashes) was given, as opposed to defaulted.
  public func isGiven(_ name: String) -> Bool {
    flags.contains(name) || optionValues[name] != nil
  }
}
