import MLCareerCore

/// `mlcareer check ID... [--learning | --skip]` and `mlcareer uncheck ID...`: marks skills.
///
/// Every name is resolved before the file is touched, so one typo saves nothing.
enum CheckCommand {
  /// Runs `check` (`state` nil: from the flags) or `uncheck` (`state` `.todo`).
  static func run(_ context: inout CommandContext, state fixed: SkillState?) throws(CommandError) {
    do {
      try context.parsed.requireAtMostOne(of: ["learning", "skip"])
    } catch {
      throw .usage(error)
    }
    let learning = context.parsed.flag("learning")
    let skip = context.parsed.flag("skip")
    let state = fixed ?? (learning ? .learning : (skip ? .skipped : .done))
    let catalog = try CommandContext.skillCatalog()
    let result = catalog.resolveSkills(context.parsed.arguments)
    guard result.errors.isEmpty else { throw .skillLookup(result.errors) }
    let store = try context.progressStore()
    let saved: ProgressState
    do {
      saved = try store.update { progress in
        for id in result.ids { progress.set(state, for: id) }
      }
    } catch {
      throw .progress(error)
    }
    for id in result.ids {
      context.print("\(state.checkbox) \(catalog.skill(id)!.name)\n")
    }
    let overall = ProgressSummary(catalog: catalog, state: saved).overall
    let percent = overall.percent.map { "\($0)%" } ?? "-"
    context.print("Progress: \(percent) (\(overall.done) of \(overall.counted) skills done)\n")
  }
}
