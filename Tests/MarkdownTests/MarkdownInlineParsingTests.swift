import Testing

@testable import Markdown

/// Inline content: emphasis, code, links, escapes, entities, breaks.
@Suite struct MarkdownInlineParsingTests {
  private func inlines(_ markdown: String) -> [MarkdownInline] {
    guard case .paragraph(let content)? = MarkdownParser.parse(markdown).blocks.first?.kind else {
      return []
    }
    return content
  }

  @Test func emphasisAndStrongNest() {
    #expect(
      inlines("*a **b** c* __d__ _e_")
        == [
          .emphasis([.text("a "), .strong([.text("b")]), .text(" c")]), .text(" "),
          .strong([.text("d")]), .text(" "), .emphasis([.text("e")]),
        ])
    #expect(inlines("***both***") == [.emphasis([.strong([.text("both")])])])
  }

  @Test func intrawordUnderscoreIsNotEmphasis() {
    #expect(
      inlines("snake_case_name and 2*3*4") == [
        .text("snake_case_name and 2"), .emphasis([.text("3")]), .text("4"),
      ])
  }

  @Test(arguments: ["**a", "*a", "a**", "__a", "**", "_ a_"])
  func unclosedEmphasisStaysText(markdown: String) {
    #expect(inlines(markdown) == [.text(markdown)])
  }

  @Test func codeSpansStripOneSpaceAndKeepBackslashes() {
    #expect(inlines("`` a ` b `` and `\\*`") == [.code("a ` b"), .text(" and "), .code("\\*")])
    #expect(inlines("`one\ntwo`") == [.code("one two")])
    #expect(inlines("``unclosed`") == [.text("``unclosed`")])
  }

  @Test func inlineLinksAndImages() {
    #expect(
      inlines("[the *site*](https://x.org/a_b \"T\") ![alt](i.png)")
        == [
          .link(
            destination: "https://x.org/a_b", title: "T",
            content: [.text("the "), .emphasis([.text("site")])]),
          .text(" "), .image(source: "i.png", title: "", alt: [.text("alt")]),
        ])
    #expect(
      inlines("[a](<with space> 'q')") == [
        .link(destination: "with space", title: "q", content: [.text("a")])
      ])
  }

  @Test(arguments: ["[link](", "[link](/url", "[link", "[link](<a)", "]["])
  func unclosedLinksStayText(markdown: String) {
    #expect(inlines(markdown) == [.text(markdown)])
  }

  @Test func referenceLinksInAllThreeForms() {
    let markdown = "[full][Ref] [Ref][] [ref]\n\n[REF]: /target 'Title'"
    let link = { (text: String) in
      MarkdownInline.link(destination: "/target", title: "Title", content: [.text(text)])
    }
    #expect(inlines(markdown) == [link("full"), .text(" "), link("Ref"), .text(" "), link("ref")])
    #expect(inlines("[undefined] and [x][y]") == [.text("[undefined] and [x][y]")])
  }

  @Test func autolinks() {
    #expect(
      inlines("<https://example.com/a?b=c> <me@example.org> < not a link>")
        == [
          .link(
            destination: "https://example.com/a?b=c", title: "",
            content: [.text("https://example.com/a?b=c")]),
          .text(" "),
          .link(
            destination: "mailto:me@example.org", title: "", content: [.text("me@example.org")]),
          .text(" < not a link>"),
        ])
  }

  @Test func backslashEscapesAndEntities() {
    #expect(
      inlines("\\*not\\* \\a &amp; &copy; &#35; &#x1F600; &bogus;") == [
        .text("*not* \\a & © # 😀 &bogus;")
      ])
  }

  @Test func hardAndSoftBreaks() {
    #expect(
      inlines("a  \nb\\\nc\nd") == [
        .text("a"), .lineBreak, .text("b"), .lineBreak, .text("c"), .softBreak, .text("d"),
      ])
    #expect(inlines("trailing  ") == [.text("trailing")])
  }

  @Test func rawHTMLIsKept() {
    #expect(
      inlines("a <span class=\"x\">b</span> <!-- c -->") == [
        .text("a "), .html("<span class=\"x\">"), .text("b"), .html("</span>"), .text(" "),
        .html("<!-- c -->"),
      ])
  }

  @Test func nonASCIITextAndPunctuationFlanking() {
    #expect(
      inlines("日本語 *強調* «*x*»") == [
        .text("日本語 "), .emphasis([.text("強調")]), .text(" «"), .emphasis([.text("x")]), .text("»"),
      ])
  }

  @Test func plainTextDropsMarkup() {
    #expect(inlines("**Bold** `code` [link](/u)\nnext").plainText == "Bold code link next")
  }
}
