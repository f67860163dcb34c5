import CommandLineKit
import MLCareerCore

/// `mlcareer man`: prints the manual page in roff, for `man -l -` or a man1 folder.
enum ManCommand: Command {
  static let name = "man"

  static let spec = CommandSpec(
    name,
    abstract: "Print mlcareer's manual page (roff).",
    examples: [
      .init("mlcareer man | man -l -", "Read the manual."),
      .init("mlcareer man > ~/.local/share/man/man1/mlcareer.1", "Install it for 'man mlcareer'."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    context.print(
      ManPageRenderer.render(MLCareerCommands.root, details: MLCareerCommands.manPageDetails))
  }
}
