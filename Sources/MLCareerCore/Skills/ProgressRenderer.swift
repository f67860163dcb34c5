import GuideModel
import JSON
import TerminalText

/// Renders a `ProgressSummary`: a bar per group with percent and counts, the overall share,
/// the first steps of the plan, and marks the content no longer knows.
package enum ProgressRenderer {
  /// The summary as text at `options.width`; bars are drawn with blocks on a terminal and with
  /// `#` and `.` in a pipe. Below the width the one-line layout needs, a group's name sits on
  /// its own line above its bar. `latest` (the latest marks, from `ProgressHistory`) follows
  /// the next skills.
  package static func text(
    _ summary: ProgressSummary, latest: [String] = [], options: RenderOptions
  ) -> String {
    let rows =
      summary.groups.map { Row(label: $0.group.name, tally: $0.tally, isOverall: false) }
      + [Row(label: "Overall", tally: summary.overall, isOverall: true)]
    let labelWidth = rows.map { $0.label.displayWidth }.max() ?? 0
    let countWidth = rows.map { $0.tally.fraction.displayWidth }.max() ?? 0
    let skippedWidth = rows.map { $0.skipped.displayWidth }.max() ?? 0
    // [bar], 2 spaces, percent (4), 2 spaces, count, then 2 spaces and "N skipped" if any.
    let figuresWidth = 2 + 2 + 4 + 2 + countWidth + (skippedWidth > 0 ? 2 + skippedWidth : 0)
    let oneLine = options.width - labelWidth - 2 - figuresWidth >= minimumBar
    let room = options.width - (oneLine ? labelWidth : 0) - 2 - figuresWidth
    let barWidth = max(minimumBar, min(maximumBar, room))

    var lines: [String] = []
    for row in rows {
      if row.isOverall { lines.append("") }
      let labelStyle: TextStyle = row.isOverall ? .bold : .heading
      var figures = bar(row.tally, width: barWidth, options: options) + "  "
      figures += TextStyle.bold.apply(
        (row.tally.percent.map { "\($0)%" } ?? "-").padded(toWidth: 4, alignment: .right),
        color: options.color)
      figures += "  " + row.tally.fraction.padded(toWidth: countWidth)
      if !row.skipped.isEmpty {
        figures += "  " + TextStyle.note.apply(row.skipped, color: options.color)
      }
      let label = labelStyle.apply(
        oneLine ? row.label.padded(toWidth: labelWidth) : row.label, color: options.color)
      lines += oneLine ? [label + "  " + figures] : [label, "  " + figures]
    }
    lines += options.wrap(sentence(summary.overall), style: .note)
    lines.append("")
    lines += next(summary, options: options)
    if !latest.isEmpty { lines += [""] + latest }
    if !summary.unknownIDs.isEmpty {
      lines.append("")
      let note =
        "Kept in the progress file, but not skills of this edition: "
        + summary.unknownIDs.map { $0.terminalSafe() }.joined(separator: ", ")
      lines += options.wrap(note, style: .note, rest: "  ")
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  /// The summary as JSON: `overall` and every group's counts and percent, `next` steps,
  /// `unknown` ids and every mark with its date and note (`marks`, from `ProgressHistory`).
  package static func output(_ summary: ProgressSummary, marks: JSONOutput = .array([]))
    -> JSONOutput
  {
    let next: [JSONOutput] = summary.next.map { step in
      [
        "id": .string(step.skill.id), "name": .string(step.skill.name),
        "state": .string(step.state.rawValue), "reason": .string(step.reason),
      ]
    }
    return [
      "overall": .object(members(summary.overall)),
      "groups": .array(summary.groups.map { json($0.group, $0.tally) }),
      "next": .array(next),
      "unknown": .array(summary.unknownIDs.map(JSONOutput.string)),
      "marks": marks,
    ]
  }

  /// A group with its tally's counts: `id`, `name`, `done`, `learning`, `skipped`, `todo`,
  /// `total` (every skill), `counted` (all but skipped) and `percent` (`null` when nothing
  /// counts).
  static func json(_ group: SkillGroup, _ tally: ProgressSummary.Tally) -> JSONOutput {
    .object(
      [.init("id", .string(group.id)), .init("name", .string(group.name))] + members(tally))
  }

  /// A tally's counts as JSON members, as `json(_:_:)` describes them.
  static func members(_ tally: ProgressSummary.Tally) -> [JSONOutput.Member] {
    [
      .init("done", .int(tally.done)), .init("learning", .int(tally.learning)),
      .init("skipped", .int(tally.skipped)), .init("todo", .int(tally.todo)),
      .init("total", .int(tally.total)), .init("counted", .int(tally.counted)),
      .init("percent", JSONOutput(tally.percent)),
    ]
  }

  private static let minimumBar = 10
  private static let maximumBar = 30

  private struct Row {
    let label: String
    let tally: ProgressSummary.Tally
    let isOverall: Bool

    /// `2 skipped`, or "" when none is.
    var skipped: String { tally.skipped > 0 ? "\(tally.skipped) skipped" : "" }
  }

  /// `7 done, 1 being learned, 80 to do; 2 skipped skills do not count.`
  private static func sentence(_ tally: ProgressSummary.Tally) -> String {
    var text = "\(tally.done) done, \(tally.learning) being learned, \(tally.todo) to do"
    switch tally.skipped {
    case 0: text += "."
    case 1: text += "; 1 skipped skill does not count."
    default: text += "; \(tally.skipped) skipped skills do not count."
    }
    return text
  }

  /// `[####......]`: the done share of counted skills, rounded down.
  private static func bar(
    _ tally: ProgressSummary.Tally, width: Int, options: RenderOptions
  ) -> String {
    let filled = tally.counted == 0 ? 0 : tally.done * width / tally.counted
    let (full, empty) = options.isTerminal ? ("█", "░") : ("#", ".")
    return "["
      + TextStyle.green.apply(String(repeating: full, count: filled), color: options.color)
      + TextStyle.dim.apply(String(repeating: empty, count: width - filled), color: options.color)
      + "]"
  }

  /// The "next to learn" block, the plan's first steps: checkbox, name and id, the id on a
  /// line of its own when the width is too small for both, and the step's reason.
  private static func next(_ summary: ProgressSummary, options: RenderOptions) -> [String] {
    guard !summary.next.isEmpty else {
      return ["Every skill is done or skipped."]
    }
    let nameWidth = summary.next.map { $0.skill.name.displayWidth }.max() ?? 0
    let idWidth = summary.next.map { $0.skill.id.displayWidth }.max() ?? 0
    let sideBySide = 6 + nameWidth + 2 + idWidth <= options.width
    var lines = [TextStyle.heading.apply("Next to learn:", color: options.color)]
    for item in summary.next {
      let id = TextStyle.note.apply(item.skill.id, color: options.color)
      if sideBySide {
        lines.append(
          "  " + item.state.checkbox + " " + item.skill.name.padded(toWidth: nameWidth)
            + "  " + id)
      } else {
        lines += options.wrap(
          item.state.checkbox + " " + item.skill.name, first: "  ", rest: "      ")
        lines.append("      " + id)
      }
      lines += options.wrap(item.reason, style: .note, first: "      ")
    }
    return lines
      + options.wrap(
        "Mark one with 'mlcareer check <id>'; 'mlcareer plan' shows every step.", style: .note)
  }

}
