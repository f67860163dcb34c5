import GuideModel
import TextSupport

/// The records of each command as rows of plain fields, a header row first, for `--format csv`
/// and `--format tsv`; an absent value is an empty field.
package enum RecordTable {
  /// `id, title, summary` of each topic.
  package static func topics(_ headers: [TopicHeader]) -> [[String]] {
    [["id", "title", "summary"]] + headers.map { [$0.id, $0.title, $0.summary] }
  }

  /// The record fields of `Data/salaries.json` (`id, dimension, label, role, kind, amount, low,
  /// high, percent, currency, year, region, source, note, aliases`) of each record, in order.
  package static func salaries(_ records: [SalaryRecord]) -> [[String]] {
    [SalaryLoader.recordFields]
      + records.map { record in
        let bounds = record.figure.rangeBounds
        return [
          record.id, record.dimension, record.label, record.role, record.kind.rawValue,
          record.figure.amount.map(String.init) ?? "", bounds.map { String($0.low) } ?? "",
          bounds.map { String($0.high) } ?? "",
          record.figure.percent.map(NumberFormatting.plain) ?? "", record.currency,
          record.year.map(String.init) ?? "", record.region ?? "", record.attribution,
          record.note ?? "", record.aliases.joined(separator: ", "),
        ]
      }
  }

  /// `group, id, name, level, note` of each skill of the groups `groupIDs` (every group when
  /// `nil`), in the order of `groupIDs`.
  package static func skills(_ catalog: SkillCatalog, groupIDs: [String]? = nil) -> [[String]] {
    let groups = catalog.groups(groupIDs)
    return [["group", "id", "name", "level", "note"]]
      + groups.flatMap { group in
        catalog.skills(in: group.id).map { [group.id, $0.id, $0.name, $0.level.name, $0.note] }
      }
  }

  /// `group, id, name, level, state, date, note` of each item of the checklist.
  package static func checklist(_ checklist: Checklist) -> [[String]] {
    [["group", "id", "name", "level", "state", "date", "note"]]
      + checklist.sections.flatMap { section in
        section.items.map { item in
          [
            section.group.id, item.skill.id, item.skill.name, item.skill.level.name,
            item.state.rawValue, item.mark?.date ?? "", item.mark?.note ?? "",
          ]
        }
      }
  }

  /// `topic, section, field, path, text` of each hit, best first; the section is empty for a
  /// topic's title and summary.
  package static func search(_ result: SearchResult) -> [[String]] {
    [["topic", "section", "field", "path", "text", "kind", "command"]]
      + result.hits.map { hit in
        [
          hit.entry.topic, hit.entry.section ?? "", hit.entry.field.name, hit.entry.path,
          hit.entry.text, hit.entry.kind, hit.entry.command ?? "",
        ]
      }
  }

  /// `group, done, learning, skipped, todo, percent` of each group, then the same for every
  /// skill as group `all`; percent is empty when every skill of the row is skipped.
  package static func progress(_ summary: ProgressSummary) -> [[String]] {
    func row(_ id: String, _ tally: ProgressSummary.Tally) -> [String] {
      [id] + [tally.done, tally.learning, tally.skipped, tally.todo].map(String.init)
        + [tally.percent.map(String.init) ?? ""]
    }
    return [["group", "done", "learning", "skipped", "todo", "percent"]]
      + summary.groups.map { row($0.group.id, $0.tally) } + [row("all", summary.overall)]
  }

  /// `rows` as a GitHub-flavoured Markdown table, the first row as its header, every cell
  /// escaped so it reads back as the same text; `---` under each heading unless `alignments`.
  package static func markdown(_ rows: [[String]], alignments: [String]? = nil) -> String {
    markdown(
      escaped: rows.map { $0.map(\.markdownEscaped) },
      alignments: alignments ?? rows.first?.map { _ in "---" } ?? [])
  }

  /// The one writer of Markdown tables: `rows`, cells of Markdown text and the header first,
  /// with `alignments` (`---`, `:---` or `---:` a column) under the header, each line ending in
  /// a line feed.
  package static func markdown(escaped rows: [[String]], alignments: [String]) -> String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
    guard let header = rows.first else { return "" }
    return line(header) + line(alignments) + rows.dropFirst().map(line).joined()
  }
}
