import CommandLineKit
import Markdown
import TerminalText

/// Lays out a Markdown table to fit the width: aligned columns measured by display width, cells
/// wrapping inside their columns when the table is too wide (as Python's rich does), and one
/// block per row when even wrapped columns cannot hold. Piped, one row a line, cells
/// tab-separated.
struct TableLayout {
  let table: MarkdownTable
  let options: RenderOptions

  static let gap = "  "
  /// A column is not narrowed below this (or its natural width, if less) before the table
  /// turns into blocks: narrower columns wrap into towers of single words.
  static let minimumColumnWidth = 10

  func lines(indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let columns = table.alignments.count
    let header = cells(table.header, columns: columns, base: .bold)
    let rows = table.rows.map { cells($0, columns: columns, base: []) }
    guard options.isTerminal else {
      return ([header] + rows).map { row in
        (pad + row.map(\.plain).joined(separator: "\t")).trimmingTrailingSpaces()
      }
    }
    guard let widths = Self.widths(for: [header] + rows, room: options.width - indent) else {
      return blocks(header: header, rows: rows, indent: indent)
    }
    var result = self.row(header, widths: widths, pad: pad)
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap)
    result.append(pad + TextStyle.note.apply(rule, color: options.color))
    for row in rows { result += self.row(row, widths: widths, pad: pad) }
    return result
  }

  /// The width of each column so the table fits in `room` columns: natural widths when they
  /// fit, else the widest columns narrowed one column at a time; `nil` when the columns cannot
  /// hold their longest words (or `minimumColumnWidth`) side by side.
  static func widths(for rows: [[StyledText]], room: Int) -> [Int]? {
    guard let first = rows.first else { return [] }
    let count = first.count
    var natural = Array(repeating: 0, count: count)
    var longestWord = Array(repeating: 0, count: count)
    for row in rows {
      for (column, cell) in row.enumerated() {
        let plain = cell.plain
        natural[column] = max(natural[column], plain.displayWidth)
        for word in plain.split(separator: " ") {
          longestWord[column] = max(longestWord[column], String(word).displayWidth)
        }
      }
    }
    let available = room - gap.count * max(0, count - 1)
    var widths = natural
    var total = widths.reduce(0, +)
    guard total > available else { return widths }
    let floors = (0..<count).map { max(longestWord[$0], min(natural[$0], minimumColumnWidth)) }
    guard floors.reduce(0, +) <= available else { return nil }
    while total > available {
      // The widest column that may still give up a column narrows first, so long cells wrap
      // and short ones stay on one line.
      guard
        let column = (0..<count).filter({ widths[$0] > floors[$0] })
          .max(by: { widths[$0] < widths[$1] })
      else { return nil }
      widths[column] -= 1
      total -= 1
    }
    return widths
  }

  /// One table row: each cell wrapped in its column, the row as tall as its tallest cell.
  private func row(_ cells: [StyledText], widths: [Int], pad: String) -> [String] {
    let wrapped = cells.enumerated().map { column, cell in
      TextWrapper.wrap(cell, width: widths[column], color: options.color)
    }
    let height = wrapped.map(\.count).max() ?? 1
    return (0..<height).map { line in
      let parts = wrapped.enumerated().map { column, lines in
        let text = line < lines.count ? lines[line] : ""
        let alignment: TextAlignment = table.alignments[column] == .right ? .right : .left
        return text.padded(toWidth: widths[column], alignment: alignment)
      }
      return (pad + parts.joined(separator: Self.gap)).trimmingTrailingSpaces()
    }
  }

  /// Each row as a block: its first cell in bold, then each other column's heading and value,
  /// values wrapped under themselves (below their heading when headings leave too little room).
  private func blocks(header: [StyledText], rows: [[StyledText]], indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let fieldPad = pad + "  "
    let names = header.dropFirst().map { $0.plain }
    let nameWidth = names.map(\.displayWidth).max() ?? 0
    let sideBySide =
      options.width - fieldPad.count - nameWidth - Self.gap.count >= Self.minimumColumnWidth
    var result: [String] = []
    for (index, row) in rows.enumerated() {
      if index > 0 { result.append("") }
      result += options.wrap(row[0].plain, style: .bold, first: pad)
      for (name, value) in zip(names, row.dropFirst()) where !value.plain.isEmpty {
        var label = StyledText(fieldPad)
        if sideBySide {
          label.append(name.padded(toWidth: nameWidth) + Self.gap, style: .note)
          let hanging = String(repeating: " ", count: fieldPad.count + nameWidth + Self.gap.count)
          result += TextWrapper.wrap(
            value, width: options.width, firstPrefix: label, restPrefix: StyledText(hanging),
            color: options.color)
        } else {
          label.append(name, style: .note)
          result.append(label.rendered(color: options.color))
          result += TextWrapper.wrap(
            value, width: options.width, firstPrefix: StyledText(fieldPad + "  "),
            color: options.color)
        }
      }
    }
    return result
  }

  /// The cells of a row as styled text, padded with empty cells to `columns`.
  private func cells(_ row: [[MarkdownInline]], columns: Int, base: TextStyle) -> [StyledText] {
    (0..<columns).map { column in
      column < row.count
        ? StyledText(row[column], base: base, showURLs: false, hyperlinks: options.hyperlinks)
        : StyledText()
    }
  }
}
