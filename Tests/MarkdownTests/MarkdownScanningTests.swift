import Testing

@testable import Markdown

/// The parser's word-at-a-time scans and reused buffers give the same tree as reading byte by
/// byte: line endings and zero bytes anywhere in a long line, common entities, and many blocks
/// parsed by one inline parser.
@Suite struct MarkdownScanningTests {
  /// Text of a paragraph whose content is a single text run.
  private func paragraphText(_ block: MarkdownBlock?) -> String? {
    guard case .paragraph(let inlines)? = block?.kind, inlines.count == 1,
      case .text(let text) = inlines[0]
    else { return nil }
    return text
  }

  @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 31, 40])
  func zeroByteAfterAnyPrefixBecomesReplacementCharacter(prefix: Int) {
    let lead = String(repeating: "a", count: prefix)
    let document = MarkdownParser.parse("# Title\n\n" + lead + "\u{0}b\n")
    #expect(document.blocks.count == 2)
    #expect(paragraphText(document.blocks.last) == lead + "\u{FFFD}b")
    #expect(document.lineCount == 3)
  }

  @Test(arguments: [1, 3, 8, 13, 21])
  func lineEndingsAfterTabsInTheSameWordAreFound(prefix: Int) {
    let lead = String(repeating: "x", count: prefix)
    let document = MarkdownParser.parse(lead + "\tone\rtwo\r\nthree\u{0C}\nfour")
    #expect(document.lineCount == 4)
    #expect(
      document.blocks.first?.kind
        == .paragraph([
          .text(lead + "\tone"), .softBreak, .text("two"), .softBreak, .text("three\u{0C}"),
          .softBreak, .text("four"),
        ]))
  }

  @Test(arguments: [
    ("&amp; &lt; &gt; &quot;", "& < > \""), ("&nbsp;&copy;", "\u{A0}\u{A9}"),
    ("&AMP; &copysr; &ampx; &am; &amp", "& \u{2117} &ampx; &am; &amp"),
    ("&Lt; &lt &gt;x", "\u{226A} &lt >x"),
    // The table's first and last names, and texts of marks, spaces and escapes.
    ("&AElig; &zwnj;&ThickSpace;&NotEqualTilde;", "\u{C6} \u{200C}\u{205F}\u{200A}\u{2242}\u{338}"),
    ("&Tab;&bsol;&QUOT;&ncongdot;", "\t\\\"\u{2A6D}\u{338}"),
  ])
  func namedEntitiesDecodeWithOrWithoutTheShortcut(markdown: String, text: String) {
    #expect(paragraphText(MarkdownParser.parse(markdown).blocks.first) == text)
  }

  @Test func manyBlocksKeepTheirOwnLinksEmphasisAndEntities() {
    // Each block is parsed by the inline parser that parsed the one before, which must empty
    // its nodes, delimiters, decoded bytes and link targets in between.
    let count = 1_500
    var text = ""
    for index in 0..<count {
      text += "*e\(index)* [l\(index)](/u\(index)) &copy;\(index) `c\(index)` _x\n\n"
    }
    let blocks = MarkdownParser.parse(text).blocks
    #expect(blocks.count == count)
    for (index, block) in blocks.enumerated() {
      let expected: [MarkdownInline] = [
        .emphasis([.text("e\(index)")]), .text(" "),
        .link(destination: "/u\(index)", title: "", content: [.text("l\(index)")]),
        .text(" \u{A9}\(index) "), .code("c\(index)"), .text(" _x"),
      ]
      guard block.kind == .paragraph(expected) else {
        Issue.record("block \(index): \(block.kind)")
        return
      }
    }
  }
}
