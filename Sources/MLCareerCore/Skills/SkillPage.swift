import GuideModel
import JSON
import Markdown
import TerminalText

/// Everything the guide and the progress file say about one skill, for `mlcareer skill ID`:
/// the skill, the places in the topics that mention it, the person's mark, and the other
/// skills of its group with theirs.
package struct SkillPage: Sendable {
  /// The skill and its mark.
  package let item: Checklist.Item
  package let group: SkillGroup?
  /// The places in the topics that name it, in reading order.
  package let places: [SkillMentions.Place]
  /// The other skills of its group, with their marks.
  package let others: [Checklist.Item]

  /// The page of `skill` in `catalog`, with its `mentions` and the marks of `progress`.
  package init(
    _ skill: Skill, catalog: SkillCatalog, progress: ProgressState, mentions: SkillMentions
  ) {
    item = Checklist.Item(skill, in: progress)
    group = catalog.group(skill.group)
    places = mentions.places[skill.id] ?? []
    others = catalog.skills(in: skill.group).filter { $0.id != skill.id }.map {
      Checklist.Item($0, in: progress)
    }
  }

  /// `done on 2026-12-06: note`, `to do`: the mark as a phrase, the note terminal-safe.
  private var markPhrase: String {
    var text = item.state.phrase
    if let date = item.mark?.date { text += " on " + date }
    if let note = item.mark?.note {
      text += ": " + note.terminalSafe(limit: ProgressState.noteLimit)
    }
    return text
  }

  /// The page for a terminal or a pipe, wrapped at `options.width`.
  package func text(options: RenderOptions) -> String {
    let skill = item.skill
    var lines: [String] = []
    func add(_ text: String, style: TextStyle = [], indent: String = "") {
      lines += options.wrap(text, style: style, first: indent)
    }
    add(skill.name, style: .title)
    add("\(group?.name ?? skill.group) · \(skill.level.name) · id \(skill.id)", style: .note)
    if !skill.levelBasis.isEmpty { add("Level: \(skill.levelBasis).", style: .note) }
    lines.append("")
    add(skill.note)
    lines.append("")
    add("\(item.state.checkbox) Yours: \(markPhrase)")
    if item.state == .todo { add("Mark it with 'mlcareer check \(skill.id)'.", style: .note) }
    lines.append("")
    add(Self.placesHeading(places.count), style: .heading)
    for place in places {
      add(place.path, style: .subheading, indent: "  ")
      add(place.excerpt, indent: "    ")
      if let command = place.command { add(command, style: .note, indent: "    ") }
    }
    if !others.isEmpty {
      lines.append("")
      add("Also in \(group?.name ?? skill.group):", style: .heading)
      for other in others {
        lines += TextWrapper.wrap(
          StyledText([
            .init(text: "\(other.state.checkbox) \(other.skill.name) ", style: []),
            .init(text: other.skill.id, style: .note),
          ]), width: options.width, firstPrefix: StyledText("  "),
          restPrefix: StyledText("      "), color: options.color)
      }
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  /// The page as Markdown: a `#` title, the facts as a list, the places and the group.
  package func markdown() -> String {
    let skill = item.skill
    var text = "# \(skill.name.markdownEscaped)\n\n"
    text += "- **Group:** \((group?.name ?? skill.group).markdownEscaped)\n"
    text += "- **Level:** \(skill.level.name)"
    text += skill.levelBasis.isEmpty ? "\n" : ": \(skill.levelBasis.markdownEscaped)\n"
    text += "- **Yours:** \(markPhrase.markdownEscaped)\n\n\(skill.note.markdownEscaped)\n\n"
    text += "## \(Self.placesHeading(places.count).dropLast())\n\n"
    for place in places {
      text += "- **\(place.path.markdownEscaped)**"
      if let command = place.command { text += " (`\(command)`)" }
      text += ": \(place.excerpt.markdownEscaped)\n"
    }
    if !others.isEmpty {
      text += "\n## Also in \((group?.name ?? skill.group).markdownEscaped)\n\n"
      for other in others {
        text += "- [\(other.state == .done ? "x" : " ")] \(other.skill.name.markdownEscaped)\n"
      }
    }
    return text
  }

  /// The page as JSON: the skill's fields, `progress` (state, date, note), `mentions` (path,
  /// command, text) and `group.skills` (id, name, state).
  package func json() -> JSONOutput {
    let skill = item.skill
    return [
      "id": .string(skill.id), "name": .string(skill.name), "level": .string(skill.level.name),
      "levelBasis": .string(skill.levelBasis), "note": .string(skill.note),
      "progress": .object(Self.members(item)),
      "mentions": .array(
        places.map {
          [
            "path": .string($0.path), "command": JSONOutput($0.command),
            "text": .string($0.excerpt),
          ]
        }),
      "group": [
        "id": .string(skill.group), "name": .string(group?.name ?? skill.group),
        "skills": .array(
          others.map {
            .object(
              [.init("id", .string($0.skill.id)), .init("name", .string($0.skill.name))]
                + Self.members($0))
          }),
      ],
    ]
  }

  /// `state`, `date` and `note` of an item, as JSON members.
  static func members(_ item: Checklist.Item) -> [JSONOutput.Member] {
    [
      .init("state", .string(item.state.rawValue)), .init("date", JSONOutput(item.mark?.date)),
      .init("note", JSONOutput(item.mark?.note)),
    ]
  }

  /// `Mentioned in 3 places:`, `Mentioned in no topic.`
  private static func placesHeading(_ count: Int) -> String {
    count == 0 ? "Mentioned in no topic." : "Mentioned in \(count) place\(count == 1 ? "" : "s"):"
  }
}
