import Foundation
import TestSupport
import Testing

@testable import Markdown

/// A parsed document read back from its serialized form is the document the parser made, and
/// text out of shape reads as nothing rather than as a wrong tree.
@Suite struct MarkdownSerializedTests {
  static let rich = """
    # Title with *emphasis*, **strong**, `code` and [a link](/url "its title")

    A paragraph with a hard  
    break, a soft
    break, ![an *image*](/i.png "t"), <span>inline html</span> and “typographic” text.

    > a quote
    > > nested, with a list:
    > >
    > > 3. three
    > > 4. four

    ---

    - [x] done
    - [ ] open

      still the open item
    - plain

    ```swift info
    let code = "with \\"quotes\\"" # and hashes
    ```

        indented code

    | left | centre | right | none |
    | :--- | :----: | ----: | ---- |
    | a | **b** | `c` | |

    <div>
    an html block
    </div>

    Setext heading
    --------------
    """

  @Test(arguments: ["", "plain", "# only a title", rich, rich + "\n\n" + rich])
  func readsBackTheParsedDocument(_ markdown: String) throws {
    let document = MarkdownParser.parse(markdown)
    let serialized = document.serialized()
    #expect(MarkdownDocument(serialized: serialized) == document)
  }

  /// The fixture above holds every kind of block, so the round trip covers each.
  @Test func richFixtureHoldsEveryKindOfBlock() {
    func kinds(_ blocks: [MarkdownBlock]) -> Set<String> {
      var found: Set<String> = []
      for block in blocks {
        switch block.kind {
        case .heading: found.insert("heading")
        case .paragraph: found.insert("paragraph")
        case .list(let list):
          found.insert(list.isOrdered ? "ordered list" : "list")
          if list.items.contains(where: { $0.checkbox != nil }) { found.insert("task") }
          for item in list.items { found.formUnion(kinds(item.blocks)) }
        case .blockQuote(let inner): found.formUnion(kinds(inner).union(["quote"]))
        case .codeBlock: found.insert("code")
        case .thematicBreak: found.insert("rule")
        case .table: found.insert("table")
        case .html: found.insert("html")
        }
      }
      return found
    }
    #expect(
      kinds(MarkdownParser.parse(Self.rich).blocks)
        == [
          "heading", "paragraph", "list", "ordered list", "task", "quote", "code", "rule",
          "table", "html",
        ])
  }

  /// Every prefix of a serialized document, and the document with a byte more, is refused.
  @Test func refusesTextCutShortOrRunningOn() throws {
    let serialized = Array(MarkdownParser.parse(Self.rich).serialized().utf8)
    for end in 0..<serialized.count {
      let prefix = String(decoding: serialized[..<end], as: UTF8.self)
      #expect(MarkdownDocument(serialized: prefix) == nil, "accepted the first \(end) bytes")
    }
    let longer = String(decoding: serialized + [UInt8(ascii: "P")], as: UTF8.self)
    #expect(MarkdownDocument(serialized: longer) == nil)
  }

  @Test(arguments: [
    "x", "-1,0,", "1,1,X1,1,", "1,1,P1,1,1,z", "1,99999999999999999999,", "1,1,L1,1,2,1,1,0,",
    "1,1,T1,1,1,7,", "1,9,", "1,1,P1,1,1,t9,ab",
    String(repeating: "1,1,Q1,1,", count: 2_000),
  ])
  func refusesTextOutOfShape(_ text: String) {
    #expect(MarkdownDocument(serialized: text) == nil)
  }

  /// Every example of the CommonMark spec round-trips: the spec exercises every construct.
  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.commonMarkSpec),
      SharedMaterial.skipReason(SharedMaterial.commonMarkSpec)))
  func readsBackEverySpecExample() throws {
    let examples = try CommonMarkSpecTests.loadExamples()
    for example in examples {
      let document = MarkdownParser.parse(example.markdown)
      #expect(
        MarkdownDocument(serialized: document.serialized()) == document,
        "example \(example.example)")
    }
  }
}
