import MLCareerCore

/// `mlcareer skills [GROUP]`: the skills by group, each with its id, level and note. Also home
/// of what the checklist commands share: group names and the progress file.
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

  /// The progress file for this process: under `XDG_STATE_HOME`, else `~/.local/state`.
  static func store(_ context: CommandContext) throws(CommandError) -> ProgressStore {
    do {
      return try ProgressStore(environment: context.terminal.environment)
    } catch {
      throw .progress(error)
    }
  }

  /// The saved progress.
  static func state(_ context: CommandContext) throws(CommandError) -> ProgressState {
    let store = try store(context)
    do {
      return try store.read()
    } catch {
      throw .progress(error)
    }
  }
}
