import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer skills [GROUP]`: the skills by group, each with its id, level and note. Also home
/// of the group argument, and its reading, that the checklist shares.
enum SkillsCommand: Command {
  static let name = "skills"

  static let group = Argument<[String]>(
    "group", help: "Show only these groups, in this order.", optional: true,
    values: .dynamic("skill-groups"))

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "Show the skills the job asks for, by group.",
    discussion: """
      Skills are grouped, for example into programming languages, frameworks, cloud platforms \
      and soft skills. Each has an id to use with 'mlcareer check'.
      """,
    arguments: [group.spec],
    options: [format.spec],
    examples: [
      .init("mlcareer skills", "Show every skill group."),
      .init("mlcareer skills languages", "Show only the programming languages."),
      .init("mlcareer skills --format json", "Print the skills as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = context.library().skillCatalog()
    let groupIDs = try groups(named: context.parsed[group], in: catalog)
    context.print(
      context.parsed[format], json: { SkillListRenderer.output(catalog, groupIDs: groupIDs) },
      rows: { RecordTable.skills(catalog, groupIDs: groupIDs) },
      markdown: { SkillListRenderer.markdown(catalog, groupIDs: groupIDs) },
      text: { SkillListRenderer.text(catalog, groupIDs: groupIDs, options: $0) })
  }

  /// The ids of the groups `names` designate, `nil` (every group) when there are none; every
  /// name that matches no group or several is reported.
  static func groups(
    named names: [String], in catalog: SkillCatalog
  ) throws(CommandError) -> [String]? {
    guard !names.isEmpty else { return nil }
    let result = catalog.resolveGroups(names)
    guard result.errors.isEmpty else { throw .skillLookup(result.errors) }
    return result.groups.map(\.id)
  }
}
