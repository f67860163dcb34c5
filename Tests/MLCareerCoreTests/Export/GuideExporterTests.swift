import Foundation
import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

@Suite struct GuideExporterTests {
  static let document = GuideDocument(library: ContentLibrary())

  @Test func demotesEveryHeadingOneLevelOutsideCodeFences() {
    let source = """
      # Title #
      Lead.

      ## Section
      ```
      # not a heading
      ```
      ###### Deepest
      #hashtag
          # indented code
      """
    let (text, headings) = GuideExporter.demoted(source)
    #expect(headings == ["Title", "Section", "Deepest"])
    #expect(
      text == """
        ## Title #
        Lead.

        ### Section
        ```
        # not a heading
        ```
        ###### Deepest
        #hashtag
            # indented code
        """)
  }

  /// Headings are found as the parser finds them: a fence ends only at a fence as long as its
  /// opening, headings in quotes and list items count, and a heading's text is what it shows.
  @Test func demotesTheHeadingsTheParserReads() {
    let source = """
      # Title

      ~~~~
      # fenced ~~~
      ~~~
      # still fenced
      ~~~~
      > ## Quoted
      - item
        ## In an item

      Underlined
      ==========
      ### [Link](https://example.com) &amp; `code`
      """
    let (text, headings) = GuideExporter.demoted(source)
    #expect(headings == ["Title", "Quoted", "In an item", "Underlined", "Link & code"])
    #expect(
      text == """
        ## Title

        ~~~~
        # fenced ~~~
        ~~~
        # still fenced
        ~~~~
        > ### Quoted
        - item
          ### In an item

        Underlined
        ==========
        #### [Link](https://example.com) &amp; `code`
        """)
  }

  @Test func anchorsFollowGitHubRules() {
    var anchors = HeadingAnchors()
    #expect(anchors.anchor(for: "AI/ML Across Industries") == "aiml-across-industries")
    #expect(anchors.anchor(for: "What's next? (2030)") == "whats-next-2030")
    #expect(anchors.anchor(for: "Sources") == "sources")
    #expect(anchors.anchor(for: "Sources") == "sources-1")
    #expect(anchors.anchor(for: "Café au lait") == "café-au-lait")
  }

  @Test func markdownHasATitleAContentsLinkForEachTopicAndEveryTopic() throws {
    let markdown = GuideExporter.markdown(Self.document)
    #expect(markdown.hasPrefix("# AI/ML Engineer Career Guide\n"))
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    // Every heading's anchor, computed in document order as GitHub does.
    var anchors = HeadingAnchors()
    var headingAnchors: [String: String] = [:]
    var inFence = false
    for line in lines {
      if line.hasPrefix("```") { inFence.toggle() }
      guard !inFence, line.hasPrefix("#") else { continue }
      let text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
      let anchor = anchors.anchor(for: text)
      if headingAnchors[text] == nil { headingAnchors[text] = anchor }
      #expect(!line.hasPrefix("# ") || line == lines[0], "only the document title is level 1")
    }
    for topic in Self.document.topics {
      let anchor = try #require(headingAnchors[topic.title], "\(topic.title)")
      #expect(markdown.contains("](#\(anchor))\n"), "no contents link to \(topic.title)")
      #expect(markdown.contains("\n## \(topic.title)\n"))
      for section in topic.sections {
        #expect(markdown.contains("\n### \(section.title)\n"), "\(topic.id): \(section.title)")
      }
    }
    #expect(markdown.contains("](#market-figures)"))
    #expect(markdown.contains("](#salary-figures)"))
    #expect(markdown.contains("](#skills-by-group)"))
    #expect(markdown.contains("| San Francisco, CA |"))
    #expect(markdown.contains("- **Python** (`python`, core): "))
    #expect(markdown.contains("| Global machine learning market | $26.03 billion | 2023 |"))
  }

  /// `bytes`, JSON text, read back as a value.
  private static func read(_ bytes: [UInt8]) throws -> JSONOutput {
    try JSONParser.parse(String(decoding: bytes, as: UTF8.self), file: "out.json").output
  }

  @Test func jsonCarriesEveryTopicInTheShapeOfShowAndEveryFigure() throws {
    var pieces: [[UInt8]] = []
    GuideExporter.writeJSON(library: ContentLibrary()) { pieces.append($0) }
    // The built-in guide goes out in several pieces, which together make one document.
    #expect(pieces.count > 1)
    let json = try Self.read(Array(pieces.joined()))
    guard case .object(let members) = json else {
      Issue.record("not an object")
      return
    }
    let keys = members.map(\.key)
    #expect(
      keys == [
        "schemaVersion", "edition", "sources", "topics", "salaries", "skills", "marketFigures",
      ])
    #expect(members[0].value == .int(1))
    let shown = try Self.document.topics.map {
      try Self.read(TopicJSONRenderer.json([TopicPart($0)]))
    }
    #expect(members[3].value == .array(shown))
    guard case .object(let salaries) = members[4].value else {
      Issue.record("salaries is not an object")
      return
    }
    #expect(salaries.map(\.key) == ["dimensions", "records", "footnote", "disagreements"])
    let records = Self.document.salaries.records.map(SalaryExporter.output)
    #expect(salaries[1].value == (try Self.read(Array(JSONWriter.render(.array(records)).utf8))))
    let skills = SkillListRenderer.output(Self.document.skills)
    #expect(members[5].value == (try Self.read(Array(JSONWriter.render(skills).utf8))))
    guard case .array(let figures) = members[6].value else {
      Issue.record("marketFigures is not an array")
      return
    }
    #expect(figures.count == Self.document.marketFigures.count)
  }

  @Test func marketTableShowsTheTopicAsCodeAndEscapesTheText() {
    let figure = MarketFigure(
      id: "share", label: "Share | of *market*", value: .percent(36.2), topic: "industry-trends",
      source: "career-notes", period: "2023-2030",
      location: SourceLocation(file: "market.json", line: 1, column: 1))
    let table = GuideExporter.marketTable([figure])
    #expect(
      table.split(separator: "\n").last
        == "| Share \\| of \\*market\\* | 36\\.2% | 2023-2030 |  | `industry-trends` | career-notes |"
    )
    #expect(!table.contains("\\`"), "a code span, not escaped backticks")
  }

  @Test func figuresKeepTheirKindAndNumbers() {
    let location = SourceLocation(file: "Data/market.json", line: 1, column: 1)
    let range = MarketFigure(
      id: "value", label: "Value", value: .range(low: 200, high: 340, unit: "USD billion"),
      topic: "industries", source: "notes", location: location)
    #expect(
      JSONWriter.render(GuideExporter.output(range))
        == JSONWriter.render([
          "id": "value", "label": "Value", "kind": "range", "low": 200.0, "high": 340.0,
          "unit": "USD billion", "formatted": "$200–340 billion", "approximate": false,
          "topic": "industries", "source": "notes",
        ]))
    let count = MarketFigure(
      id: "jobs", label: "Jobs", value: .count(1_000_000), topic: "market-demand",
      source: "notes", year: 2027, isApproximate: true, location: location)
    #expect(
      JSONWriter.render(GuideExporter.output(count))
        == JSONWriter.render([
          "id": "jobs", "label": "Jobs", "kind": "count", "value": 1_000_000,
          "formatted": "~1,000,000", "year": 2027, "approximate": true, "topic": "market-demand",
          "source": "notes",
        ]))
  }
}
