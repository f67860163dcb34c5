import CommandLineKit
import MLCareerCore

/// `mlcareer completions bash|zsh|fish`: prints the shell's completion script.
enum CompletionsCommand: Command {
  static let name = "completions"

  static let shell = Argument<Shell>("shell", help: "The shell to write the script for.")

  static let spec = CommandSpec(
    name,
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The scripts complete commands, options and their values, including topic, section, skill \
      and group names.

      bash: add 'source <(mlcareer completions bash)' to ~/.bashrc.
      zsh: save the script as _mlcareer in a directory of your $fpath.
      fish: save it as ~/.config/fish/completions/mlcareer.fish.
      """,
    arguments: [shell.spec],
    examples: [
      .init("source <(mlcareer completions bash)", "Turn on completions in the current bash."),
      .init(
        "mlcareer completions zsh > ~/.zfunc/_mlcareer",
        "Install them for zsh, with ~/.zfunc in $fpath before compinit runs."),
      .init(
        "mlcareer completions fish > ~/.config/fish/completions/mlcareer.fish",
        "Install them for fish."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    context.print(
      CompletionScriptRenderer.render(context.parsed[shell], root: MLCareerCommands.root))
  }
}
