import Dispatch
import Testing

@testable import Markdown

/// Search parses topics on every core, and parses share working storage between them: each
/// document parses the same on many threads at once as it does alone, whatever was parsed
/// before it.
@Suite struct MarkdownConcurrencyTests {
  static let documents: [String] = [
    "# Title\n\nA *lead* paragraph with a [link][ref] and `code`.\n\n[ref]: /url \"T\"\n",
    String(repeating: "- item one\n  - nested **strong**\n- [x] done\n\n", count: 200),
    "```swift\nlet x = 1\n```\n\n    indented\n\n> quote\n> > deeper\n",
    "| a | b |\n| :- | -: |\n| 1 | *2* |\n| x \\| y | <https://example.org> |\n",
    String(repeating: "Paragraph &amp; text\nwith a soft break.\n\n", count: 500),
    "1. one\n2. two\n\n   more\n3) other list\n",
  ]

  @Test func documentsParseTheSameOnManyThreadsAsAlone() {
    let expected = Self.documents.map { MarkdownParser.parse($0) }
    let rounds = 8 * Self.documents.count
    let results = Results(count: rounds)
    DispatchQueue.concurrentPerform(iterations: rounds) { round in
      let index = round % Self.documents.count
      results.set(round, MarkdownParser.parse(Self.documents[index]) == expected[index])
    }
    #expect(results.all)
  }

  @Test func aSmallDocumentAfterALargeOneParsesAsAlone() {
    let small = Self.documents[0]
    let alone = MarkdownParser.parse(small)
    _ = MarkdownParser.parse(Self.documents[4] + Self.documents[1])
    #expect(MarkdownParser.parse(small) == alone)
    #expect(MarkdownParser.parse(small, blockLimit: 1).blocks == Array(alone.blocks.prefix(1)))
  }

  /// One flag per round, set under a lock by the thread that ran the round.
  private final class Results: @unchecked Sendable {
    private var flags: [Bool]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { flags = Array(repeating: false, count: count) }

    func set(_ round: Int, _ value: Bool) {
      lock.wait()
      flags[round] = value
      lock.signal()
    }

    var all: Bool { flags.allSatisfy { $0 } }
  }
}
