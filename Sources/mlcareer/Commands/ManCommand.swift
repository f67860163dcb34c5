import CommandLineKit
import MLCareerCore

/// `mlcareer man`: the manual page, in roff for `man -l -` or a man1 folder when piped; on a
/// terminal formatted by `man`, else the help of every command as plain text.
enum ManCommand: Command {
  static let name = "man"

  static let spec = CommandSpec(
    name,
    abstract: "Show mlcareer's manual page: formatted on a terminal, roff when piped.",
    examples: [
      .init("mlcareer man", "Read the manual."),
      .init("mlcareer man > ~/.local/share/man/man1/mlcareer.1", "Install it for 'man mlcareer'."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let root = MLCareerCommands.root
    guard !context.terminal.isTerminal || context.terminal.finds("man") else {
      let chains = [[root]] + root.visibleSubcommands.map { [root, $0] }
      context.print(
        chains.map { HelpRenderer.render(.command($0), root: root, width: context.helpWidth) }
          .joined(separator: "\n"))
      return
    }
    // man pages by itself; `--no-pager` reaches it as MANPAGER=cat.
    context.console.filter = (context.console.mayPage ? "" : "MANPAGER=cat ") + "man -l -"
    context.print(ManPageRenderer.render(root, details: MLCareerCommands.manPageDetails))
  }
}
