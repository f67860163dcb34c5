import CommandLineKit

/// One of mlcareer's commands: its name, its description, its options and what it does, in one
/// type, registered by listing it in `MLCareerTool.commands`. Its options are `static let`
/// `Option`, `Flag` and `Argument` values it reads typed from `context.parsed`.
/// Its type is `SendableMetatype`, so the list of commands can be shared across threads.
protocol Command: SendableMetatype {
  /// The name people type, the name of `spec`; known without building the description.
  static var name: String { get }

  /// Whether help, completions and suggestions leave the command out (it still runs).
  static var isHidden: Bool { get }

  /// The command's description, built when a command line names it or help lists it.
  static var spec: CommandSpec { get }

  static func run(_ context: inout CommandContext) throws(CommandError)
}

extension Command {
  /// Commands are listed unless they say otherwise.
  static var isHidden: Bool { false }
}
