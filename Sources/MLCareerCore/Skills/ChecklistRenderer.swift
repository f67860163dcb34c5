import JSON
import Markdown
import TerminalText
import TextSupport

/// Renders a `Checklist` as text for the terminal, as a GitHub task list, or as JSON.
package enum ChecklistRenderer {
  /// Per group a title with `done/total` (skipped skills leave the total), then one line a
  /// skill: `[x] Python`, `[~]` being learned, `[-]` skipped, `[ ]` to do, and under it the
  /// day it was marked and its note (`2026-12-06: finished the official tutorial`). Groups are
  /// separated by a blank line.
  package static func text(_ checklist: Checklist, options: RenderOptions) -> String {
    let items = checklist.sections.reduce(0) { $0 + $1.items.count }
    var output = OutputBuffer(capacity: 64 * checklist.sections.count + 40 * items)
    let prefixes = (first: StyledText("  "), rest: StyledText("      "))
    for (index, section) in checklist.sections.enumerated() {
      if index > 0 { output.append(byte: 0x0A) }
      output.append(TextStyle.heading.apply(section.group.name, color: options.color))
      output.append("  ")
      output.append(TextStyle.note.apply(section.tally.fraction, color: options.color))
      output.append(byte: 0x0A)
      for item in section.items {
        write(item, options: options, prefixes: prefixes, into: &output)
        // The day it was marked and its note, dimmed and wrapped under its line; the note is
        // the user's text, so it is shown terminal-safe.
        if let mark = item.mark, mark.date != nil || mark.note != nil {
          let text = [mark.date, mark.note.map { $0.terminalSafe(limit: ProgressState.noteLimit) }]
            .compactMap { $0 }.joined(separator: ": ")
          TextWrapper.write(
            StyledText(text, style: .note), width: options.width, firstPrefix: prefixes.rest,
            color: options.color, into: &output)
        }
      }
    }
    return output.string
  }

  /// Writes the lines of one skill: its box and name, and on a terminal its id (what `check`
  /// takes) dimmed after the name or on a line of its own; `prefixes` are made once for all.
  static func write(
    _ item: Checklist.Item, options: RenderOptions,
    prefixes: (first: StyledText, rest: StyledText), into output: inout OutputBuffer
  ) {
    let style = style(for: item.state)
    let text = StyledText([
      .init(text: item.state.checkbox, style: style.box), .init(text: " ", style: []),
      .init(text: item.skill.name, style: style.name),
    ])
    let lastLine = output.count
    TextWrapper.write(
      text, width: options.width, firstPrefix: prefixes.first, restPrefix: prefixes.rest,
      color: options.color, into: &output)
    guard options.isTerminal else { return }
    let id = TextStyle.note.apply(item.skill.id, color: options.color)
    // The last line written: escape codes take no columns, so it measures as the text it shows.
    let start = output.bytes[lastLine..<output.count - 1].lastIndex(of: 0x0A).map { $0 + 1 }
    let last = String(decoding: output.bytes[(start ?? lastLine)..<output.count - 1], as: UTF8.self)
    if last.displayWidth + 2 + item.skill.id.displayWidth <= options.width {
      output.removeLast()
      output.append("  ")
    } else {
      output.append("      ")
    }
    output.append(id)
    output.append(byte: 0x0A)
  }

  /// A GitHub-flavoured Markdown task list, one `##` heading a group: `- [x] Python`; a skill
  /// being learned is `- [ ] Name *(learning)*` and a skipped one `- [ ] ~~Name~~ *(skipped)*`,
  /// since task lists know only two states.
  package static func markdown(_ checklist: Checklist) -> String {
    var blocks: [String] = []
    for section in checklist.sections {
      var lines = ["## \(section.group.name.markdownEscaped) (\(section.tally.fraction))", ""]
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
  package static func output(_ checklist: Checklist) -> JSONOutput {
    let groups = checklist.sections.map { ProgressRenderer.json($0.group, $0.tally) }
    let skills: [JSONOutput] = checklist.sections.flatMap { section in
      section.items.map { item in
        .object(
          [
            .init("id", .string(item.skill.id)), .init("name", .string(item.skill.name)),
            .init("group", .string(item.skill.group)),
            .init("level", .string(item.skill.level.rawValue)),
          ] + SkillPage.members(item))
      }
    }
    return ["groups": .array(groups), "skills": .array(skills)]
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
