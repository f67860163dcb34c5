import CommandLineKit
import Markdown

/// Renders Markdown blocks as terminal text: wrapped paragraphs, bulleted lists with hanging
/// indents, quotes, code and tables.
struct BlockRenderer {
  let options: RenderOptions

  /// The lines of `blocks`, each prefixed with `indent` spaces, blocks separated by a blank line.
  func lines(for blocks: [MarkdownBlock], indent: Int, depth: Int = 0) -> [String] {
    var result: [String] = []
    for block in blocks {
      let lines = self.lines(for: block, indent: indent, depth: depth)
      guard !lines.isEmpty else { continue }
      if !result.isEmpty { result.append("") }
      result += lines
    }
    return result
  }

  private func lines(for block: MarkdownBlock, indent: Int, depth: Int) -> [String] {
    let pad = Self.spaces(indent)
    switch block.kind {
    case .paragraph(let inlines):
      return wrap(styled(inlines), first: StyledText(pad), rest: StyledText(pad))
    case .heading(_, let inlines):
      return wrap(
        styled(inlines, base: .subheading), first: StyledText(pad), rest: StyledText(pad))
    case .list(let list):
      return lines(for: list, indent: indent, depth: depth)
    case .blockQuote(let inner):
      let bar = options.isTerminal ? "│ " : "> "
      let quoted = BlockRenderer(options: options.narrowed(by: indent + 2))
        .lines(for: inner, indent: 0)
      return quoted.map {
        (pad + TextStyle.note.apply(bar, color: options.color) + $0).trimmingTrailingSpaces()
      }
    case .codeBlock(_, let code):
      var codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
      if codeLines.last == "" { codeLines.removeLast() }
      return codeLines.map {
        (pad + "    " + TextStyle.code.apply(String($0), color: options.color))
          .trimmingTrailingSpaces()
      }
    case .thematicBreak:
      let rule = options.isTerminal ? "─" : "-"
      return [pad + String(repeating: rule, count: max(3, min(40, options.width - indent)))]
    case .table(let table):
      return TableLayout(table: table, options: options).lines(indent: indent)
    case .html:
      return []
    }
  }

  private func lines(for list: MarkdownList, indent: Int, depth: Int) -> [String] {
    var result: [String] = []
    let pad = Self.spaces(indent)
    for (offset, item) in list.items.enumerated() {
      var marker: String
      if list.isOrdered {
        marker = "\(list.start + offset)."
      } else if options.isTerminal {
        marker = ["•", "◦", "▪"][depth % 3]
      } else {
        marker = "-"
      }
      if let checked = item.checkbox { marker += checked ? " [x]" : " [ ]" }
      let hanging = String(repeating: " ", count: marker.displayWidth + 1)
      var first = StyledText(pad)
      first.append(marker, style: .marker)
      first.append(" ")
      var blocks = item.blocks[...]
      if let lead = blocks.first, case .paragraph(let inlines) = lead.kind {
        result += wrap(styled(inlines), first: first, rest: StyledText(pad + hanging))
        blocks = blocks.dropFirst()
      } else {
        result.append(first.rendered(color: options.color).trimmingTrailingSpaces())
      }
      if !blocks.isEmpty {
        let nested = lines(for: Array(blocks), indent: indent + hanging.count, depth: depth + 1)
        if !list.isTight { result.append("") }
        result += nested
      }
      if !list.isTight && offset < list.items.count - 1 { result.append("") }
    }
    return result
  }

  /// `count` spaces; the usual indents come from a table, made once.
  private static func spaces(_ count: Int) -> String {
    count < indents.count ? indents[count] : String(repeating: " ", count: count)
  }

  private static let indents = (0..<16).map { String(repeating: " ", count: $0) }

  /// Inline Markdown as styled text, links as hyperlinks where the options allow.
  private func styled(_ inlines: [MarkdownInline], base: TextStyle = []) -> StyledText {
    StyledText(inlines, base: base, hyperlinks: options.hyperlinks)
  }

  /// `text` wrapped at the reading measure, or on one line when there is none (piped output,
  /// so `grep` sees every sentence whole).
  private func wrap(_ text: StyledText, first: StyledText, rest: StyledText) -> [String] {
    TextWrapper.wrap(
      text, width: options.measure, firstPrefix: first, restPrefix: rest, color: options.color)
  }
}
