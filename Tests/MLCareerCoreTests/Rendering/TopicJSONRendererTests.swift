import Testing

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

/// `show --format json` gives every kind of block the parser makes, and leaves raw HTML out.
@Suite struct TopicJSONRendererTests {
  static let source = """
    # Every block

    A lead with *emphasis*, `code` and [a link](https://example.com).

    ## Prose

    ### A smaller heading

    Text with a hard  
    break and a "quoted" word.

    > A quote
    >
    > - holding a list

    ---

    ## Lists

    1. first
    2. second, with more:

       ```swift
       let nested = true
       ```

    - [x] done
    - [ ] not yet
    -
      > an item that starts with a quote

    ## Tables and code

    | Role | Range |
    | --- | ---: |
    | ML engineer | $1–2 |
    | "Lead" \\| staff | \\u{1} |

    ```
    plain code
    ```

    <div>html shows as the text it is</div>

    ## Only html

    <p>nothing else</p>

    -
    """

  @Test func everyKindOfBlockIsWrittenHTMLAsItsText() throws {
    let topic = try TopicLoader.load(id: "every-block", file: "every-block.md", source: Self.source)
    let text = String(decoding: TopicJSONRenderer.json([TopicPart(topic)]), as: UTF8.self)
    // It reads back as JSON, one object.
    guard case .object = try JSONParser.parse(text, file: "show.json").output else {
      Issue.record("not an object")
      return
    }
    for kind in ["heading", "quote", "rule", "list", "code", "table", "checked", "html"] {
      #expect(text.contains("\"\(kind)\""), "no \(kind)")
    }
    #expect(text.contains(#""text": "<div>html shows as the text it is</div>\n""#))
    #expect(text.contains(#""\"Lead\" | staff""#))
  }
}
