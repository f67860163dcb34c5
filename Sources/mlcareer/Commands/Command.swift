import CommandLineKit

/// One of mlcareer's commands: its description (what the parser accepts and what help, the man
/// page and the completions say) and what it does, in one type.
///
/// The root lists these types in `MLCareerTool.commands`; it builds its description from their
/// specs and runs the one the parser matched.
protocol Command {
  /// The command's description; its name is what people type.
  static var spec: CommandSpec { get }

  /// The name people type, `spec.name`. The reading commands give it as a constant so that
  /// dispatching to them builds no other command's description.
  static var name: String { get }

  /// Does the command's work, writing to `context`.
  static func run(_ context: inout CommandContext) throws(CommandError)
}

extension Command {
  /// The name of `spec`.
  static var name: String { spec.name }
}
