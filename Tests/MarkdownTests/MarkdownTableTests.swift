import Testing

@testable import Markdown

/// GFM pipe tables.
@Suite struct MarkdownTableTests {
  private func table(_ markdown: String) -> MarkdownTable? {
    for block in MarkdownParser.parse(markdown).blocks {
      if case .table(let table) = block.kind { return table }
    }
    return nil
  }

  @Test func headerAlignmentsAndRows() throws {
    let parsed = try #require(table("| Role | Pay |\n|:--|--:|\n| ML *eng* | 100 |\n| DS | 90 |"))
    #expect(parsed.alignments == [.left, .right])
    #expect(parsed.header == [[.text("Role")], [.text("Pay")]])
    #expect(
      parsed.rows == [
        [[.text("ML "), .emphasis([.text("eng")])], [.text("100")]],
        [[.text("DS")], [.text("90")]],
      ])
  }

  @Test func outerPipesAreOptionalAndCenterNeedsBothColons() throws {
    let parsed = try #require(table("a | b | c\n:-: | --- | -:\n1 | 2 | 3"))
    #expect(parsed.alignments == [.center, .none, .right])
    #expect(parsed.rows.count == 1)
  }

  @Test func rowsArePaddedOrCutToTheColumnCount() throws {
    let parsed = try #require(table("| a | b |\n|---|---|\n| only |\n| 1 | 2 | 3 |"))
    #expect(parsed.rows == [[[.text("only")], []], [[.text("1")], [.text("2")]]])
  }

  @Test func escapedPipesStayInTheCellEvenInCode() throws {
    let parsed = try #require(table("| a | b |\n|---|---|\n| `x\\|y` | p \\| q |"))
    #expect(parsed.rows == [[[.code("x|y")], [.text("p | q")]]])
  }

  @Test func tableEndsAtABlankLineOrAnotherBlock() {
    let blocks = MarkdownParser.parse("| a |\n| - |\n| 1 |\n\nafter\n\n| b |\n| - |\n> quote")
      .blocks
    #expect(blocks.count == 4)
    #expect(blocks.map(\.line) == [1, 5, 7, 9])
    #expect(blocks[1].kind == .paragraph([.text("after")]))
  }

  @Test func paragraphLinesBeforeTheHeaderStayAParagraph() {
    let blocks = MarkdownParser.parse("Intro line\n| h |\n| - |\n| r |").blocks
    #expect(blocks.first?.kind == .paragraph([.text("Intro line")]))
    #expect(blocks.last.map { ($0.line, $0.column) } ?? (0, 0) == (2, 1))
  }

  @Test(arguments: [
    "| a | b |\n| - |", "a\n---", "| a |\n| x |", "| a |\n|  |", "| a |\n:-:",
  ])
  func notATableWithoutAMatchingDelimiterRow(markdown: String) {
    #expect(table(markdown) == nil)
  }

  @Test func tablesWorkInsideQuotes() {
    let quoted = MarkdownParser.parse("> | a |\n> | - |\n> | 1 |").blocks
    guard case .blockQuote(let inner)? = quoted.first?.kind,
      case .table(let parsed)? = inner.first?.kind
    else {
      Issue.record("expected a table in a quote, got \(quoted)")
      return
    }
    #expect(parsed.rows == [[[.text("1")]]])
    #expect(inner.first.map { ($0.line, $0.column) } ?? (0, 0) == (1, 3))
  }
}
