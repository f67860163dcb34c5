/// The commands about the tool itself: completion scripts, the man page, help, and the hidden
/// `__complete` the scripts call.
extension MLCareerCommands {
  static let completions = CommandSpec(
    "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The scripts complete commands, options and their values, including topic, section, skill \
      and group names.

      bash: add 'source <(mlcareer completions bash)' to ~/.bashrc.
      zsh: save the script as _mlcareer in a directory of your $fpath.
      fish: save it as ~/.config/fish/completions/mlcareer.fish.
      """,
    arguments: [ArgumentSpec("shell", help: "The shell to write the script for.", values: .shells)],
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

  static let man = CommandSpec(
    "man",
    abstract: "Print mlcareer's manual page (roff).",
    examples: [
      .init("mlcareer man | man -l -", "Read the manual."),
      .init("mlcareer man > ~/.local/share/man/man1/mlcareer.1", "Install it for 'man mlcareer'."),
    ]
  )

  static let help = CommandSpec(
    "help",
    abstract: "Show help for mlcareer or one of its commands.",
    arguments: [
      ArgumentSpec("command", help: "The command to explain.", optional: true, values: .commands)
    ],
    examples: [
      .init("mlcareer help", "Show the overview of every command."),
      .init("mlcareer help salaries", "Explain the salaries command."),
    ]
  )

  static let complete = CommandSpec(
    "__complete",
    abstract: "Print names for the completion scripts, one per line.",
    arguments: [
      ArgumentSpec(
        "kind", help: "What to list.", values: .choices(ValueSource.completionKinds)),
      ArgumentSpec("topic", help: "The topic whose sections to list.", optional: true),
    ],
    hidden: true
  )
}
