import JSON
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// A topic written straight into the stream is the same JSON as its `JSONOutput` rendered, for
/// every kind of block the parser makes.
@Suite struct TopicJSONRendererStreamTests {
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

    <div>html is left out</div>

    ## Only html

    <p>nothing else</p>

    -
    """

  @Test(arguments: [JSONWriter.Style.pretty, .compact])
  func streamedTopicReadsAsItsOutputRendered(style: JSONWriter.Style) throws {
    let topic = try TopicLoader.load(id: "every-block", file: "every-block.md", source: Self.source)
    var writer = JSONStreamWriter(style: style)
    writer.beginArray()
    TopicJSONRenderer.write(topic, into: &writer)
    TopicJSONRenderer.write(topic, into: &writer)
    writer.endArray()
    let output = TopicJSONRenderer.output(topic)
    #expect(writer.text == JSONWriter.render(.array([output, output]), style: style))
    // The fixture holds what it means to: every kind of block, and an html block left out.
    for kind in ["heading", "quote", "rule", "list", "code", "table", "checked"] {
      #expect(writer.text.contains("\"\(kind)\""), "no \(kind)")
    }
    #expect(!writer.text.contains("html is left out"))
  }
}
