import Foundation
import TestSupport
import Testing

@testable import Markdown

/// Runs the CommonMark 0.31.2 spec's examples through `MarkdownParser` and `HTMLRenderer`.
@Suite struct CommonMarkSpecTests {
  struct Example: Decodable {
    let markdown: String
    let html: String
    let example: Int
    let section: String
  }

  /// The least number of examples of each section that must pass: a ratchet, raised to what
  /// the parser achieves so that a regression fails. Every section is in scope.
  static let floors: [String: Int] = [
    "Tabs": 11, "Backslash escapes": 13, "Entity and numeric character references": 17,
    "Precedence": 1, "Thematic breaks": 19, "ATX headings": 18, "Setext headings": 27,
    "Indented code blocks": 12, "Fenced code blocks": 29, "HTML blocks": 46,
    "Link reference definitions": 27, "Paragraphs": 8, "Blank lines": 1, "Block quotes": 25,
    "List items": 48, "Lists": 26, "Inlines": 1, "Code spans": 22,
    "Emphasis and strong emphasis": 132, "Links": 90, "Images": 22, "Autolinks": 19,
    "Raw HTML": 21, "Hard line breaks": 15, "Soft line breaks": 2, "Textual content": 3,
  ]

  /// The spec's examples, from the shared folder (CI keeps shared/ beside the clone).
  static var specURL: URL { SharedMaterial.url(SharedMaterial.commonMarkSpec) }

  static func loadExamples() throws -> [Example] {
    try JSONDecoder().decode([Example].self, from: Data(contentsOf: specURL))
  }

  /// Whether an example renders as the spec says, after normalising whitespace between tags.
  static func passes(_ example: Example) -> Bool {
    let html = HTMLRenderer.render(MarkdownParser.parse(example.markdown))
    return SpecHTMLNormalizer.normalize(html) == SpecHTMLNormalizer.normalize(example.html)
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.commonMarkSpec),
      SharedMaterial.skipReason(SharedMaterial.commonMarkSpec)))
  func examplesPassPerSection() throws {
    let examples = try Self.loadExamples()
    #expect(examples.count == 655)
    var sections: [String] = []
    var passed: [String: Int] = [:]
    var total: [String: Int] = [:]
    var failing: [Int] = []
    for example in examples {
      if total[example.section] == nil { sections.append(example.section) }
      total[example.section, default: 0] += 1
      if Self.passes(example) {
        passed[example.section, default: 0] += 1
      } else {
        failing.append(example.example)
      }
    }
    var report = "CommonMark 0.31.2 examples passed, per section:\n"
    for section in sections {
      let count = passed[section] ?? 0
      let all = total[section] ?? 0
      let percent = Double(count) * 100 / Double(all)
      report += "  \(section.padding(toLength: 42, withPad: " ", startingAt: 0))"
      report += "\(String(format: "%3d/%3d  %5.1f%%", count, all, percent))\n"
    }
    let exact = examples.filter {
      HTMLRenderer.render(MarkdownParser.parse($0.markdown)) == $0.html
    }
    report += "  byte-identical to the spec's HTML without normalising: \(exact.count)\n"
    let all = examples.count
    report += "  total: \(all - failing.count)/\(all); failing: \(failing)\n"
    print(report)
    for section in sections {
      let floor = Self.floors[section] ?? 0
      #expect(
        (passed[section] ?? 0) >= floor,
        Comment(rawValue: "\(section): \(passed[section] ?? 0) passed, floor \(floor)\n" + report))
    }
  }

  /// Checks the examples named in `COMMONMARK_SHOW` (section names or example numbers,
  /// comma-separated, or `all`) one by one, recording each failure with both renderings: a
  /// debugging aid, run only when that variable is set.
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["COMMONMARK_SHOW"] != nil,
      "a debugging aid: set COMMONMARK_SHOW to section names, example numbers or 'all'"),
    .enabled(
      if: SharedMaterial.has(SharedMaterial.commonMarkSpec),
      SharedMaterial.skipReason(SharedMaterial.commonMarkSpec)))
  func namedExamplesPass() throws {
    let wanted = Set(
      (ProcessInfo.processInfo.environment["COMMONMARK_SHOW"] ?? "").split(separator: ",").map(
        String.init))
    for example in try Self.loadExamples()
    where wanted.contains("all") || wanted.contains(example.section)
      || wanted.contains(String(example.example))
    {
      let html = HTMLRenderer.render(MarkdownParser.parse(example.markdown))
      #expect(
        Self.passes(example),
        """
        example \(example.example) (\(example.section)): \(example.markdown.debugDescription)
        expected: \(example.html.debugDescription)
        actual:   \(html.debugDescription)
        """)
    }
  }
}

/// The spec runner's normalisation: whitespace around block-level tags is dropped and other
/// whitespace runs become one space, except inside `<pre>`.
enum SpecHTMLNormalizer {
  static let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup",
    "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
    "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav",
    "noframes", "ol", "optgroup", "option", "p", "param", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
  ]

  static func normalize(_ html: String) -> String {
    var output = ""
    var inPre = false
    var skipSpace = true
    var rest = Substring(html)
    while !rest.isEmpty {
      if rest.first == "<", let tagEnd = rest.firstIndex(of: ">"), rest.count > 1,
        let second = rest.dropFirst().first, second.isLetter || "/!?".contains(second)
      {
        let tag = rest[...tagEnd]
        rest = rest[rest.index(after: tagEnd)...]
        let name = tag.dropFirst().drop(while: { $0 == "/" }).prefix(while: {
          $0.isLetter || $0.isNumber
        }).lowercased()
        if name == "pre" { inPre = !tag.hasPrefix("</") }
        if blockTags.contains(name) {
          while output.last == " " { output.removeLast() }
          output += tag
          skipSpace = true
        } else {
          output += tag
          skipSpace = false
        }
        continue
      }
      let textEnd = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
      let text = rest[..<textEnd]
      rest = rest[textEnd...]
      if inPre {
        output += text
        skipSpace = false
        continue
      }
      for character in text {
        if character.isWhitespace {
          if !skipSpace && output.last != " " { output += " " }
        } else {
          output.append(character)
          skipSpace = false
        }
      }
    }
    while output.last == " " { output.removeLast() }
    return output
  }
}
