import CommandLineKit
import GuideModel
import JSON
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The marks over time: every mark with its date and note, newest first, and the skills done
/// per week or month, for `progress --history`.
package struct ProgressHistory: Sendable {
  /// How the done skills are counted.
  package enum Period: String, ArgumentValue {
    /// By the week, Monday to Sunday, named by its Monday.
    case week
    case month
  }

  /// One mark, with the skill's name when the catalog has it.
  package struct Entry: Sendable, Equatable {
    package let id: String
    /// The skill's name, or its id when this edition has no such skill.
    package let name: String
    package let mark: ProgressState.Mark
  }

  /// The most periods counted, the latest ones: a hand-edited date far off cannot make the
  /// chart run for pages.
  static let periodLimit = 24

  /// Every mark, the dated ones newest first (by id within a day), then the undated ones.
  package let entries: [Entry]

  /// The history of `state`, names from `catalog`.
  package init(state: ProgressState, catalog: SkillCatalog) {
    entries = state.entries.map { id, mark in
      Entry(id: id, name: catalog.skill(id)?.name ?? id, mark: mark)
    }.sorted { left, right in
      let (a, b) = (left.mark.date ?? "", right.mark.date ?? "")
      return a != b ? a > b : left.id < right.id
    }
  }

  package var dated: [Entry] { entries.filter { $0.mark.date != nil } }

  /// The skills done per `period`, oldest first, from the first period with one to the last,
  /// empty periods included, at most `periodLimit` of them (the latest).
  package func doneCounts(by period: Period) -> [(label: String, count: Int)] {
    var counts: [String: Int] = [:]
    for entry in entries where entry.mark.state == .done {
      guard let date = entry.mark.date else { continue }
      counts[Self.label(of: date, by: period), default: 0] += 1
    }
    guard var label = counts.keys.max(), let first = counts.keys.min() else { return [] }
    var result: [(label: String, count: Int)] = []
    while result.count < Self.periodLimit {
      result.append((label, counts[label] ?? 0))
      guard label > first else { break }
      label = Self.previous(label, by: period)
    }
    return result.reversed()
  }

  /// `2026-12` for a month; for a week, the date of its Monday.
  static func label(of date: String, by period: Period) -> String {
    guard period == .week else { return String(date.prefix(7)) }
    let day = days(date)
    return Self.date(day - (day + 3) % 7)  // 1970-01-01 was a Thursday
  }

  private static func previous(_ label: String, by period: Period) -> String {
    // A month's is the month of the day before its first.
    period == .week ? date(days(label) - 7) : String(date(days(label + "-01") - 1).prefix(7))
  }

  /// The days from 1970-01-01 to the `YYYY-MM-DD` date.
  private static func days(_ date: String) -> Int {
    var parts = tm()
    parts.tm_year = Int32(date.prefix(4))! - 1900
    parts.tm_mon = Int32(date.dropFirst(5).prefix(2))! - 1
    parts.tm_mday = Int32(date.suffix(2))!
    parts.tm_hour = 12
    return Int(timegm(&parts)) / 86400
  }

  /// The `YYYY-MM-DD` date `days` after 1970-01-01: how marks, labels and today are written.
  static func date(_ days: Int) -> String {
    var time = time_t(days * 86400 + 43200)
    var parts = tm()
    gmtime_r(&time, &parts)
    return padded(Int(parts.tm_year) + 1900, 4) + "-" + padded(Int(parts.tm_mon) + 1, 2) + "-"
      + padded(Int(parts.tm_mday), 2)
  }

  /// `number` with zeros in front to make it `width` digits long.
  private static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  // MARK: Rendering

  /// The chart of skills done per period, bars of blocks on a terminal and `#` in a pipe, then
  /// the `recent` latest marks with their dates and notes.
  package func text(by period: Period, recent: Int, options: RenderOptions) -> String {
    guard !entries.isEmpty else {
      return "Nothing is marked yet. Mark a skill with 'mlcareer check <id>'.\n"
    }
    var lines: [String] = []
    let counts = doneCounts(by: period)
    if !counts.isEmpty {
      lines.append(
        TextStyle.heading.apply("Skills done by \(period.rawValue):", color: options.color))
      let most = counts.map(\.count).max() ?? 1
      let labelWidth = counts.map { $0.label.count }.max() ?? 0
      let barWidth = max(1, min(30, options.width - labelWidth - 10))
      for (label, count) in counts {
        let length = (count * barWidth + most - 1) / most
        let bar = String(repeating: options.isTerminal ? "█" : "#", count: length)
        lines.append(
          "  \(label.padded(toWidth: labelWidth))  "
            + TextStyle.green.apply(bar, color: options.color) + (length > 0 ? " " : "")
            + "\(count)")
      }
      lines.append("")
    }
    lines += latest(recent, options: options)
    let undated = entries.count - dated.count
    if undated > 0 {
      let text =
        "\(undated) mark\(undated == 1 ? " carries" : "s carry") no date: "
        + "\(undated == 1 ? "it was" : "they were") set before mlcareer kept dates."
      lines += options.wrap(text, style: .note)
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  /// `Latest marks:` and the `count` latest dated marks, each with its date and note; nothing
  /// when no mark has a date.
  package func latest(_ count: Int, options: RenderOptions) -> [String] {
    let shown = dated.prefix(count)
    guard !shown.isEmpty else { return [] }
    var lines = [TextStyle.heading.apply("Latest marks:", color: options.color)]
    for entry in shown {
      var text = "\(entry.mark.date ?? "")  \(entry.mark.state.checkbox) \(entry.name)"
      if let note = entry.mark.note {
        text += " — " + note.terminalSafe(limit: ProgressState.noteLimit)
      }
      lines += options.wrap(text, first: "  ", rest: String(repeating: " ", count: 18))
    }
    return lines
  }

  /// `date, id, name, state, note`: one row a dated mark, newest first, a header row first.
  package func rows() -> [[String]] {
    [["date", "id", "name", "state", "note"]]
      + dated.map {
        [$0.mark.date ?? "", $0.id, $0.name, $0.mark.state.rawValue, $0.mark.note ?? ""]
      }
  }

  /// One object a mark (`date` is `null` for an undated one), newest first.
  package func json(datedOnly: Bool) -> JSONOutput {
    .array(
      (datedOnly ? dated : entries).map { entry in
        [
          "date": JSONOutput(entry.mark.date), "id": .string(entry.id),
          "name": .string(entry.name), "state": .string(entry.mark.state.rawValue),
          "note": JSONOutput(entry.mark.note),
        ]
      })
  }
}
