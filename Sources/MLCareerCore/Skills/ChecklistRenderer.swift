import CommandLineKit
import JSON
import Markdown

/// Renders a `Checklist` as text for the terminal, as a GitHub task list, or as JSON.
public enum ChecklistRenderer {
  /// Per group a title with `done/total` (skipped skills leave the total), then one line a
  /// skill: `[x] Python`, `[~]` being learned, `[-]` skipped, `[ ]` to do.
  public static func text(_ checklist: Checklist, options: RenderOptions) -> String {
    var blocks: [String] = []
    for section in checklist.sections {
      var lines = [
        TextStyle.heading.apply(section.group.name, color: options.color) + "  "
          + TextStyle.note.apply(count(section.tally), color: options.color)
      ]
      for item in section.items { lines += self.lines(for: item, options: options) }
      blocks.append(lines.joinedLines() + "\n")
    }
    return blocks.joinedLines()
  }

  /// The lines of one skill: its box and name, wrapped under the name, and on a terminal its
  /// id (what `check` takes) dimmed after the name, or on a line of its own where it does not fit.
  static func lines(for item: Checklist.Item, options: RenderOptions) -> [String] {
    let style = style(for: item.state)
    var text = StyledText(item.state.checkbox, style: style.box)
    text.append(" ")
    text.append(item.skill.name, style: style.name)
    let hanging = StyledText("      ")
    var lines = TextWrapper.wrap(
      text, width: options.width, firstPrefix: StyledText("  "), restPrefix: hanging,
      color: options.color)
    guard options.isTerminal else { return lines }
    let id = TextStyle.note.apply(item.skill.id, color: options.color)
    let last = lines[lines.count - 1]
    if last.displayWidth + 2 + item.skill.id.displayWidth <= options.width {
      lines[lines.count - 1] = last + "  " + id
    } else {
      lines.append("      " + id)
    }
    return lines
  }

  /// A GitHub-flavoured Markdown task list, one `##` heading a group: `- [x] Python`; a skill
  /// being learned is `- [ ] Name *(learning)*` and a skipped one `- [ ] ~~Name~~ *(skipped)*`,
  /// since task lists know only two states.
  public static func markdown(_ checklist: Checklist) -> String {
    var blocks: [String] = []
    for section in checklist.sections {
      var lines = ["## \(section.group.name.markdownEscaped) (\(count(section.tally)))", ""]
      for item in section.items {
        let name = item.skill.name.markdownEscaped
        switch item.state {
        case .done: lines.append("- [x] \(name)")
        case .learning: lines.append("- [ ] \(name) *(learning)*")
        case .skipped: lines.append("- [ ] ~~\(name)~~ *(skipped)*")
        case .todo: lines.append("- [ ] \(name)")
        }
      }
      blocks.append(lines.joined(separator: "\n") + "\n")
    }
    return blocks.joined(separator: "\n")
  }

  /// `{"groups": [...], "skills": [...]}`: every group shown with its counts, and every skill
  /// shown with its id, name, group, level and state.
  public static func json(_ checklist: Checklist) -> String {
    let groups: [JSONOutput] = checklist.sections.map { section in
      .object(
        [.init("id", .string(section.group.id)), .init("name", .string(section.group.name))]
          + ProgressRenderer.members(section.tally))
    }
    let skills: [JSONOutput] = checklist.sections.flatMap { section in
      section.items.map { item -> JSONOutput in
        [
          "id": .string(item.skill.id),
          "name": .string(item.skill.name),
          "group": .string(item.skill.group),
          "level": .string(item.skill.level.rawValue),
          "state": .string(item.state.rawValue),
        ]
      }
    }
    return JSONWriter.render(["groups": .array(groups), "skills": .array(skills)]) + "\n"
  }

  /// `done/total`, skipped skills left out of the total.
  private static func count(_ tally: ProgressSummary.Tally) -> String {
    "\(tally.done)/\(tally.counted)"
  }

  private static func style(for state: SkillState) -> (box: TextStyle, name: TextStyle) {
    switch state {
    case .done: (.green, [])
    case .learning: (.yellow, [])
    case .skipped: (.dim, .dim)
    case .todo: ([], [])
    }
  }

}
