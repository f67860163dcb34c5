import CommandLineKit
import MLCareerCore

/// `mlcareer check ID... [--learning | --skip]` and `mlcareer uncheck ID...`: marks skills.
///
/// Every name is resolved before the file is touched, so one typo saves nothing.
enum CheckCommand: Command {
  /// What the command accepts and what its help says.
  static let spec = CommandSpec(
    "check",
    abstract: "Mark checklist items as done, being learned or skipped.",
    discussion: """
      Items are named by skill id, title or unique prefix. The marks are saved in the progress \
      file (see 'mlcareer progress --path').
      """,
    arguments: [
      ArgumentSpec("id", help: "The skills to mark.", variadic: true, values: .dynamic("skills"))
    ],
    options: [
      .flag("learning", help: "Mark as being learned instead of done."),
      .flag("skip", help: "Mark as skipped: not something you plan to learn."),
    ],
    examples: [
      .init("mlcareer check python", "Mark Python as done."),
      .init("mlcareer check pytorch tensorflow --learning", "Mark two frameworks as in progress."),
      .init("mlcareer check r --skip", "Leave R out of your plan."),
    ],
    rules: [.exclusive(["learning", "skip"])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    try mark(&context, state: nil)
  }

  /// Marks the named skills: `state` nil takes it from the flags (`check`); `uncheck` passes
  /// `.todo`.
  static func mark(_ context: inout CommandContext, state fixed: SkillState?) throws(CommandError) {
    let learning = context.parsed.flag("learning")
    let skip = context.parsed.flag("skip")
    let state = fixed ?? (learning ? .learning : (skip ? .skipped : .done))
    let catalog = try context.skillCatalog()
    let result = catalog.resolveSkills(context.parsed.arguments)
    guard result.errors.isEmpty else { throw .skillLookup(result.errors) }
    let store = try context.progressStore()
    let saved: ProgressState
    do {
      saved = try store.update { progress in
        for skill in result.skills { progress.set(state, for: skill.id) }
      }
    } catch {
      throw .progress(error)
    }
    for skill in result.skills {
      context.print("\(state.checkbox) \(skill.name)\n")
    }
    let overall = ProgressSummary(catalog: catalog, state: saved).overall
    let percent = overall.percent.map { "\($0)%" } ?? "-"
    context.print("Progress: \(percent) (\(overall.done) of \(overall.counted) skills done)\n")
  }
}
