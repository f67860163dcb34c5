import CommandLineKit
import MLCareerCore

/// `mlcareer plan [-n N] [--group G]...`: what to learn next, each step with its reason.
enum PlanCommand: Command {
  static let name = "plan"

  static let limit = Option.wholeNumber(
    "limit", short: "n", value: "n", help: "Show at most this many steps.", in: 1...1_000_000,
    default: 10)

  static let all = Flag("all", short: "a", help: "Show every step, whatever --limit says.")

  static let groups = Option<[String]>(
    repeatable: "group", value: "group", help: "Plan only this group (may be repeated).",
    values: .dynamic("skill-groups"))

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "List what to learn next, each step with its reason.",
    discussion: """
      First what you are learning, then the skills left in the order the sources support: core \
      before desirable before emerging, and within a level the skills the guide mentions in \
      more places first. Skills done or skipped are left out. The sources give no \
      prerequisites, so the plan assumes none.
      """,
    options: [limit.spec, all.spec, groups.spec, format.spec],
    examples: [
      .init("mlcareer plan", "The next ten steps."),
      .init("mlcareer plan -n 3 --group frameworks", "The next three frameworks to learn."),
      .init("mlcareer plan --all --format csv > plan.csv", "The whole plan for a spreadsheet."),
    ],
    rules: [.exclusive([all.spec.long, limit.spec.long])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = context.library().skillCatalog()
    let groupIDs = try SkillsCommand.groups(named: context.parsed[groups], in: catalog)
    let mentions = SkillMentions(of: catalog.skills, in: context.library())
    let plan = LearningPlan(
      catalog: catalog, state: try context.savedProgress(), mentions: mentions, groupIDs: groupIDs)
    let limit = context.parsed[all] ? nil : context.parsed[limit]
    context.print(
      context.parsed[format], json: { plan.json(limit: limit) }, rows: { plan.rows(limit: limit) },
      text: { plan.text(limit: limit, options: $0) })
  }
}
