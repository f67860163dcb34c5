import GuideModel
import Markdown

extension SalaryExporter {
  /// A GitHub-flavoured Markdown table per dimension under a `##` heading with its subtitle,
  /// figures right-aligned, and the notes on its records' disagreements at the end.
  package static func markdown(_ records: [SalaryRecord], of data: SalaryData) -> String {
    var blocks: [String] = []
    for group in SalaryTableGroup.groups(records, of: data) {
      let rows = [group.columns.map(\.heading)] + group.rows
      let alignments = group.columns.map { $0.isRightAligned ? "---:" : ":---" }
      blocks.append(
        "## \(group.dimension.title.markdownEscaped)\n\n_\(group.subtitle.markdownEscaped)_\n\n"
          + RecordTable.markdown(rows, alignments: alignments))
    }
    if !blocks.isEmpty, let note = SalaryFormatter.note(records, of: data) {
      blocks.append("_Note: \((note + " " + data.footnote).markdownEscaped)_\n")
    }
    return blocks.joined(separator: "\n")
  }
}
