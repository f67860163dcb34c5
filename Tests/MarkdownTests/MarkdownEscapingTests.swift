import Testing

@testable import Markdown

@Suite struct MarkdownEscapingTests {
  @Test func escapesSyntaxCharacters() {
    #expect("a_b *c* [d]".markdownEscaped == #"a\_b \*c\* \[d\]"#)
    #expect("C# | F#".markdownEscaped == ##"C\# \| F\#"##)
    #expect("two\nlines".markdownEscaped == "two lines")
  }

  @Test(arguments: [
    "Plain words", "a_b *c* **d** `e`", "[link](x) <http://a.b> ~~s~~", "# not a heading",
    "> not a quote", "back\\slash", "1. not a list", "12) nor this", "- nor this", "+ nor this",
    "C# and F#", "pipes | in | cells", "~$113,992",
  ])
  func escapedTextReadsBackAsTheSameText(text: String) throws {
    let document = MarkdownParser.parse("- " + text.markdownEscaped)
    guard case .list(let list) = document.blocks.first?.kind,
      case .paragraph(let inlines) = list.items.first?.blocks.first?.kind
    else {
      Issue.record("not a one-item list: \(document)")
      return
    }
    #expect(inlines.plainText == text)
  }
}
