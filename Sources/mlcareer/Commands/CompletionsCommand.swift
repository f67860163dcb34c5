import MLCareerCore

/// `mlcareer completions bash|zsh|fish`: prints the shell's completion script.
enum CompletionsCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    // The parser has checked the name against the shells the renderer knows.
    guard let name = context.parsed.value(of: "shell"), let shell = Shell(rawValue: name) else {
      throw .failure("no completion script for this shell")
    }
    context.print(CompletionScriptRenderer.render(shell, root: MLCareerCommands.root))
  }
}
