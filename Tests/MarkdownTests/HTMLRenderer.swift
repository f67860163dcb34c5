@testable import Markdown

/// Renders a Markdown tree as HTML, following the output conventions of the CommonMark spec's
/// examples (and of GFM for tables and task lists). The tests' view of the parser's output; it
/// lives with them (and the Markdown fuzz target builds it in) since nothing shipped renders HTML.
enum HTMLRenderer {
  /// The HTML of a whole document.
  static func render(_ document: MarkdownDocument) -> String {
    var output = ""
    render(document.blocks, tight: false, into: &output)
    return output
  }

  /// Starts a new line unless the output is empty or already at the start of one.
  private static func newLine(_ output: inout String) {
    if let last = output.utf8.last, last != 0x0A { output += "\n" }
  }

  private static func render(_ blocks: [MarkdownBlock], tight: Bool, into output: inout String) {
    for block in blocks {
      render(block, tight: tight, into: &output)
    }
  }

  private static func render(_ block: MarkdownBlock, tight: Bool, into output: inout String) {
    switch block.kind {
    case .paragraph(let content):
      if tight {
        render(content, into: &output)
      } else {
        newLine(&output)
        output += "<p>"
        render(content, into: &output)
        output += "</p>\n"
      }
    case .heading(let level, let content):
      newLine(&output)
      output += "<h\(level)>"
      render(content, into: &output)
      output += "</h\(level)>\n"
    case .codeBlock(let info, let code):
      newLine(&output)
      output += "<pre><code"
      let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
      if let language {
        output += " class=\"language-"
        escape(String(language), into: &output)
        output += "\""
      }
      output += ">"
      escape(code, into: &output)
      output += "</code></pre>\n"
    case .html(let html):
      newLine(&output)
      output += html
      newLine(&output)
    case .thematicBreak:
      newLine(&output)
      output += "<hr />\n"
    case .blockQuote(let blocks):
      newLine(&output)
      output += "<blockquote>\n"
      render(blocks, tight: false, into: &output)
      newLine(&output)
      output += "</blockquote>\n"
    case .list(let list):
      render(list, into: &output)
    case .table(let table):
      render(table, into: &output)
    }
  }

  private static func render(_ list: MarkdownList, into output: inout String) {
    newLine(&output)
    if !list.isOrdered {
      output += "<ul>\n"
    } else if list.start == 1 {
      output += "<ol>\n"
    } else {
      output += "<ol start=\"\(list.start)\">\n"
    }
    for item in list.items {
      newLine(&output)
      output += "<li>"
      if let checked = item.checkbox {
        output +=
          checked
          ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
          : "<input type=\"checkbox\" disabled=\"\" /> "
      }
      render(item.blocks, tight: list.isTight, into: &output)
      output += "</li>\n"
    }
    newLine(&output)
    output += list.isOrdered ? "</ol>\n" : "</ul>\n"
  }

  private static func render(_ table: MarkdownTable, into output: inout String) {
    newLine(&output)
    output += "<table>\n<thead>\n"
    renderRow(table.header, cell: "th", alignments: table.alignments, into: &output)
    output += "</thead>\n"
    if !table.rows.isEmpty {
      output += "<tbody>\n"
      for row in table.rows {
        renderRow(row, cell: "td", alignments: table.alignments, into: &output)
      }
      output += "</tbody>\n"
    }
    output += "</table>\n"
  }

  private static func renderRow(
    _ cells: [[MarkdownInline]], cell tag: String, alignments: [MarkdownTable.Alignment],
    into output: inout String
  ) {
    output += "<tr>\n"
    for (column, cell) in cells.enumerated() {
      output += "<\(tag)"
      switch column < alignments.count ? alignments[column] : .none {
      case .none: break
      case .left: output += " align=\"left\""
      case .center: output += " align=\"center\""
      case .right: output += " align=\"right\""
      }
      output += ">"
      render(cell, into: &output)
      output += "</\(tag)>\n"
    }
    output += "</tr>\n"
  }

  private static func render(_ inlines: [MarkdownInline], into output: inout String) {
    for inline in inlines {
      switch inline {
      case .text(let text): escape(text, into: &output)
      case .softBreak: output += "\n"
      case .lineBreak: output += "<br />\n"
      case .code(let code):
        output += "<code>"
        escape(code, into: &output)
        output += "</code>"
      case .emphasis(let children):
        output += "<em>"
        render(children, into: &output)
        output += "</em>"
      case .strong(let children):
        output += "<strong>"
        render(children, into: &output)
        output += "</strong>"
      case .link(let destination, let title, let content):
        output += "<a href=\""
        escapeURL(destination, into: &output)
        output += "\""
        if !title.isEmpty {
          output += " title=\""
          escape(title, into: &output)
          output += "\""
        }
        output += ">"
        render(content, into: &output)
        output += "</a>"
      case .image(let source, let title, let alt):
        output += "<img src=\""
        escapeURL(source, into: &output)
        output += "\" alt=\""
        renderPlain(alt, into: &output)
        output += "\""
        if !title.isEmpty {
          output += " title=\""
          escape(title, into: &output)
          output += "\""
        }
        output += " />"
      case .html(let html): output += html
      }
    }
  }

  /// An image's description: its text without markup.
  private static func renderPlain(_ inlines: [MarkdownInline], into output: inout String) {
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text): escape(text, into: &output)
      case .softBreak, .lineBreak: output += " "
      case .emphasis(let children), .strong(let children), .link(_, _, let children),
        .image(_, _, let children):
        renderPlain(children, into: &output)
      case .html(let html): escape(html, into: &output)
      }
    }
  }

  /// Appends `text` with `&`, `<`, `>` and `"` escaped.
  static func escape(_ text: String, into output: inout String) {
    var plainStart = text.utf8.startIndex
    var index = plainStart
    let utf8 = text.utf8
    while index < utf8.endIndex {
      let replacement: String?
      switch utf8[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      default: replacement = nil
      }
      if let replacement {
        output += text[plainStart..<index]
        output += replacement
        plainStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    output += text[plainStart..<utf8.endIndex]
  }

  /// Appends a URL for an attribute: bytes outside the URL-safe set are percent-encoded.
  static func escapeURL(_ url: String, into output: inout String) {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in url.utf8 {
      if byte.isASCIIAlphanumeric {
        bytes.append(byte)
        continue
      }
      switch byte {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#x27;".utf8)
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"),
        UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
        UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
        bytes.append(byte)
      default:
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      }
    }
    output += String(decoding: bytes, as: UTF8.self)
  }
}
