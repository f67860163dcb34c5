import CommandLineKit
import MLCareerCore

/// `mlcareer checklist [GROUP...] [--todo] [--done]`: every skill with its mark, by group.
enum ChecklistCommand: Command {
  static let name = "checklist"

  static let todo = Flag("todo", help: "Show only the items not done yet.")

  static let done = Flag("done", help: "Show only the items done.")

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "Show the learning checklist with your progress.",
    discussion: """
      Every skill of the guide is an item, marked done, learning, skipped or still to do. Mark \
      items with 'mlcareer check' and 'mlcareer uncheck'; 'mlcareer progress' sums them up.
      """,
    arguments: [SkillsCommand.group.spec],
    options: [todo.spec, done.spec, format.spec],
    examples: [
      .init("mlcareer checklist", "Show the whole checklist."),
      .init("mlcareer checklist --todo", "Show what is left to learn."),
      .init("mlcareer checklist languages frameworks --done", "Show what you know of two groups."),
      .init(
        "mlcareer checklist --format csv > checklist.csv", "Save the checklist for a spreadsheet."),
    ],
    rules: [.exclusive([todo.spec.long, done.spec.long])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = context.library().skillCatalog()
    let groupIDs = try SkillsCommand.groups(named: context.parsed[SkillsCommand.group], in: catalog)
    let state = try context.savedProgress()
    // The description makes --todo and --done exclusive.
    let filter: Checklist.Filter =
      context.parsed[todo] ? .todo : (context.parsed[done] ? .done : .all)
    let checklist = Checklist(catalog: catalog, state: state, groupIDs: groupIDs, filter: filter)
    context.print(
      context.parsed[format], json: { ChecklistRenderer.output(checklist) },
      rows: { RecordTable.checklist(checklist) },
      markdown: { ChecklistRenderer.markdown(checklist) },
      text: { options in
        guard checklist.isEmpty else { return ChecklistRenderer.text(checklist, options: options) }
        return filter == .done
          ? "Nothing is marked done yet. Mark a skill with 'mlcareer check <id>'.\n"
          : "Nothing left to learn here: every skill is done or skipped.\n"
      })
  }
}
