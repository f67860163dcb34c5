import CommandLineKit
import Markdown
import TerminalText

/// Renders Markdown blocks as terminal text: wrapped paragraphs, bulleted lists with hanging
/// indents, quotes, code and tables.
struct BlockRenderer {
  let options: RenderOptions

  /// The lines of `blocks`, each prefixed with `indent` spaces, blocks separated by a blank line.
  func lines(for blocks: [MarkdownBlock], indent: Int, depth: Int = 0) -> [String] {
    var writer = LineWriter()
    write(blocks, indent: indent, depth: depth, to: &writer)
    return writer.splitLines
  }

  /// Writes the lines of `blocks`, each prefixed with `indent` spaces, blocks separated by a
  /// blank line (none before the first).
  func write(_ blocks: [MarkdownBlock], indent: Int, depth: Int = 0, to writer: inout LineWriter) {
    var wroteBlock = false
    for block in blocks {
      let before = writer.lineCount
      writer.blankPending = wroteBlock
      write(block, indent: indent, depth: depth, to: &writer)
      writer.blankPending = false
      if writer.lineCount > before { wroteBlock = true }
    }
  }

  private func write(_ block: MarkdownBlock, indent: Int, depth: Int, to writer: inout LineWriter) {
    let pad = Self.spaces(indent)
    switch block.kind {
    case .paragraph(let inlines):
      let prefix = StyledText(pad)
      wrap(styled(inlines), first: prefix, rest: prefix, to: &writer)
    case .heading(_, let inlines):
      let prefix = StyledText(pad)
      wrap(styled(inlines, base: .subheading), first: prefix, rest: prefix, to: &writer)
    case .list(let list):
      write(list, indent: indent, depth: depth, to: &writer)
    case .blockQuote(let inner):
      let bar = options.isTerminal ? "│ " : "> "
      let quoted = BlockRenderer(options: options.narrowed(by: indent + 2))
        .lines(for: inner, indent: 0)
      for line in quoted {
        writer.line(
          (pad + TextStyle.note.apply(bar, color: options.color) + line).trimmingTrailingSpaces())
      }
    case .codeBlock(_, let code):
      var codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
      if codeLines.last == "" { codeLines.removeLast() }
      for line in codeLines {
        writer.line(
          (pad + "    " + TextStyle.code.apply(String(line), color: options.color))
            .trimmingTrailingSpaces())
      }
    case .thematicBreak:
      let rule = options.isTerminal ? "─" : "-"
      writer.line(pad + String(repeating: rule, count: max(3, min(40, options.width - indent))))
    case .table(let table):
      writer.lines(TableLayout(table: table, options: options).lines(indent: indent))
    case .html:
      break
    }
  }

  private func write(_ list: MarkdownList, indent: Int, depth: Int, to writer: inout LineWriter) {
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
        wrap(
          styled(lead), first: first, rest: StyledText(Self.spaces(indent + hanging)),
          to: &writer)
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

  /// Writes `text` wrapped at the reading measure, or on one line when there is none (piped
  /// output, so `grep` sees every sentence whole).
  private func wrap(
    _ text: StyledText, first: StyledText, rest: StyledText, to writer: inout LineWriter
  ) {
    writer.wrapped(
      text, width: options.measure, firstPrefix: first, restPrefix: rest, color: options.color)
  }
}
