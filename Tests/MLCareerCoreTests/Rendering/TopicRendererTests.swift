import TerminalText
import TestSupport
import Testing

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore
@testable import Markdown

@Suite struct TopicRendererTests {
  static let fixture = try! TopicLoader.load(
    id: "fixture", file: "topics/fixture.md",
    source: """
      # A Fixture Topic

      A lead paragraph with *emphasis*, **strong** text, `code` and a [link](https://example.com).

      ## Lists
      - A first item long enough that it has to wrap onto a second line at a narrow width.
        - A nested item, also long enough to need a hanging indent when it wraps around.
      - [x] A finished task
      - [ ] An open task

      1. First step
      2. Second step

      ## Other blocks
      > A quoted remark that runs on for a while so that it wraps inside the quote bar.

      ```
      let code = "kept as is"
      ```

      | Figure | Value |
      | --- | ---: |
      | Entry level | ~$113,992 |
      | 東京 | $1 |

      """)

  static let guide = Guide.embedded()

  /// Every topic of the real guide shows its title and every heading, within the width; the
  /// exact layout is the fixture goldens' business, so a content edit rewrites no file here.
  /// (Below 120 columns some topics' tables are wider than the screen, so narrower widths are
  /// checked on responsibilities alone, which has none.)
  @Test(arguments: [("responsibilities", 40), ("responsibilities", 60), (nil, 120)])
  func realTopicsFitTheWidth(topicID: String?, width: Int) throws {
    let topics = try topicID.map { [try Self.guide.topic($0)] } ?? Self.guide.allTopics()
    for topic in topics {
      let text = TopicRenderer.text(
        topic, options: RenderOptions(width: width, color: false, isTerminal: true))
      let lines = text.split(separator: "\n").map(String.init)
      for line in lines {
        #expect(line.displayWidth <= width, "\(topic.id): \(line)")
      }
      #expect(lines.first == topic.title, "\(topic.id)")
      for section in topic.sections {
        #expect(lines.contains(section.title), "\(topic.id): \(section.title)")
      }
    }
  }

  @Test(arguments: [40, 80])
  func everyConstructAtFixedWidths(width: Int) throws {
    let options = RenderOptions(width: width, color: false, isTerminal: true)
    try Snapshot.expect(
      TopicRenderer.text(Self.fixture, options: options), matches: "Rendering/fixture-\(width).txt")
  }

  @Test func colourStylesHeadingsEmphasisCodeAndLinks() throws {
    let options = RenderOptions(width: 80, color: true, isTerminal: true)
    let text = TopicRenderer.text(Self.fixture, options: options)
    try Snapshot.expect(text, matches: "Rendering/fixture-color.txt")
    #expect(text.contains("\u{1B}[1;4mA Fixture Topic\u{1B}[0m"))
    #expect(text.contains("\u{1B}[1;36mLists\u{1B}[0m"))
  }

  @Test func pipedOutputIsPlainWithWholeListItems() {
    let text = TopicRenderer.text(Self.fixture, options: .plain(width: 30))
    #expect(!text.contains("\u{1B}"))
    #expect(
      text.contains(
        "\n  - A first item long enough that it has to wrap onto a second line at a narrow width.\n"
      ))
    #expect(text.contains("\n    - A nested item, also long enough"))
    #expect(text.contains("\n  - [x] A finished task\n"))
    #expect(text.contains("\n  > A quoted remark"))
  }

  @Test func markdownOfASectionIsItsSourceLines() {
    let section = Self.fixture.sections[0]
    let markdown = TopicRenderer.markdown(Self.fixture, section: section)
    #expect(markdown.hasPrefix("## Lists\n- A first item"))
    #expect(markdown.hasSuffix("2. Second step\n"))
  }

  /// The lines `BlockRenderer` writes for `blocks`.
  static func lines(_ blocks: [MarkdownBlock], options: RenderOptions, indent: Int) -> [String] {
    var writer = LineWriter()
    BlockRenderer(options: options).write(blocks, indent: indent, to: &writer)
    let text = writer.output.string
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// The blank lines between blocks: one between two blocks that write lines, none for a
  /// block that writes nothing (an empty quote), none before the first or after the last.
  /// Raw HTML is not rendered but shown as the text it is, as the HTML export shows it.
  @Test func blocksAreSeparatedByOneBlankLine() throws {
    let blocks = MarkdownParser.parse(
      ">\n\nOne.\n\n>\n\n- a\n- b\n\n<!-- c -->\n\nTwo <T>.\n"
    ).blocks
    for options in [
      RenderOptions.plain(), RenderOptions(width: 40, color: false, isTerminal: false),
    ] {
      #expect(
        Self.lines(blocks, options: options, indent: 2) == [
          "  One.", "", "  - a", "  - b", "", "  <!-- c -->", "", "  Two <T>.",
        ])
    }
  }

  /// A quote's bars stand before each of its lines, blank ones too, the blank line before a
  /// quote has no bar, and a quote inside a quote adds its own.
  @Test func nestedQuotesPrefixEveryLineOnce() {
    let blocks = MarkdownParser.parse("x\n\n> a\n>\n> > b\n> >\n> > - c\n>\n> d\n").blocks
    #expect(
      Self.lines(blocks, options: .plain(), indent: 2) == [
        "  x", "", "  > a", "  >", "  > > b", "  > >", "  > > - c", "  >", "  > d",
      ])
  }

  /// Issue 28: a paragraph inside 100 quotes is written once, behind every bar. (It was copied
  /// once per level; that its cost no longer grows with the depth, the benchmark's
  /// pathological section checks.)
  @Test func aParagraphDeepInQuotesIsWrittenOnceBehindEveryBar() throws {
    let paragraph = String(repeating: "word ", count: 1_000)
    let blocks = MarkdownParser.parse(String(repeating: ">", count: 100) + " " + paragraph).blocks
    #expect(
      Self.lines(blocks, options: .plain(), indent: 0) == [
        String(repeating: "> ", count: 100) + paragraph.dropLast()
      ])
  }
}
