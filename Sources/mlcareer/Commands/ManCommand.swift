import MLCareerCore

/// `mlcareer man`: prints the manual page in roff, for `man -l -` or a man1 folder.
enum ManCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    context.print(
      ManPageRenderer.render(MLCareerCommands.root, details: MLCareerCommands.manPageDetails))
  }
}
