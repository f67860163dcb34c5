import Testing

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore
@testable import TerminalText

/// Links: clickable OSC 8 hyperlinks on a colour terminal, `text <url>` everywhere else, and
/// no control character from content inside the escape sequence.
@Suite struct HyperlinkRenderingTests {
  private func topic(link destination: String) throws -> Topic {
    try TopicLoader.load(
      id: "links", file: "topics/links.md",
      source: """
        # Links

        A summary.

        ## Reading
        Read [the guide](\(destination)) for more.

        """)
  }

  @Test func aColourTerminalGetsAnOSC8Hyperlink() throws {
    let options = RenderOptions(
      width: 80, measure: 80, color: true, isTerminal: true, hyperlinks: true)
    let text = TopicRenderer.text(try topic(link: "https://example.com/guide"), options: options)
    #expect(text.contains("\u{1B}]8;;https://example.com/guide\u{1B}\\"))
    #expect(text.contains("\u{1B}]8;;\u{1B}\\"), "the link is closed")
    #expect(!text.contains("<https://example.com/guide>"), "the address is not repeated")
  }

  @Test(arguments: [
    RenderOptions(width: 80, color: false, isTerminal: true),
    RenderOptions(width: 80, measure: nil, color: true, isTerminal: false),
    .plain(),
  ])
  func elsewhereALinkIsTextAndAddress(options: RenderOptions) throws {
    let text = TopicRenderer.text(try topic(link: "https://example.com/guide"), options: options)
    #expect(!text.contains("\u{1B}]8"))
    #expect(text.contains("the guide") && text.contains("<https://example.com/guide>"))
  }

  @Test func controlCharactersInAnAddressAreNeutralised() throws {
    // An address that tries to end the sequence and start another one.
    let hostile = "https://example.com/\u{1B}\\\u{1B}]8;;https://evil.example\u{07}x"
    let run = StyledText("guide", style: .link, link: hostile)
    let line = TextWrapper.wrap(run, width: 80, color: true)[0]
    let escapes = line.unicodeScalars.filter { $0 == "\u{1B}" }.count
    // Opening and closing sequences (two ESC each) and the colour on and off.
    #expect(escapes == 6, "\(line.debugDescription)")
    #expect(!line.contains("\u{07}"))
    #expect(
      Hyperlink.open(hostile)
        == "\u{1B}]8;;https://example.com/^[\\^[]8;;https://evil.example^Gx\u{1B}\\")
  }

  @Test func aLinkWrappedOverTwoLinesIsClosedAndReopenedOnEach() {
    let text = StyledText("one two three", style: .link, link: "https://example.com")
    let lines = TextWrapper.wrap(text, width: 8, color: true)
    #expect(lines.count == 2)
    for line in lines {
      #expect(line.hasPrefix("\u{1B}]8;;https://example.com\u{1B}\\"), "\(line.debugDescription)")
      #expect(line.hasSuffix("\u{1B}]8;;\u{1B}\\"), "\(line.debugDescription)")
    }
  }
}
