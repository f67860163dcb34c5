import GuideModel
import TerminalText

/// Draws salary records as horizontal bars on one shared axis in one currency (dollars when any
/// figure is in dollars, else the first figure's currency), for
/// `mlcareer salaries --chart`: a range is a bar from its low to its high figure, a single figure
/// a mark, an "up to" figure a bar from the axis start; each bar has its label and amount beside
/// it. Figures with no amount in that currency are listed under the chart, not drawn.
package enum SalaryChartRenderer {
  /// The width of a chart asked for with no limit (`--width 0`).
  static let unlimitedWidth = 120
  /// The fewest columns a bar area may have beside its labels; fewer puts each label above its
  /// bar.
  static let minimumBarWidth = 20

  struct Glyphs {
    /// A whole cell of bar.
    let full: Character
    /// The partial cells at a bar's end, by eighths (1 to 7); empty to round to whole cells.
    let eighths: [Character]
    /// The mark of a single figure.
    let mark: Character
    /// The axis line, a tick on it, and its two ends.
    let line: Character
    let tick: Character
    let start: Character
    let end: Character

    static let unicode = Glyphs(
      full: "█", eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], mark: "●", line: "─",
      tick: "┼", start: "├", end: "┤")
    static let ascii = Glyphs(
      full: "#", eighths: [], mark: "o", line: "-", tick: "+", start: "+", end: "+")
  }

  /// One drawable figure: what it is called, its bar or mark, and how it is written.
  struct Row {
    let label: String
    /// The span drawn, in whole units of the axis currency; `low == high` for a mark.
    let low: Int
    let high: Int
    let isMark: Bool
    let amount: String
  }

  /// `records` (from `data`, already filtered and ordered) as a chart per dimension, all on
  /// one scale, then the figures that could not be drawn and the notes on their disagreements.
  /// Labels take the room they need, down to `minimumBarWidth` for the bars, before they wrap.
  package static func render(
    _ records: [SalaryRecord], of data: SalaryData, options: RenderOptions
  ) -> String {
    let glyphs = options.unicode ? Glyphs.unicode : Glyphs.ascii
    let width = options.width >= RenderOptions.unlimitedWidth ? unlimitedWidth : options.width
    let groups = SalaryTableGroup.groups(records, of: data)
    let amounts = records.filter { $0.figure.bounds != nil }.map(\.currency)
    let currency = amounts.contains("USD") ? "USD" : amounts.first ?? "USD"
    let axisName = currency == "USD" ? "dollar" : currency
    var drawn: [(SalaryTableGroup, [Row])] = []
    var undrawn: [(label: String, figure: String)] = []
    for group in groups {
      var rows: [Row] = []
      for record in group.records {
        let label = label(record, in: group)
        if record.currency == currency, let row = row(record, label: label) {
          rows.append(row)
        } else {
          let elsewhere = record.currency != currency && record.figure.bounds != nil
          undrawn.append(
            (
              label,
              SalaryFormatter.figure(record)
                + (elsewhere ? " (in \(record.currency), not on the \(axisName) axis)" : "")
            ))
        }
      }
      if !rows.isEmpty { drawn.append((group, rows)) }
    }
    let all = drawn.flatMap(\.1)
    let amountWidth = all.map(\.amount.displayWidth).max() ?? 0
    let indent = 2
    let longestWord =
      all.flatMap { $0.label.split(separator: " ") }.map { String($0).displayWidth }.max() ?? 0
    let room = width - indent - 2 - 2 - amountWidth - minimumBarWidth
    let labelWidth = min(all.map(\.label.displayWidth).max() ?? 0, max(longestWord, 12, room))
    let sideBySide = labelWidth <= room
    let barWidth =
      sideBySide ? width - indent - labelWidth - 2 - 2 - amountWidth : width - indent
    let axis = Axis(
      maximum: all.map(\.high).max() ?? 0, columns: barWidth,
      overhang: sideBySide ? 2 + amountWidth : 0, currency: currency)
    let barIndent = String(repeating: " ", count: sideBySide ? indent + labelWidth + 2 : indent)

    var sections: [[String]] = []
    for (group, rows) in drawn {
      var lines = SalaryTableRenderer.heading(group, width: width, color: options.color)
      for row in rows {
        let bar = TextStyle.marker.apply(
          self.bar(row, axis: axis, glyphs: glyphs), color: options.color)
        if sideBySide {
          let label = TextWrapper.wrap(StyledText(row.label), width: labelWidth, color: false)
          let cells = bar.padded(toWidth: barWidth)
          lines.append(
            ("  " + label[0].padded(toWidth: labelWidth) + "  " + cells + "  " + row.amount)
              .trimmingTrailingSpaces())
          lines += label.dropFirst().map { "  " + $0 }
        } else {
          var label = TextWrapper.wrap(
            StyledText(row.label, style: .bold), width: width, firstPrefix: StyledText("  "),
            color: options.color)
          if label[label.count - 1].displayWidth + 2 + row.amount.displayWidth <= width {
            label[label.count - 1] += "  " + row.amount
          } else {
            label.append("    " + row.amount)
          }
          lines += label
          lines.append((barIndent + bar).trimmingTrailingSpaces())
        }
      }
      lines += axis.lines(glyphs: glyphs).map {
        barIndent + TextStyle.note.apply($0, color: options.color)
      }
      sections.append(lines)
    }
    if !undrawn.isEmpty {
      var lines = [
        TextStyle.heading.apply("Not drawn: no \(axisName) amount", color: options.color)
      ]
      let nameWidth = min(undrawn.map(\.label.displayWidth).max() ?? 0, width / 2)
      for (label, figure) in undrawn {
        var prefix = StyledText("  ")
        prefix.append(label.padded(toWidth: nameWidth) + "  ")
        lines += TextWrapper.wrap(
          StyledText(figure, style: .note), width: width, firstPrefix: prefix,
          restPrefix: StyledText(String(repeating: " ", count: 4 + nameWidth)),
          color: options.color)
      }
      sections.append(lines)
    }
    return SalaryTableRenderer.joined(
      sections, notesOn: records, of: data, width: options.measure ?? width, color: options.color)
  }

  /// The record's label, with its role, year and region where the records of its dimension
  /// differ in them.
  static func label(_ record: SalaryRecord, in group: SalaryTableGroup) -> String {
    let details = [SalaryTableGroup.Column.role, .year, .region].filter(group.columns.contains)
      .map { $0.value(record) }
    return details.isEmpty ? record.label : "\(record.label) (\(details.joined(separator: ", ")))"
  }

  /// The record as a row to draw, or `nil` when it has no amount to place on an axis.
  static func row(_ record: SalaryRecord, label: String) -> Row? {
    let amount = SalaryFormatter.figure(record)
    switch record.figure {
    case .range(let low, let high), .averageRange(let low, let high):
      return Row(label: label, low: low, high: high, isMark: false, amount: amount)
    case .upTo(let value):
      return Row(label: label, low: 0, high: value, isMark: false, amount: amount)
    case .amount(let value), .average(let value), .approximate(let value):
      return Row(label: label, low: value, high: value, isMark: true, amount: amount)
    case .percentAboveNational, .noFigure:
      return nil
    }
  }

  /// The bar (or mark) of `row`, from the axis start, without trailing spaces.
  static func bar(_ row: Row, axis: Axis, glyphs: Glyphs) -> String {
    let cells = axis.columns
    if row.isMark {
      let column = min(cells - 1, axis.eighths(row.high) / 8)
      return String(repeating: " ", count: column) + String(glyphs.mark)
    }
    let start = min(cells - 1, (axis.eighths(row.low) + 4) / 8)
    var end = max(axis.eighths(row.high), start * 8 + 1)
    if glyphs.eighths.isEmpty { end = max(start + 1, (end + 4) / 8) * 8 }
    var text = String(repeating: " ", count: start)
    text += String(repeating: glyphs.full, count: end / 8 - start)
    if end % 8 > 0 { text.append(glyphs.eighths[end % 8 - 1]) }
    return text
  }
}
