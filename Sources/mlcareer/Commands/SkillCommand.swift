import CommandLineKit
import MLCareerCore

/// `mlcareer skill ID`: one skill's page, with every place the guide mentions it and your mark.
enum SkillCommand: Command {
  static let name = "skill"

  static let id = Argument<String>("id", help: "The skill to show.", values: .dynamic("skills"))

  static let format = Option.format(OutputFormat.documents)

  static let spec = CommandSpec(
    name,
    abstract: "Show one skill: its level and why, its mentions and your mark.",
    discussion: """
      The page gives the skill's group and level with what the sources say that puts it \
      there, every place in the topics that names it with the command that shows it, your \
      mark with its date and note, and the other skills of its group.
      """,
    arguments: [id.spec],
    options: [format.spec],
    examples: [
      .init("mlcareer skill python", "Everything the guide says about Python."),
      .init("mlcareer skill pytorch --format json", "The page as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = context.library().skillCatalog()
    let result = catalog.resolveSkills([context.parsed[id]])
    guard result.errors.isEmpty, let skill = result.skills.first else {
      throw .skillLookup(result.errors)
    }
    let mentions = SkillMentions(of: [skill], in: context.library())
    let page = SkillPage(
      skill, catalog: catalog, progress: try context.savedProgress(), mentions: mentions)
    switch context.parsed[format] {
    case .json: context.print(json: page.json())
    case .markdown: context.print(page.markdown())
    default: context.print(page.text(options: context.renderOptions))
    }
  }
}
