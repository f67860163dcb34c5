import Markdown
import TerminalText

/// Text made safe for an HTML page: every character that could start markup escaped, so no
/// markup from content or packs reaches the page as markup.
enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, fit for element
  /// content and quoted attribute values alike.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Inline Markdown as HTML: emphasis, strong, code and safe links become elements, raw HTML
  /// is shown as the text it is, an image as its description (the page loads nothing). A code
  /// span naming a command that `links` knows (`mlcareer show salaries`) links to its part.
  static func inlines(_ inlines: [MarkdownInline], links: [String: String] = [:]) -> String {
    var result = ""
    for inline in inlines {
      switch inline {
      case .text(let text): result += escaped(text)
      case .softBreak: result += "\n"
      case .lineBreak: result += "<br>\n"
      case .code(let code):
        let span = "<code>\(escaped(code))</code>"
        result += links[code].map { "<a href=\"#\(escaped($0))\">\(span)</a>" } ?? span
      case .emphasis(let children): result += "<em>\(Self.inlines(children, links: links))</em>"
      case .strong(let children):
        result += "<strong>\(Self.inlines(children, links: links))</strong>"
      case .link(let destination, let title, let content):
        // Only a fragment of the page itself or a web address may stand in the page, as on a
        // terminal; any other link is shown as text only.
        guard destination.hasPrefix("#") || Hyperlink.isWebAddress(destination) else {
          result += Self.inlines(content)
          continue
        }
        let titled = title.isEmpty ? "" : " title=\"\(escaped(title))\""
        result += "<a href=\"\(escaped(destination))\"\(titled)>\(Self.inlines(content))</a>"
      case .image(_, _, let alt): result += Self.inlines(alt)
      case .html(let html): result += escaped(html)
      }
    }
    return result
  }

  /// Blocks of Markdown as HTML, headings one level deeper than in their Markdown (at most
  /// `h6`), as the page's title takes `h1`; tables stand in a box of their own that scrolls
  /// sideways when they are wider than the page.
  static func blocks(
    _ blocks: [MarkdownBlock], tight: Bool = false, links: [String: String] = [:]
  ) -> String {
    let inlines = { (content: [MarkdownInline]) in Self.inlines(content, links: links) }
    var result = ""
    for block in blocks {
      switch block.kind {
      case .paragraph(let content):
        result += tight ? inlines(content) : "<p>\(inlines(content))</p>\n"
      case .heading(let level, let content):
        let level = min(6, level + 1)
        result += "<h\(level)>\(inlines(content))</h\(level)>\n"
      case .list(let list):
        result += self.list(list, links: links)
      case .blockQuote(let children):
        result += "<blockquote>\n\(Self.blocks(children, links: links))</blockquote>\n"
      case .codeBlock(_, let code):
        result += "<pre><code>\(escaped(code))</code></pre>\n"
      case .thematicBreak:
        result += "<hr>\n"
      case .table(let table):
        result += self.table(table, links: links)
      case .html(let html):
        result += "<pre class=\"raw\">\(escaped(html))</pre>\n"
      }
    }
    return result
  }

  private static func list(_ list: MarkdownList, links: [String: String]) -> String {
    let tag = list.isOrdered ? "ol" : "ul"
    let start = list.isOrdered && list.start != 1 ? " start=\"\(list.start)\"" : ""
    var result = "<\(tag)\(start)>\n"
    for item in list.items {
      let box = item.checkbox.map { checkBox($0 ? .done : .todo) } ?? ""
      let body = blocks(item.blocks, tight: list.isTight, links: links)
      result += "<li>\(box)\(body.hasSuffix("\n") ? String(body.dropLast()) : body)</li>\n"
    }
    return result + "</\(tag)>\n"
  }

  private static func table(_ table: MarkdownTable, links: [String: String]) -> String {
    let classes = table.alignments.map { alignment in
      switch alignment {
      case .right: " class=\"num\""
      case .center: " class=\"center\""
      case .left, .none: ""
      }
    }
    let cells = { (row: [[MarkdownInline]]) in row.map { inlines($0, links: links) } }
    return self.table(header: cells(table.header), rows: table.rows.map(cells), classes: classes)
  }

  /// A table of cells already written as HTML, in a box of its own that scrolls sideways;
  /// `classes` holds each column's ` class="…"` attribute, or nothing.
  static func table(header: [String], rows: [[String]], classes: [String]) -> String {
    func row(_ cells: [String], _ tag: String) -> String {
      cells.enumerated().map { column, cell in
        "<\(tag)\(column < classes.count ? classes[column] : "")>\(cell)</\(tag)>"
      }.joined()
    }
    return "<div class=\"table-box\"><table>\n<thead><tr>" + row(header, "th")
      + "</tr></thead>\n<tbody>\n" + rows.map { "<tr>" + row($0, "td") + "</tr>\n" }.joined()
      + "</tbody>\n</table></div>\n"
  }

  /// A ticked, half-ticked, crossed or empty box for a checklist state, with its name for
  /// screen readers.
  static func checkBox(_ state: SkillState) -> String {
    // An empty element is one HTML checkers trim, so an open box holds a no-break space.
    let mark = [SkillState.done: "✓", .learning: "…", .skipped: "–"][state] ?? "&#160;"
    return "<span class=\"box \(state.rawValue)\" role=\"img\" aria-label=\"\(state.phrase)\">"
      + "\(mark)</span>"
  }
}
