import CommandLineKit
import MLCareerCore

/// `mlcareer help [COMMAND]` and `--help` on any command: prints the help the parser asked for.
enum HelpCommand: Command {
  static let name = "help"

  static let spec = CommandSpec(
    name,
    abstract: "Show help for mlcareer or one of its commands.",
    arguments: [
      ArgumentSpec("command", help: "The command to explain.", optional: true, values: .commands)
    ],
    examples: [
      .init("mlcareer help", "Show the overview of every command."),
      .init("mlcareer help salaries", "Explain the salaries command."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    guard let help = context.parsed.helpRequest else { return }
    context.print(
      HelpRenderer.render(help, root: MLCareerCommands.root, width: context.helpWidth))
  }
}
