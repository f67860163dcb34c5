import CommandLineKit
import Markdown

/// Lays out a Markdown table in aligned columns measured by display width.
struct TableLayout {
  let table: MarkdownTable
  let options: RenderOptions

  func lines(indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let header = table.header.map { StyledText($0, showURLs: false) }
    let rows = table.rows.map { $0.map { StyledText($0, showURLs: false) } }
    let columns = table.alignments.count
    var widths = Array(repeating: 0, count: columns)
    for row in [header] + rows {
      for (column, cell) in row.enumerated() where column < columns {
        widths[column] = max(widths[column], cell.plain.displayWidth)
      }
    }
    let separator = options.isTerminal ? "  " : "\t"
    func line(_ cells: [StyledText], style: TextStyle) -> String {
      var parts: [String] = []
      for column in 0..<columns {
        let cell = column < cells.count ? cells[column] : StyledText()
        let text = cell.rendered(color: options.color)
        guard options.isTerminal else {
          parts.append(cell.plain)
          continue
        }
        let gap = String(repeating: " ", count: max(0, widths[column] - cell.plain.displayWidth))
        let aligned = table.alignments[column] == .right ? gap + text : text + gap
        parts.append(style.apply(aligned, color: options.color))
      }
      return (pad + parts.joined(separator: separator)).trimmingTrailingSpaces()
    }
    var result = [line(header, style: .bold)]
    if options.isTerminal {
      let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)
      result.append(pad + TextStyle.note.apply(rule, color: options.color))
    }
    result += rows.map { line($0, style: []) }
    return result
  }
}
