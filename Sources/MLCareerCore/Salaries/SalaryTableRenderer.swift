import CommandLineKit
import GuideModel
import TerminalText

/// Renders salary records for a terminal: per dimension a title, a subtitle saying what its rows
/// share (role, unit, region, year) and a table with figures right-aligned by display width;
/// where a table would not fit, or the screen is narrower than `minimumTableWidth`, one block
/// per record instead. The footnote on comparing figures closes the output.
package enum SalaryTableRenderer {
  /// Below this width every dimension is shown as blocks.
  static let minimumTableWidth = 60

  /// The spaces before a table's rows and a block's label.
  private static let indent = "  "
  private static let gap = "  "

  /// `records` (from `data`, already filtered and ordered) as titled tables, or blocks, fitted
  /// to `options`' width.
  package static func render(
    _ records: [SalaryRecord], of data: SalaryData, options: RenderOptions
  ) -> String {
    let sections = SalaryTableGroup.groups(records, of: data).map { group in
      heading(group, width: options.width, color: options.color)
        + (table(group, options: options) ?? blocks(group, options: options))
    }
    return joined(
      sections, notesOn: records, of: data, width: options.measure, color: options.color)
  }

  /// `sections` separated by blank lines, then the disagreements among `records` as `Note: …`
  /// (see `SalaryFormatter.note`) wrapped to `width` (nil: one line): how the tables and the
  /// chart end. Nothing when there are no sections.
  static func joined(
    _ sections: [[String]], notesOn records: [SalaryRecord], of data: SalaryData, width: Int?,
    color: Bool
  ) -> String {
    guard !sections.isEmpty else { return "" }
    var sections = sections
    if let text = SalaryFormatter.note(records, of: data) {
      var note = StyledText("Note: ", style: [.note, .bold])
      note.append(text, style: .note)
      sections.append(TextWrapper.wrap(note, width: width, color: color))
    }
    return sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") + "\n" }
      .joined(separator: "\n")
  }

  /// The narrowest a wrapped note column may get before the table turns into blocks.
  static let minimumNoteWidth = 12

  /// The group as a table with a heading row and a rule, or `nil` when it would be wider than
  /// the screen (even with its notes wrapped) or the screen is narrow.
  static func table(_ group: SalaryTableGroup, options: RenderOptions) -> [String]? {
    let columns = group.columns
    let rows = group.rows
    var widths = columns.indices.map { column in
      ([columns[column].heading] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
    }
    let total = indent.count + widths.reduce(0, +) + gap.count * (widths.count - 1)
    guard options.width >= minimumTableWidth else { return nil }
    if total > options.width {
      // Only a note column at the end may give up width, its notes wrapping onto more lines.
      guard columns.last == .note else { return nil }
      let room = options.width - (total - widths[widths.count - 1])
      guard room >= max(minimumNoteWidth, SalaryTableGroup.Column.note.heading.count) else {
        return nil
      }
      widths[widths.count - 1] = room
    }

    func line(_ cells: [String], style: (Int) -> TextStyle) -> String {
      let aligned = cells.indices.map { column in
        // Only the text is styled, so padding stays plain and trailing spaces can be trimmed.
        style(column).apply(cells[column], color: options.color).padded(
          toWidth: widths[column], alignment: columns[column].isRightAligned ? .right : .left)
      }
      return (indent + aligned.joined(separator: gap)).trimmingTrailingSpaces()
    }
    var lines = [line(columns.map(\.heading)) { _ in .bold }]
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: gap)
    lines.append(indent + TextStyle.note.apply(rule, color: options.color))
    for (record, cells) in zip(group.records, rows) {
      var cells = cells
      var more: [String] = []
      if columns.last == .note, let note = cells.last, note.displayWidth > widths[widths.count - 1]
      {
        let wrapped = TextWrapper.wrap(
          StyledText(note), width: widths[widths.count - 1], color: false)
        cells[cells.count - 1] = wrapped[0]
        more = Array(wrapped.dropFirst())
      }
      lines.append(line(cells) { column in style(columns[column], record) })
      for rest in more {
        lines.append(line(Array(repeating: "", count: cells.count - 1) + [rest]) { _ in [] })
      }
    }
    return lines
  }

  /// The group's title, then its subtitle's parts joined by ` · `, a line broken between parts
  /// rather than inside one (a part wider than the screen is wrapped at its spaces).
  static func heading(_ group: SalaryTableGroup, width: Int, color: Bool) -> [String] {
    var lines: [String] = []
    var current = ""
    for part in group.subtitleParts {
      let joined = current.isEmpty ? part : current + SalaryTableGroup.separator + part
      if current.isEmpty || joined.displayWidth <= width {
        current = joined
      } else {
        lines.append(current)
        current = part
      }
    }
    if !current.isEmpty { lines.append(current) }
    let subtitle = lines.flatMap { line in
      line.displayWidth <= width
        ? [line]
        : TextWrapper.wrap(StyledText(line), width: width, color: false)
    }
    return [TextStyle.heading.apply(group.dimension.title, color: color)]
      + subtitle.map { TextStyle.note.apply($0, color: color) }
  }

  /// The group as one block per record: the label, then each other column's heading and value,
  /// values wrapped under themselves.
  static func blocks(_ group: SalaryTableGroup, options: RenderOptions) -> [String] {
    // Every column but the label, which comes first.
    let fields = group.columns.dropFirst()
    let nameWidth = fields.map(\.heading.displayWidth).max() ?? 0
    let fieldIndent = indent + indent
    var lines: [String] = []
    for record in group.records {
      lines += options.wrap(record.label, style: .bold, first: indent)
      for field in fields {
        let value = field.value(record)
        guard !value.isEmpty else { continue }
        let name = field.heading.padded(toWidth: nameWidth) + gap
        var prefix = StyledText(fieldIndent)
        prefix.append(name, style: .note)
        lines += TextWrapper.wrap(
          StyledText(value, style: style(field, record)), width: options.width,
          firstPrefix: prefix,
          restPrefix: StyledText(String(repeating: " ", count: fieldIndent.count + name.count)),
          color: options.color)
      }
    }
    return lines
  }

  /// The style of a cell: a missing figure dimmed, everything else plain.
  private static func style(_ column: SalaryTableGroup.Column, _ record: SalaryRecord)
    -> TextStyle
  {
    column == .figure && record.figure == .noFigure ? .note : []
  }
}
