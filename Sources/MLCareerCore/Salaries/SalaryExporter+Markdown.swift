import GuideModel
import Markdown

extension SalaryExporter {
  /// A GitHub-flavoured Markdown table per dimension under a `##` heading with its subtitle,
  /// figures right-aligned, and the notes on its records' disagreements at the end.
  package static func markdown(_ records: [SalaryRecord], of data: SalaryData) -> String {
    var blocks: [String] = []
    for group in SalaryTableGroup.groups(records, of: data) {
      var lines = [
        "## \(group.dimension.title.markdownEscaped)", "", "_\(group.subtitle.markdownEscaped)_",
        "",
      ]
      lines.append(row(group.columns.map(\.heading)))
      lines.append(row(group.columns.map { $0.isRightAligned ? "---:" : ":---" }, escape: false))
      for record in group.records {
        lines.append(row(group.columns.map { $0.value(record) }))
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    if !blocks.isEmpty, let note = SalaryFormatter.note(records, of: data) {
      blocks.append("_Note: \((note + " " + data.footnote).markdownEscaped)_")
    }
    return blocks.map { $0 + "\n" }.joined(separator: "\n")
  }

  private static func row(_ cells: [String], escape: Bool = true) -> String {
    "| " + cells.map { escape ? $0.markdownEscaped : $0 }.joined(separator: " | ") + " |"
  }

}
