import CommandLineKit
import MLCareerCore

/// `mlcareer progress [--path] [--reset [--yes]]`: the summary of the checklist, where it is
/// saved, or a fresh start.
enum ProgressCommand: Command {
  static let name = "progress"

  static let path = Flag("path", help: "Print the path of the progress file instead.")

  static let reset = Flag("reset", help: "Clear every mark of the checklist.")

  static let yes = Flag("yes", help: "Do not ask for confirmation before --reset.")

  static let history = Flag(
    "history", help: "Show the marks over time: skills done per month or week, latest marks.")

  static let period = Option<ProgressHistory.Period>(
    "by", value: "period", help: "Count --history by month or by week.", default: .month)

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "Sum up your checklist progress, overall and by group.",
    discussion: """
      Progress is saved in $XDG_STATE_HOME/mlcareer/progress.json (~/.local/state when \
      XDG_STATE_HOME is not set). --reset clears every mark after asking for confirmation. \
      --history charts the skills done over time and lists the latest marks with their dates \
      and notes; its json, csv and tsv give one row a dated mark.
      """,
    options: [path.spec, reset.spec, yes.spec, history.spec, period.spec, format.spec],
    examples: [
      .init("mlcareer progress", "See how much of the checklist is done."),
      .init("mlcareer progress --path", "Print where the progress is saved."),
      .init("mlcareer progress --history --by week", "See what you learned week by week."),
      .init("mlcareer progress --reset --yes", "Start over without being asked."),
    ],
    rules: [
      .exclusive([path.spec.long, reset.spec.long, history.spec.long]),
      .requires(yes.spec.long, reset.spec.long), .requires(period.spec.long, history.spec.long),
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
    let catalog = context.library().skillCatalog()
    let state = try context.savedProgress()
    let marks = ProgressHistory(state: state, catalog: catalog)
    let format = context.parsed[format]
    if context.parsed[history] {
      let by = context.parsed[period]
      context.print(
        format, json: { ["marks": marks.json(datedOnly: true)] }, rows: { marks.rows() },
        text: { marks.text(by: by, recent: 10, options: $0) })
      return
    }
    let mentions = SkillMentions(of: catalog.skills, in: context.library())
    let plan = LearningPlan(catalog: catalog, state: state, mentions: mentions)
    let summary = ProgressSummary(catalog: catalog, state: state, plan: plan)
    context.print(
      format, json: { ProgressRenderer.output(summary, marks: marks.json(datedOnly: false)) },
      rows: { RecordTable.progress(summary) },
      text: { ProgressRenderer.text(summary, latest: marks.latest(3, options: $0), options: $0) })
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
      // Declining is the user's choice, not an error; the status still says nothing was done.
      guard answer == "y" || answer == "yes" else {
        Console.error("Nothing was changed.\n")
        throw .silentFailure
      }
    }
    try catching(CommandError.progress) { () throws(ProgressStoreError) in
      try store.replace(with: ProgressState())
    }
    context.console.savedIn = store.path
    context.print("Progress cleared: every skill is to do again.\n")
  }
}
