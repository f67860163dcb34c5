import Markdown
import TerminalText

/// Renders Markdown blocks as terminal text: wrapped paragraphs, bulleted lists with hanging
/// indents, quotes, code and tables.
struct BlockRenderer {
  let options: RenderOptions

  /// Writes the lines of `blocks`, each prefixed with `indent` spaces, blocks separated by a
  /// blank line (none before the first).
  func write(_ blocks: [MarkdownBlock], indent: Int, depth: Int = 0, to writer: inout LineWriter) {
    var wroteBlock = false
    for block in blocks {
      let before = writer.lineCount
      // Before the first block, a blank line asked for outside (before a quote) stays pending.
      if wroteBlock { writer.blankPending = true }
      write(block, indent: indent, depth: depth, to: &writer)
      if wroteBlock { writer.blankPending = false }
      if writer.lineCount > before { wroteBlock = true }
    }
  }

  private func write(_ block: MarkdownBlock, indent: Int, depth: Int, to writer: inout LineWriter) {
    let pad = Self.spaces(indent)
    switch block.kind {
    case .paragraph(let inlines):
      let prefix = StyledText(pad)
      writer.wrapped(styled(inlines), options: options, firstPrefix: prefix, restPrefix: prefix)
    case .heading(_, let inlines):
      let prefix = StyledText(pad)
      writer.wrapped(
        styled(inlines, base: .subheading), options: options, firstPrefix: prefix,
        restPrefix: prefix)
    case .list(let list):
      write(list, indent: indent, depth: depth, to: &writer)
    case .blockQuote(let inner):
      // The bar joins the writer's quote prefix, so each line is written once, whatever the
      // depth, rather than copied once more at every level.
      let bar = options.isTerminal ? "│ " : "> "
      let outer = writer.quote
      writer.quote.styled.runs += [.init(text: pad, style: []), .init(text: bar, style: .note)]
      writer.quote.text += pad + TextStyle.note.apply(bar, color: options.color)
      writer.quote.width += indent + 2
      BlockRenderer(options: options.narrowed(by: indent + 2)).write(inner, indent: 0, to: &writer)
      writer.quote = outer
    case .codeBlock(_, let code), .html(let code):
      // Raw HTML is not rendered: its lines are shown as the text they are, as in the HTML
      // export, unindented and unstyled.
      let isCode = if case .codeBlock = block.kind { true } else { false }
      var codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
      if codeLines.last == "" { codeLines.removeLast() }
      for line in codeLines {
        let shown = isCode ? TextStyle.code.apply(String(line), color: options.color) : String(line)
        writer.line((pad + (isCode ? "    " : "") + shown).trimmingTrailingSpaces())
      }
    case .thematicBreak:
      let rule = options.isTerminal ? "─" : "-"
      writer.line(pad + String(repeating: rule, count: max(3, min(40, options.width - indent))))
    case .table(let table):
      for line in TableLayout(table: table, options: options).lines(indent: indent) {
        writer.line(line)
      }
    }
  }

  private func write(_ list: MarkdownList, indent: Int, depth: Int, to writer: inout LineWriter) {
    let pad = Self.spaces(indent)
    for (offset, item) in list.items.enumerated() {
      var marker =
        list.isOrdered
        ? "\(list.start + offset)." : options.isTerminal ? ["•", "◦", "▪"][depth % 3] : "-"
      if let checked = item.checkbox { marker += checked ? " [x]" : " [ ]" }
      let hanging = marker.displayWidth + 1
      var blocks = item.blocks[...]
      var lead: [MarkdownInline]?
      if let block = blocks.first, case .paragraph(let inlines) = block.kind {
        lead = inlines
        blocks = blocks.dropFirst()
      }
      let first = StyledText([
        .init(text: pad, style: []), .init(text: marker, style: .marker),
        .init(text: " ", style: []),
      ])
      if let lead {
        writer.wrapped(
          styled(lead), options: options, firstPrefix: first,
          restPrefix: StyledText(Self.spaces(indent + hanging)))
      } else {
        writer.line(first.rendered(color: options.color).trimmingTrailingSpaces())
      }
      if !blocks.isEmpty {
        if !list.isTight { writer.line("") }
        write(Array(blocks), indent: indent + hanging, depth: depth + 1, to: &writer)
      }
      if !list.isTight && offset < list.items.count - 1 { writer.line("") }
    }
  }

  /// `count` spaces: the usual indents are small strings, which need no storage of their own.
  private static func spaces(_ count: Int) -> String {
    switch count {
    case 0: ""
    case 2: "  "
    case 4: "    "
    case 6: "      "
    case 8: "        "
    default: String(repeating: " ", count: count)
    }
  }

  /// Inline Markdown as styled text, links as hyperlinks where the options allow.
  private func styled(_ inlines: [MarkdownInline], base: TextStyle = []) -> StyledText {
    StyledText(inlines, base: base, hyperlinks: options.hyperlinks)
  }
}
