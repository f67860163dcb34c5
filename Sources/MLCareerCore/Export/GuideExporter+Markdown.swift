import GuideModel
import Markdown

/// The guide as one Markdown file: a title, a table of contents, every topic with its headings
/// one level down, then the salary tables, the skills by group, the market figures and the
/// sources.
extension GuideExporter {
  /// The whole guide as Markdown, ready to read on GitHub, print or convert; the table of
  /// contents links to each part by the anchor GitHub gives its heading. With `progress`, the
  /// checklist with its marks follows the skills.
  package static func markdown(_ document: GuideDocument, progress: ProgressState? = nil) -> String
  {
    var anchors = HeadingAnchors()
    _ = anchors.anchor(for: title)
    _ = anchors.anchor(for: "Contents")
    // Each part is Markdown with its title as a level 1 heading first: a topic's source, or an
    // appendix's body under its title.
    var sources = document.topics.map(\.source)
    func append(_ title: String, _ body: String) {
      sources.append("# \(title)\n\n\(body)")
    }
    if !document.salaries.records.isEmpty {
      append(
        "Salary figures",
        SalaryExporter.markdown(document.salaries.records, of: document.salaries))
    }
    if !document.skills.skills.isEmpty {
      append("Skills by group", SkillListRenderer.markdown(document.skills))
      if let progress {
        let checklist = Checklist(catalog: document.skills, state: progress)
        append("Your checklist", ChecklistRenderer.markdown(checklist))
      }
    }
    if !document.marketFigures.isEmpty {
      append("Market figures", marketTable(document.marketFigures))
    }
    append("Sources", sourceList(document.sources))
    var contents: [String] = []
    var parts = ""
    for source in sources {
      let (text, headings) = demoted(source)
      let partAnchors = headings.map { anchors.anchor(for: $0) }
      if let heading = headings.first {
        let link = "[\(heading.markdownEscaped)](#\(partAnchors[0]))"
        contents.append("\(contents.count + 1). \(link)\n")
      }
      parts += "\n" + text + (text.hasSuffix("\n") ? "" : "\n")
    }

    var result = "# \(title)\n\n"
    result += "Edition \(document.edition), exported by mlcareer \(MLCareerVersion.tool). "
    result += "Every figure is given as its source states it; see Sources at the end.\n\n"
    result += "## Contents\n\n" + contents.joined() + parts
    return result
  }

  /// `markdown` with every ATX heading one level deeper (`#` → `##`; a level 6 heading stays
  /// at 6), and the texts of all its headings in order, as the Markdown parser reads them.
  static func demoted(_ markdown: String) -> (text: String, headings: [String]) {
    // The parser counts lines as `sourceLines` does, and a block's column is a byte offset.
    var lines = markdown.sourceLines.map(String.init)
    var headings: [String] = []
    func demote(_ blocks: [MarkdownBlock]) {
      for block in blocks {
        switch block.kind {
        case .heading(let level, let content):
          headings.append(content.plainText)
          let line = lines[block.line - 1]
          let marker = line.utf8.dropFirst(block.column - 1)
          // Only an ATX heading has `#`s to add to: a setext heading, its text underlined,
          // keeps its level.
          let after = marker.dropFirst(level).first
          guard level < 6, marker.prefix(level).allSatisfy({ $0 == UInt8(ascii: "#") }),
            after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
          else { continue }
          lines[block.line - 1] = line[..<marker.startIndex] + "#" + line[marker.startIndex...]
        case .blockQuote(let children): demote(children)
        case .list(let list): for item in list.items { demote(item.blocks) }
        default: break
        }
      }
    }
    demote(MarkdownParser.parse(markdown).blocks)
    return (lines.joined(separator: "\n"), headings)
  }

  /// A GFM table of the market figures: what, how much, when, the topic and the source.
  static func marketTable(_ figures: [MarketFigure]) -> String {
    let rows = figures.map { figure in
      // The topic is a slug (letters, digits, dashes), so it goes in a code span as it is:
      // escaping it would show the backticks instead of code.
      let text = [figure.label, figure.formattedValue, figure.when ?? "", figure.note ?? ""]
      return text.map(\.markdownEscaped) + ["`\(figure.topic)`", figure.source.markdownEscaped]
    }
    return RecordTable.markdown(
      escaped: [["Figure", "Value", "When", "Note", "Topic", "Source"]] + rows,
      alignments: ["---", "---:", "---", "---", "---", "---"])
  }

  /// The sources as a list: title, id and year, then what each is.
  static func sourceList(_ sources: [GuideSource]) -> String {
    sources.map { source in
      let year = source.year.map { ", \($0)" } ?? ""
      return
        "- **\(source.title.markdownEscaped)** (`\(source.id)`\(year)): \(source.description.markdownEscaped)\n"
    }.joined()
  }

}

/// The anchors GitHub gives headings: lower case, only letters, digits, spaces, `-` and `_`
/// kept, spaces turned into `-`; a repeated anchor gets `-1`, `-2`, … in document order.
struct HeadingAnchors {
  private var used: [String: Int] = [:]

  /// The anchor of the next heading whose text is `text`.
  mutating func anchor(for text: String) -> String {
    let base = text.lowercased()
      .filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
      .replacing(" ", with: "-")
    let count = used[base, default: 0]
    used[base] = count + 1
    return count == 0 ? base : "\(base)-\(count)"
  }
}
