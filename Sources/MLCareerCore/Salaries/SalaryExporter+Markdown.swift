extension SalaryExporter {
  /// A GitHub-flavoured Markdown table per dimension under a `##` heading with its subtitle,
  /// figures right-aligned, and the footnote at the end.
  static func markdown(_ records: [SalaryRecord], of data: SalaryData) -> String {
    var blocks: [String] = []
    for group in SalaryTableGroup.groups(records, of: data) {
      var lines = ["## \(escaped(group.dimension.title))", "", "_\(escaped(group.subtitle))_", ""]
      lines.append(row(group.columns.map(\.heading)))
      lines.append(row(group.columns.map { $0.isRightAligned ? "---:" : ":---" }, escape: false))
      for record in group.records {
        lines.append(row(group.columns.map { $0.value(record) }))
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    if !blocks.isEmpty { blocks.append("_Note: \(escaped(data.footnote))_") }
    return blocks.map { $0 + "\n" }.joined(separator: "\n")
  }

  private static func row(_ cells: [String], escape: Bool = true) -> String {
    "| " + cells.map { escape ? escaped($0) : $0 }.joined(separator: " | ") + " |"
  }

  /// `text` with the characters Markdown would read as syntax backslash-escaped, and line
  /// breaks as spaces so a table row stays on one line.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "|", "*", "_", "`", "[", "]", "<":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n":
        result.append(" ")
      default:
        result.append(character)
      }
    }
    return result
  }
}
