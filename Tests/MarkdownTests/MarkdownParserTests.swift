import Testing

@testable import Markdown

/// Block structure: each construct, nesting, positions and `blockLimit`.
@Suite struct MarkdownParserTests {
  private func blocks(_ markdown: String) -> [MarkdownBlock] {
    MarkdownParser.parse(markdown).blocks
  }

  private func paragraph(_ text: String, line: Int = 1, column: Int = 1) -> MarkdownBlock {
    MarkdownBlock(.paragraph([.text(text)]), line: line, column: column)
  }

  @Test(arguments: [
    ("# One", 1, "One"), ("###### Six", 6, "Six"), ("## Closed ##", 2, "Closed"),
    ("#\tTabbed", 1, "Tabbed"), ("### trailing#", 3, "trailing#"), ("#", 1, ""),
  ])
  func atxHeadingHasLevelAndText(markdown: String, level: Int, text: String) {
    let content: [MarkdownInline] = text.isEmpty ? [] : [.text(text)]
    #expect(
      blocks(markdown) == [
        MarkdownBlock(.heading(level: level, content: content), line: 1, column: 1)
      ])
  }

  @Test func sevenHashesOrNoSpaceIsAParagraph() {
    #expect(blocks("####### seven") == [paragraph("####### seven")])
    #expect(blocks("#hashtag") == [paragraph("#hashtag")])
  }

  @Test func setextHeadingsTakeTheParagraphAbove() {
    #expect(
      blocks("Title\nover two\n===\n\nSub\n---")
        == [
          MarkdownBlock(
            .heading(level: 1, content: [.text("Title"), .softBreak, .text("over two")]),
            line: 1, column: 1),
          MarkdownBlock(.heading(level: 2, content: [.text("Sub")]), line: 5, column: 1),
        ])
  }

  @Test func paragraphsAreSeparatedByBlankLinesAndJoinLines() {
    #expect(
      blocks("one\n  two\n\n\nthree")
        == [
          MarkdownBlock(.paragraph([.text("one"), .softBreak, .text("two")]), line: 1, column: 1),
          paragraph("three", line: 5),
        ])
  }

  @Test(arguments: ["***", "---", "___", " * * *", "-\t-\t-"])
  func thematicBreaks(markdown: String) {
    #expect(blocks(markdown).map(\.kind) == [.thematicBreak])
  }

  @Test func fencedCodeKeepsItsTextAndInfo() {
    let markdown = "```swift title\nlet a = 1\n\n  indented\n```\nafter"
    #expect(
      blocks(markdown) == [
        MarkdownBlock(
          .codeBlock(info: "swift title", code: "let a = 1\n\n  indented\n"), line: 1, column: 1),
        paragraph("after", line: 6),
      ])
  }

  @Test func fenceIndentationIsRemovedFromTheContent() {
    #expect(
      blocks("  ~~~\n  a\n    b\n c\n  ~~~").map(\.kind) == [
        .codeBlock(info: "", code: "a\n  b\nc\n")
      ])
  }

  @Test func unterminatedFenceRunsToTheEnd() {
    #expect(
      blocks("```\ncode\n\nmore").map(\.kind) == [.codeBlock(info: "", code: "code\n\nmore\n")])
  }

  @Test func indentedCodeDropsFourColumnsAndTrailingBlankLines() {
    #expect(
      blocks("    a\n\t b\n\n      c\n\n\npara").map(\.kind)
        == [.codeBlock(info: "", code: "a\n b\n\n  c\n"), .paragraph([.text("para")])])
  }

  @Test func blockQuotesNestAndTakeLazyLines() {
    #expect(
      blocks("> a\nlazy\n> > b\n\n> c")
        == [
          MarkdownBlock(
            .blockQuote([
              MarkdownBlock(
                .paragraph([.text("a"), .softBreak, .text("lazy")]), line: 1, column: 3),
              MarkdownBlock(.blockQuote([paragraph("b", line: 3, column: 5)]), line: 3, column: 3),
            ]), line: 1, column: 1),
          MarkdownBlock(.blockQuote([paragraph("c", line: 5, column: 3)]), line: 5, column: 1),
        ])
  }

  @Test func bulletListIsTightWithoutBlankLines() throws {
    let list = try #require(onlyList("- a\n- b\n- c"))
    #expect(!list.isOrdered && list.isTight && list.start == 1)
    #expect(list.items.map(\.line) == [1, 2, 3])
    #expect(
      list.items.map(\.blocks) == [
        [paragraph("a", column: 3)], [paragraph("b", line: 2, column: 3)],
        [paragraph("c", line: 3, column: 3)],
      ])
  }

  @Test func blankLineBetweenItemsMakesTheListLoose() throws {
    #expect(try #require(onlyList("- a\n\n- b")).isTight == false)
    #expect(try #require(onlyList("- a\n\n  more\n- b")).isTight == false)
    #expect(try #require(onlyList("- a\n  - b\n\n  - c")).isTight == true)
  }

  @Test func orderedListKeepsItsStartNumber() throws {
    let list = try #require(onlyList("7. seven\n8. eight"))
    #expect(list.isOrdered && list.start == 7 && list.items.count == 2)
    #expect(blocks("1. a\n2) b").count == 2)  // a new delimiter starts a new list
  }

  @Test(arguments: [("- a\n  - b\n    - c", 2), ("- a\n    - b\n        - c", 4)])
  func nestedListsWithTwoOrFourSpaces(markdown: String, indent: Int) throws {
    let outer = try #require(onlyList(markdown))
    let middle = try #require(list(in: outer.items[0].blocks))
    let inner = try #require(list(in: middle.items[0].blocks))
    #expect(outer.items[0].blocks.first == paragraph("a", column: 3))
    #expect(middle.items[0].blocks.first == paragraph("b", line: 2, column: indent + 3))
    #expect(inner.items[0].blocks == [paragraph("c", line: 3, column: 2 * indent + 3)])
  }

  @Test func listInsideQuoteInsideList() throws {
    let outer = try #require(onlyList("- item\n  > - quoted\n  >   - deeper\n- next"))
    #expect(outer.items.count == 2)
    guard case .blockQuote(let quoted) = outer.items[0].blocks[1].kind else {
      Issue.record("expected a quote, got \(outer.items[0].blocks)")
      return
    }
    let inner = try #require(list(in: quoted))
    #expect(inner.items[0].blocks.first == paragraph("quoted", line: 2, column: 7))
    let deeper = try #require(list(in: inner.items[0].blocks))
    #expect(deeper.items[0].blocks == [paragraph("deeper", line: 3, column: 9)])
  }

  @Test func taskListItemsCarryTheirCheckbox() throws {
    let list = try #require(onlyList("- [ ] todo\n- [x] done\n- [X] Done\n- plain\n- [y] not"))
    #expect(list.items.map(\.checkbox) == [false, true, true, nil, nil])
    #expect(list.items[0].blocks == [paragraph("todo", column: 3)])
    #expect(list.items[4].blocks.first.map { $0.kind } == .paragraph([.text("[y] not")]))
  }

  @Test func htmlBlocksAreKeptAsTheyStand() {
    #expect(
      blocks("<div>\n*hi*\n</div>\n\nafter").map(\.kind) == [
        .html("<div>\n*hi*\n</div>\n"), .paragraph([.text("after")]),
      ])
  }

  @Test func linkReferenceDefinitionsYieldNoBlock() {
    #expect(
      blocks("[home]: /home \"Home\"\n\n[home]").map(\.kind)
        == [.paragraph([.link(destination: "/home", title: "Home", content: [.text("home")])])])
  }

  @Test func blocksCarryLineAndColumn() {
    let document = blocks("# Title\n\n  Para\n\n> quote\n\n1. item\n\n   ```\n   code\n   ```\n***")
    #expect(document.map(\.line) == [1, 3, 5, 7, 12])
    #expect(document.map(\.column) == [1, 3, 1, 1, 1])
    guard case .list(let list) = document[3].kind else {
      Issue.record("expected a list")
      return
    }
    #expect(list.items[0].blocks.map(\.line) == [7, 9])
    #expect(list.items[0].blocks.map(\.column) == [4, 4])
  }

  @Test func blockLimitStopsAfterThatManyTopLevelBlocks() {
    let markdown =
      "# Title\n\nLead paragraph\nover two lines.\n\n## Next\n\nBody [ref].\n\n[ref]: /x"
    let full = MarkdownParser.parse(markdown).blocks
    #expect(full.count == 4)
    for limit in 1...3 {
      #expect(MarkdownParser.parse(markdown, blockLimit: limit).blocks == Array(full.prefix(limit)))
    }
    // The definition after the fourth block is not read, so its reference stays text.
    let four = MarkdownParser.parse(markdown, blockLimit: 4).blocks
    #expect(four.prefix(3) == full.prefix(3))
    #expect(four.last?.kind == .paragraph([.text("Body [ref].")]))
    #expect(MarkdownParser.parse(markdown, blockLimit: 0).blocks.isEmpty)
    #expect(MarkdownParser.parse(markdown, blockLimit: 99).blocks == full)
  }

  @Test func blockLimitCountsAListAsOneBlock() {
    let limited = MarkdownParser.parse("- a\n- b\n\n- c\n\npara\n\nmore", blockLimit: 1).blocks
    #expect(limited.count == 1)
    #expect(limited.first == MarkdownParser.parse("- a\n- b\n\n- c").blocks.first)
  }

  private func onlyList(_ markdown: String) -> MarkdownList? {
    let document = blocks(markdown)
    guard document.count == 1 else { return nil }
    return list(in: document)
  }

  private func list(in blocks: [MarkdownBlock]) -> MarkdownList? {
    for block in blocks {
      if case .list(let list) = block.kind { return list }
    }
    return nil
  }
}
