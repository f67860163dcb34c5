import MLCareerCore

/// `mlcareer checklist [GROUP...] [--todo] [--done]`: every skill with its mark, by group.
enum ChecklistCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = try CommandContext.skillCatalog()
    let groupIDs = try SkillsCommand.groups(named: context.parsed.arguments, in: catalog)
    let state = try context.savedProgress()
    let todo = context.parsed.flag("todo")
    let done = context.parsed.flag("done")
    let filter: Checklist.Filter = todo == done ? .all : (todo ? .todo : .done)
    let checklist = Checklist(catalog: catalog, state: state, groupIDs: groupIDs, filter: filter)
    switch context.format {
    case "json":
      context.print(ChecklistRenderer.json(checklist))
    case "markdown":
      context.print(ChecklistRenderer.markdown(checklist))
    default:
      if checklist.isEmpty {
        context.print(
          filter == .done
            ? "Nothing is marked done yet. Mark a skill with 'mlcareer check <id>'.\n"
            : "Nothing left to learn here: every skill is done or skipped.\n")
      } else {
        context.print(ChecklistRenderer.text(checklist, options: context.renderOptions))
      }
    }
  }
}
