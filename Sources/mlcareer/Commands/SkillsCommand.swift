import MLCareerCore

/// `mlcareer skills [GROUP]`: the skills by group, each with its id, level and note. Also home
/// of the group names the checklist shares.
enum SkillsCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let catalog = try CommandContext.skillCatalog()
    let groupIDs = try groups(named: context.parsed.arguments, in: catalog)
    switch context.format {
    case "json":
      context.print(SkillListRenderer.json(catalog, groupIDs: groupIDs))
    case "markdown":
      context.print(SkillListRenderer.markdown(catalog, groupIDs: groupIDs))
    default:
      context.print(
        SkillListRenderer.text(catalog, groupIDs: groupIDs, options: context.renderOptions))
    }
  }

  /// The ids of the groups `names` designate, `nil` (every group) when there are none; every
  /// name that matches no group or several is reported.
  static func groups(
    named names: [String], in catalog: SkillCatalog
  ) throws(CommandError) -> [String]? {
    guard !names.isEmpty else { return nil }
    let result = catalog.resolveGroups(names)
    guard result.errors.isEmpty else { throw .skillLookup(result.errors) }
    return result.ids
  }
}
