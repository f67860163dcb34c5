import GuideModel
import JSON
import Markdown
import TerminalText
import TextSupport

/// Renders the skills of chosen groups for `mlcareer skills`: what each is, its id and level.
package enum SkillListRenderer {
  /// On a terminal, per group a heading with its id and summary, then per skill its name, id
  /// and level with the note wrapped beneath. Piped, one skill a line as
  /// `id<TAB>name<TAB>group<TAB>level<TAB>note`, for `grep` and `cut`.
  package static func text(
    _ catalog: SkillCatalog, groupIDs: [String]? = nil, options: RenderOptions
  ) -> String {
    let groups = catalog.groups(groupIDs)
    guard options.isTerminal else {
      return SeparatedValues.tsv(
        groups.flatMap { catalog.skills(in: $0.id) }.map {
          [$0.id, $0.name, $0.group, $0.level.name, $0.note]
        })
    }
    var blocks: [String] = []
    for group in groups {
      let heading = TextStyle.heading.apply(group.name, color: options.color)
      let id = TextStyle.note.apply(group.id, color: options.color)
      var lines =
        heading.displayWidth + 2 + id.displayWidth <= options.width
        ? [heading + "  " + id] : [heading, id]
      lines += TextWrapper.wrap(
        StyledText(group.summary, style: .summary), width: options.measure, color: options.color)
      for skill in catalog.skills(in: group.id) {
        let name = TextStyle.bold.apply(skill.name, color: options.color)
        let id = TextStyle.code.apply(skill.id, color: options.color)
        let level = (skill.level == .core ? [] : TextStyle.note).apply(
          skill.level.name, color: options.color)
        lines.append("")
        // Escape codes take no columns, so the styled line measures as the text it shows.
        let title = "  " + name + "  " + id + "  " + level
        lines +=
          title.displayWidth <= options.width ? [title] : ["  " + name, "  " + id + "  " + level]
        lines += TextWrapper.wrap(
          StyledText(skill.note), width: options.measure, firstPrefix: StyledText("    "),
          color: options.color)
      }
      blocks.append(lines.joined(separator: "\n") + "\n")
    }
    let hint = options.wrap(
      "Mark a skill with 'mlcareer check <id>'; see them all with 'mlcareer checklist'.",
      style: .note)
    return blocks.joined(separator: "\n") + "\n" + hint.joined(separator: "\n") + "\n"
  }

  /// Per group a `##` heading and its summary, then `- **Name** (`id`, level): note`.
  package static func markdown(_ catalog: SkillCatalog, groupIDs: [String]? = nil) -> String {
    catalog.groups(groupIDs).map { group in
      var text = "## \(group.name.markdownEscaped)\n\n\(group.summary)\n\n"
      for skill in catalog.skills(in: group.id) {
        text +=
          "- **\(skill.name.markdownEscaped)** (`\(skill.id)`, \(skill.level.name)): "
          + "\(skill.note)\n"
      }
      return text
    }.joined(separator: "\n")
  }

  /// `{"groups": [...], "skills": [...]}` with every field of the data, aliases and sources
  /// included.
  package static func output(_ catalog: SkillCatalog, groupIDs: [String]? = nil) -> JSONOutput {
    let groups = catalog.groups(groupIDs)
    let groupValues: [JSONOutput] = groups.map { group in
      [
        "id": .string(group.id), "name": .string(group.name), "summary": .string(group.summary),
        "aliases": .array(group.aliases.map(JSONOutput.string)),
      ]
    }
    let skillValues: [JSONOutput] = groups.flatMap { catalog.skills(in: $0.id) }.map { skill in
      [
        "id": .string(skill.id), "name": .string(skill.name), "group": .string(skill.group),
        "level": .string(skill.level.name), "levelBasis": .string(skill.levelBasis),
        "note": .string(skill.note), "aliases": .array(skill.aliases.map(JSONOutput.string)),
        "sources": .array(skill.sources.map(JSONOutput.string)),
      ]
    }
    return ["groups": .array(groupValues), "skills": .array(skillValues)]
  }

}
