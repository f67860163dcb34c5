import CommandLineKit
import MLCareerCore

/// `mlcareer progress [--path] [--reset [--yes]]`: the summary of the checklist, where it is
/// saved, or a fresh start.
enum ProgressCommand: Command {
  static let name = "progress"

  static let path = Flag("path", help: "Print the path of the progress file instead.")

  static let reset = Flag("reset", help: "Clear every mark of the checklist.")

  static let yes = Flag("yes", help: "Do not ask for confirmation before --reset.")

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "Sum up your checklist progress, overall and by group.",
    discussion: """
      Progress is saved in $XDG_STATE_HOME/mlcareer/progress.json (~/.local/state when \
      XDG_STATE_HOME is not set). --reset clears every mark after asking for confirmation.
      """,
    options: [path.spec, reset.spec, yes.spec, format.spec],
    examples: [
      .init("mlcareer progress", "See how much of the checklist is done."),
      .init("mlcareer progress --path", "Print where the progress is saved."),
      .init("mlcareer progress --reset --yes", "Start over without being asked."),
    ],
    rules: [
      .exclusive([path.spec.long, reset.spec.long]), .requires(yes.spec.long, reset.spec.long),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    if context.parsed[path] {
      context.print(try context.progressStore().path + "\n")
      return
    }
    if context.parsed[reset] {
      try clear(&context)
      return
    }
    let catalog = try context.skillCatalog()
    let summary = ProgressSummary(catalog: catalog, state: try context.savedProgress())
    let format = context.parsed[format]
    switch format {
    case .json:
      context.print(json: ProgressRenderer.output(summary))
    case .markdown:
      context.print(RecordTable.markdown(RecordTable.progress(summary)))
    case .csv, .tsv:
      context.print(rows: RecordTable.progress(summary), as: format)
    case .text, .html:  // the parser takes html for export only
      context.print(ProgressRenderer.text(summary, options: context.renderOptions))
    }
  }

  /// Clears every mark: at once with `--yes`, after a yes to a question on a terminal, never
  /// when nobody can be asked.
  private static func clear(_ context: inout CommandContext) throws(CommandError) {
    let store = try context.progressStore()
    if !context.parsed[yes] {
      guard context.terminal.inputIsTerminal else {
        throw .failure(
          "progress --reset asks for confirmation, but standard input is not a terminal; "
            + "add --yes to clear every mark without asking")
      }
      Console.error("Clear every mark in \(store.path.terminalSafe(limit: 1000))? [y/N] ")
      let answer = readLine(strippingNewline: true)?.lowercased() ?? ""
      guard answer == "y" || answer == "yes" else {
        throw .failure("reset cancelled; nothing was changed")
      }
    }
    try catching(CommandError.progress) { () throws(ProgressStoreError) in
      try store.replace(with: ProgressState())
    }
    context.print("Progress cleared: every skill is to do again.\n")
  }
}
