import Foundation
import Testing

@testable import Markdown

/// Any input parses, without crashing. (That its time stays linear in its size, the benchmark's
/// pathological section checks.)
@Suite struct MarkdownRobustnessTests {
  /// How deep block quotes nest in `blocks`.
  private func quoteDepth(_ blocks: [MarkdownBlock]) -> Int {
    var depth = 0
    var current = blocks
    while case .blockQuote(let inner)? = current.first?.kind {
      depth += 1
      current = inner
    }
    return depth
  }

  @Test(arguments: ["", " ", "\n\n\n", " \t \n  \n\t"])
  func emptyOrBlankInputHasNoBlocks(markdown: String) {
    #expect(MarkdownParser.parse(markdown).blocks.isEmpty)
  }

  @Test func veryDeepBlockQuotesAreCappedAndKeepTheirText() {
    let blocks = MarkdownParser.parse(String(repeating: ">", count: 10_000) + " deep").blocks
    let depth = quoteDepth(blocks)
    #expect(depth > 10 && depth < BlockParser.maximumDepth)
    #expect(
      blocks.first.map { [$0] }.map { HTMLRenderer.render(MarkdownDocument(blocks: $0)) }?.contains(
        "deep") == true)
  }

  @Test(arguments: [
    String(repeating: "[", count: 10_000) + "a" + String(repeating: "]", count: 10_000),
    String(repeating: "[", count: 10_000) + "a" + String(repeating: "](u)", count: 10_000),
    String(repeating: "![", count: 5_000) + "a" + String(repeating: "](u)", count: 5_000),
    String(repeating: "*", count: 10_000) + "a" + String(repeating: "*", count: 10_000),
    String(repeating: "*a **a ", count: 5_000),
    String(repeating: "- ", count: 10_000) + "item",
    String(repeating: "`", count: 5_000) + String(repeating: "a`", count: 5_000),
    String(repeating: "<!-- ", count: 5_000) + String(repeating: "<?a ", count: 5_000),
    String(repeating: "[a](<b ", count: 5_000),
    String(repeating: "[a](", count: 20_000),
    (1...400).map { String(repeating: "`", count: $0) }.joined(separator: "a"),
    String(repeating: "a_", count: 10_000),
    String(repeating: "  - a\n", count: 3_000),
    String(repeating: "> - ", count: 3_000) + "x",
    String(repeating: "[x]: /u\n", count: 3_000) + String(repeating: "[x] ", count: 3_000),
  ])
  func pathologicalInputParses(markdown: String) {
    let document = MarkdownParser.parse(markdown)
    #expect(!document.blocks.isEmpty)
    #expect(!HTMLRenderer.render(document).isEmpty)
  }

  @Test func deepEmphasisIsFlattenedBelowTheDepthLimit() {
    let markdown =
      String(repeating: "*", count: 1_000) + "core" + String(repeating: "*", count: 1_000)
    guard case .paragraph(let content)? = MarkdownParser.parse(markdown).blocks.first?.kind else {
      Issue.record("expected a paragraph")
      return
    }
    #expect(content.plainText == "core")
  }

  @Test func invalidUTF8IsRepairedAndParsed() {
    let bytes: [UInt8] = [
      0x23, 0x20, 0xFF, 0xC3, 0x28, 0x0A, 0x2A, 0xE2, 0x82, 0x2A, 0x0A, 0xF0, 0x9F,
    ]
    let text = String(decoding: bytes, as: UTF8.self)
    let blocks = MarkdownParser.parse(text).blocks
    #expect(blocks.count == 2)
    #expect(blocks.first?.kind == .heading(level: 1, content: [.text("\u{FFFD}\u{FFFD}(")]))
  }

  @Test func nulBecomesReplacementCharacter() {
    #expect(MarkdownParser.parse("a\u{0}b").blocks.first?.kind == .paragraph([.text("a\u{FFFD}b")]))
  }

  @Test func crlfAndCRLineEndingsActLikeLineFeeds() {
    let lf = MarkdownParser.parse("# T\n\n> a\n> b\n\n- x\n- y\n\n```\ncode\n```\n")
    let crlf = MarkdownParser.parse(
      "# T\r\n\r\n> a\r\n> b\r\n\r\n- x\r\n- y\r\n\r\n```\r\ncode\r\n```\r\n")
    let cr = MarkdownParser.parse("# T\r\r> a\r> b\r\r- x\r- y\r\r```\rcode\r```\r")
    #expect(crlf == lf)
    #expect(cr == lf)
  }

  @Test func tabsCountAsIndentationToTheNextStopOfFour() {
    let blocks = MarkdownParser.parse("-\tfoo\n\n\tbar\n\n\t\tcode").blocks
    guard case .list(let list)? = blocks.first?.kind else {
      Issue.record("expected a list, got \(blocks)")
      return
    }
    #expect(
      list.items[0].blocks.map(\.kind) == [
        .paragraph([.text("foo")]), .paragraph([.text("bar")]),
        .codeBlock(info: "", code: "code\n"),
      ])
  }

  /// Positions are kept in 32 bits, so input past them is dropped, never wrapped; told here
  /// with a small limit, as the real one would take 2 GiB of memory to reach.
  @Test(arguments: [("abc", 5, 3), ("abcdef", 4, 4), ("aé", 2, 1), ("a€", 3, 1), ("a€", 4, 4)])
  func inputPastTheLimitIsDroppedAtAScalarBoundary(text: String, limit: Int, parsed: Int) {
    let bytes = Array(text.utf8)
    #expect(
      bytes.withUnsafeBufferPointer { MarkdownParser.parsedCount(of: $0, limit: limit) } == parsed)
    #expect(MarkdownParser.maxInputBytes == 2_147_483_647)
  }

  @Test func blockLimitGivesAPrefixOfTheFullParse() {
    // Without link references, the first blocks do not depend on what follows them.
    var generator = SplitMix(seed: 7)
    let lines = [
      "# Head", "text", "more *text*", "", "", "- item", "  - sub", "1. one", "> quote", "```",
      "    code", "***", "| a | b |", "|---|---|", "<div>", "Setext", "===", "\tindented",
    ]
    for _ in 0..<500 {
      let count = Int(generator.next() % 25)
      let markdown = (0..<count).map { _ in lines[Int(generator.next() % UInt64(lines.count))] }
        .joined(separator: "\n")
      let full = MarkdownParser.parse(markdown).blocks
      for limit in 1...max(1, full.count) {
        #expect(
          MarkdownParser.parse(markdown, blockLimit: limit).blocks == Array(full.prefix(limit)),
          "limit \(limit) of \(markdown.debugDescription)")
      }
    }
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix(seed: 42)
    let alphabet = Array("#>-*_`[]()!<>&;\\|: \t\n\r1.x".utf8)
    for _ in 0..<300 {
      let length = Int(generator.next() % 400)
      let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let document = MarkdownParser.parse(String(decoding: bytes, as: UTF8.self))
      _ = HTMLRenderer.render(document)
    }
  }
}

/// A small deterministic random number generator for generated inputs.
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
