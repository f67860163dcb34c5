import CommandLineKit
import MLCareerCore

/// `mlcareer check ID... [--learning | --skip] [--note TEXT]` and `mlcareer uncheck ID...`:
/// marks skills with today's date (UTC), every name resolved before the file is touched, so one
/// typo saves nothing.
enum CheckCommand: Command {
  static let name = "check"

  static let ids = Argument<[String]>(
    "id", help: "The skills to mark.", values: .dynamic("skills"))

  static let learning = Flag("learning", help: "Mark as being learned instead of done.")

  static let skip = Flag("skip", help: "Mark as skipped: not something you plan to learn.")

  static let note = Option<String?>(
    "note", value: "text",
    help: "Keep a note with the mark, such as a course or a link to your work (\"\" removes it).",
    expected: "a note of at most \(ProgressState.noteLimit) characters",
    convert: { $0.count <= ProgressState.noteLimit ? $0 : nil })

  static let spec = CommandSpec(
    name,
    abstract: "Mark checklist items as done, being learned or skipped.",
    discussion: """
      Items are named by skill id, title or unique prefix. Each mark keeps the day it was set \
      (UTC) and an optional note. The marks are saved in the progress file (see 'mlcareer \
      progress --path').
      """,
    arguments: [ids.spec],
    options: [learning.spec, skip.spec, note.spec],
    examples: [
      .init("mlcareer check python", "Mark Python as done."),
      .init("mlcareer check pytorch tensorflow --learning", "Mark two frameworks as in progress."),
      .init("mlcareer check r --skip", "Leave R out of your plan."),
      .init(
        "mlcareer check keras --note \"course, week 3\"", "Mark Keras as done, with a note."),
    ],
    rules: [.exclusive([learning.spec.long, skip.spec.long])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    // The description makes --learning and --skip exclusive.
    let state: SkillState =
      context.parsed[learning] ? .learning : (context.parsed[skip] ? .skipped : .done)
    try mark(&context, context.parsed[ids], as: state, note: context.parsed[note])
  }

  /// Marks the skills `names` designate as `state` (`uncheck` passes `.todo`).
  static func mark(
    _ context: inout CommandContext, _ names: [String], as state: SkillState, note: String? = nil
  ) throws(CommandError) {
    let catalog = context.library().skillCatalog()
    let result = catalog.resolveSkills(names)
    guard result.errors.isEmpty else { throw .skillLookup(result.errors) }
    let store = try context.progressStore()
    let today = ProgressState.today()
    let saved = try catching(CommandError.progress) { () throws(ProgressStoreError) in
      try store.update { progress in
        for skill in result.skills { progress.set(state, for: skill.id, date: today, note: note) }
      }
    }
    context.console.savedIn = store.path
    for skill in result.skills {
      context.print("\(state.checkbox) \(skill.name)\n")
    }
    let overall = ProgressSummary(catalog: catalog, state: saved).overall
    let percent = overall.percent.map { "\($0)%" } ?? "-"
    context.print("Progress: \(percent) (\(overall.done) of \(overall.counted) skills done)\n")
  }
}
