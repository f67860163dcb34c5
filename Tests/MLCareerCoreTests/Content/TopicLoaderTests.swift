import Markdown
import TestSupport
import Testing
import TextSupport

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore

@Suite struct TopicLoaderTests {
  static let wellFormed = """
    # Best Practices

    Habits that keep *machine learning* systems reliable.

    ## Data
    - Check completeness.
      - And balance.

    ## Deployment and monitoring
    Watch models in production.

    - Enable shadow deployment.

    """

  @Test func readsTitleSummaryAndSections() throws {
    let topic = try TopicLoader.load(
      id: "best-practices", file: "Data/topics/bp.md", source: Self.wellFormed)
    #expect(topic.title == "Best Practices")
    #expect(topic.summaryText == "Habits that keep machine learning systems reliable.")
    #expect(topic.sections.map(\.id) == ["data", "deployment-and-monitoring"])
    #expect(topic.sections.map(\.title) == ["Data", "Deployment and monitoring"])
    #expect(topic.sections[0].lines == 5..<9)
    #expect(topic.sections[1].lines == 9..<13)
  }

  /// Issue 12, defect 7: CR-only line ends made the section's line range run backwards (a trap),
  /// because the loader counted only line feeds while the parser also ends lines at CR.
  @Test(arguments: ["\r", "\r\n", "\n"])
  func readsSectionsWhateverEndsTheLines(_ end: String) throws {
    let source = ["# T", "s", "## A", "x", "## B", "y"].joined(separator: end)
    let topic = try TopicLoader.load(id: "t", file: "topics/t.md", source: source)
    #expect(topic.sections.map(\.id) == ["a", "b"])
    #expect(topic.sections.map(\.lines) == [3..<5, 5..<7])
    #expect(TopicRenderer.markdown(topic, section: topic.sections[0]) == "## A\nx\n")
  }

  @Test(arguments: [
    ("data", NameMatch.found("data")),
    ("Deployment and monitoring", .found("deployment-and-monitoring")),
    ("deploy", .found("deployment-and-monitoring")), ("dta", .notFound(suggestions: ["data"])),
  ])
  func sectionsResolveByIdHeadingOrPrefix(name: String, match: NameMatch) throws {
    let topic = try TopicLoader.load(id: "bp", file: "Data/topics/bp.md", source: Self.wellFormed)
    #expect(topic.resolveSection(name).nameMatch(id: \.id) == match)
  }

  @Test func headerParsesOnlyTitleAndSummary() throws {
    // A broken section further down does not stop the header from being read.
    let source = Self.wellFormed + "\n# A second title\n"
    let header = try TopicLoader.header(id: "bp", file: "Data/topics/bp.md", source: source)
    #expect(header.title == "Best Practices")
    #expect(header.summary == "Habits that keep machine learning systems reliable.")
    #expect(throws: ContentError.self) {
      try TopicLoader.load(id: "bp", file: "Data/topics/bp.md", source: source)
    }
  }

  @Test(arguments: [
    (
      "Just a paragraph.\n",
      "Data/topics/x.md:1:1: error: expected the topic's '# Title' heading as its first line"
    ),
    ("", "Data/topics/x.md:1:1: error: expected the topic's '# Title' heading as its first line"),
    (
      "\n\n## Section\n",
      "Data/topics/x.md:3:1: error: expected the topic's '# Title' heading as its first line"
    ),
    (
      "# Title\n\n## Section\n- a\n",
      "Data/topics/x.md:3:1: error: expected a lead paragraph (the topic's one-line summary) after the title"
    ),
    (
      "# Title\n",
      "Data/topics/x.md:2:1: error: expected a lead paragraph (the topic's one-line summary) after the title"
    ),
    (
      "# Title\n\nLead.\n\n## A\n- a\n\n# Again\n",
      "Data/topics/x.md:8:1: error: a topic has one '# Title' heading; use '## Heading' for a section"
    ),
    (
      "# Title\n\nLead.\n\n## Empty\n## Next\n- a\n",
      "Data/topics/x.md:5:1: error: the section 'Empty' is empty; expected a paragraph or a list under it"
    ),
    (
      "# Title\n\nLead.\n\n## Data\n- a\n\n## data\n- b\n",
      "Data/topics/x.md:8:1: error: a second section with the id 'data' (the first is at line 5)"
    ),
  ])
  func brokenShapesNameFileLineAndColumn(source: String, message: String) {
    #expect {
      try TopicLoader.load(id: "x", file: "Data/topics/x.md", source: source)
    } throws: { error in
      (error as? ContentError)?.description == message
    }
  }

  @Test(arguments: [
    ("Deployment and monitoring", "deployment-and-monitoring"),
    ("Edge, IoT and 5G", "edge-iot-and-5g"),
    ("AI/ML engineer", "ai-ml-engineer"), ("  Spaced  out ", "spaced-out"),
    ("Engineer or data scientist?", "engineer-or-data-scientist"),
    ("MLOps & CI/CD: 2024's TOP-10", "mlops-ci-cd-2024-s-top-10"), ("---", ""), ("", ""),
    ("Café Über-Größe", "café-über-größe"), ("Ünïcode then ASCII", "ünïcode-then-ascii"),
  ])
  func sectionIdsAreSlugs(title: String, id: String) {
    #expect(TopicLoader.slug(title) == id)
  }

  /// Issue 28: a topic of thousands of sections loads each with its own id. (A topic of 80,000
  /// took 13 s, each id looked for among all before it; that the cost now grows linearly, the
  /// benchmark's pathological section checks.)
  @Test func thousandsOfSectionsLoadEachWithItsId() throws {
    let source = "# T\n\ns\n\n" + (0..<8_000).map { "## S\($0)\n\nx\n\n" }.joined()
    let topic = try TopicLoader.load(id: "t", file: "t.md", source: source)
    #expect(topic.sections.map(\.id) == (0..<8_000).map { "s\($0)" })
  }

  /// A byte order mark before the title is not part of the text (as JSON files read it), and
  /// columns on the first line count from after it.
  @Test func aByteOrderMarkBeforeTheTitleIsSkipped() throws {
    let topic = try TopicLoader.load(id: "t", file: "t.md", source: "\u{FEFF}" + Self.wellFormed)
    #expect(topic.title == "Best Practices")
    #expect(topic.sections.map(\.id) == ["data", "deployment-and-monitoring"])
    #expect(MarkdownParser.parse("\u{FEFF}# T").blocks.first?.column == 1)
  }

  /// Angle brackets that are not HTML a renderer shows are the text they are, in titles too.
  @Test func textInAngleBracketsIsKept() throws {
    let topic = try TopicLoader.load(
      id: "t", file: "t.md", source: "# Using <T>\n\nList<String> and <vector>.\n\n## A\n\nx\n")
    #expect(topic.title == "Using <T>")
    #expect(topic.summaryText == "List<String> and <vector>.")
  }
}
