import Testing

@testable import JSON
@testable import MCP

/// The server's answers to single lines, as a client sees them.
@Suite struct MCPServerTests {
  /// A server with one tool, `echo`, which answers with its `word` argument or fails without
  /// it, and one resource, `test://a`.
  static var server: MCPServer {
    MCPServer(
      name: "test", version: "1.0",
      tools: [
        MCPServer.Tool(
          name: "echo", description: "Says the word back.",
          inputSchema: ["type": "object", "properties": ["word": ["type": "string"]]],
          outputSchema: ["type": "object"], readOnly: true
        ) { arguments in
          guard let word = try? arguments?.fields(allowed: ["word"]).string("word") else {
            return MCPServer.ToolResult(text: "no word", isError: true)
          }
          return MCPServer.ToolResult(text: word, structured: ["word": .string(word)])
        }
      ],
      templates: [
        .init(
          uri: "test://{id}", name: "item", title: "An item", description: "",
          mimeType: "text/plain")
      ],
      resources: {
        [.init(uri: "test://a", name: "a", title: "A", description: "", mimeType: "text/plain")]
      },
      read: { uri in uri == "test://a" ? "the text of a" : nil })
  }

  /// The server's answer to `line`, as the text it writes, or `nil` when it writes nothing.
  static func answer(_ line: String) -> String? {
    server.reply(to: Array(line.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// A request line for `method` with id 1.
  static func request(_ method: String, _ params: String? = nil) -> String {
    #"{"jsonrpc":"2.0","id":1,"method":"\#(method)""# + (params.map { #","params":\#($0)"# } ?? "")
      + "}"
  }

  @Test(arguments: [
    ("2025-11-25", "2025-11-25"), ("2025-06-18", "2025-06-18"), ("2024-11-05", "2024-11-05"),
    ("2026-07-28", "2025-11-25"), ("1999-01-01", "2025-11-25"),
  ])
  func initializeAnswersTheVersionAskedForWhenServedElseTheLatest(asked: String, given: String) {
    let params =
      #"{"protocolVersion":"\#(asked)","capabilities":{},"clientInfo":{"name":"c","version":"1"}}"#
    #expect(
      Self.answer(Self.request("initialize", params))
        == #"{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"\#(given)","capabilities":"#
        + #"{"tools":{"listChanged":false},"resources":{"listChanged":false}},"#
        + #""serverInfo":{"name":"test","version":"1.0"}}}"# + "\n")
  }

  @Test(arguments: [
    ("not json", -32700, "null"), ("\u{FF}", -32700, "null"), ("[]", -32600, "null"),
    (#"[{"jsonrpc":"2.0","id":1,"method":"ping"}]"#, -32600, "null"), ("42", -32600, "null"),
    (#"{"id":7,"method":"ping"}"#, -32600, "7"),
    (#"{"jsonrpc":"1.0","id":"x","method":"ping"}"#, -32600, #""x""#),
    (#"{"jsonrpc":"2.0","id":1.5,"method":"ping"}"#, -32600, "null"),
    (#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#, -32600, "null"),
    (#"{"jsonrpc":"2.0","id":2,"method":3}"#, -32600, "2"),
    (#"{"jsonrpc":"2.0","id":3}"#, -32600, "3"),
    (#"{"jsonrpc":"2.0","id":4,"method":"sampling/unknown"}"#, -32601, "4"),
    (#"{"jsonrpc":"2.0","id":5,"method":"ping","params":[1]}"#, -32602, "5"),
    (#"{"jsonrpc":"2.0","id":6,"method":"initialize","params":{}}"#, -32602, "6"),
  ])
  func badMessagesGetTheirJSONRPCError(line: String, code: Int, id: String) throws {
    let text = try #require(Self.answer(line))
    #expect(text.hasPrefix(#"{"jsonrpc":"2.0","id":\#(id),"error":{"code":\#(code),"message":"#))
    #expect(text.hasSuffix("}}\n") && text.filter { $0 == "\n" }.count == 1)
  }

  @Test(arguments: [
    #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
    #"{"jsonrpc":"2.0","method":"no/such/notification","params":[]}"#,
    #"{"jsonrpc":"2.0","id":9,"result":{}}"#,
    #"{"jsonrpc":"2.0","id":9,"error":{"code":1,"message":"m"}}"#,
  ])
  func notificationsAndResponsesGetNoAnswer(line: String) {
    #expect(Self.answer(line) == nil)
  }

  @Test func pingAnswersAnEmptyResult() {
    #expect(
      Self.answer(#"{"jsonrpc":"2.0","id":"p","method":"ping"}"#)
        == #"{"jsonrpc":"2.0","id":"p","result":{}}"# + "\n")
  }

  @Test func toolsAreListedWithTheirSchemasAndHints() {
    #expect(
      Self.answer(Self.request("tools/list"))
        == #"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"echo","description":"#
        + #""Says the word back.","inputSchema":{"type":"object","properties":{"word":"#
        + #"{"type":"string"}}},"outputSchema":{"type":"object"},"annotations":"#
        + #"{"readOnlyHint":true,"openWorldHint":false}}]}}"# + "\n")
  }

  @Test func aToolAnswersWithTextAndStructuredContent() {
    #expect(
      Self.answer(Self.request("tools/call", #"{"name":"echo","arguments":{"word":"hi"}}"#))
        == #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"hi"}],"#
        + #""structuredContent":{"word":"hi"},"isError":false}}"# + "\n")
  }

  @Test func aToolThatFailsAnswersWithAnErrorResult() {
    #expect(
      Self.answer(Self.request("tools/call", #"{"name":"echo"}"#))
        == #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"no word"}],"#
        + #""isError":true}}"# + "\n")
  }

  @Test(arguments: [
    #"{"name":"nope"}"#, #"{"arguments":{}}"#, #"{"name":"echo","arguments":[]}"#,
  ])
  func anUnknownToolOrMalformedCallIsInvalidParams(params: String) {
    #expect(
      Self.answer(Self.request("tools/call", params))?.contains(#""error":{"code":-32602"#)
        == true)
  }

  @Test func resourcesAndTemplatesAreListedAndRead() {
    #expect(
      Self.answer(Self.request("resources/list"))
        == #"{"jsonrpc":"2.0","id":1,"result":{"resources":[{"uri":"test://a","name":"a","#
        + #""title":"A","description":"","mimeType":"text/plain"}]}}"# + "\n")
    #expect(
      Self.answer(Self.request("resources/templates/list"))?.contains(
        #"{"resourceTemplates":[{"uriTemplate":"test://{id}","name":"item""#) == true)
    #expect(
      Self.answer(Self.request("resources/read", #"{"uri":"test://a"}"#))
        == #"{"jsonrpc":"2.0","id":1,"result":{"contents":[{"uri":"test://a","#
        + #""mimeType":"text/plain","text":"the text of a"}]}}"# + "\n")
  }

  @Test func readingAnUnknownResourceIsResourceNotFound() {
    #expect(
      Self.answer(Self.request("resources/read", #"{"uri":"test://b"}"#))
        == #"{"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"Resource not found","#
        + #""data":{"uri":"test://b"}}}"# + "\n")
  }

  @Test func servingAnswersEveryLineAndGoesOnAfterBadOnes() {
    let input =
      "garbage\n" + String(repeating: "x", count: 100) + "\n" + Self.request("ping")
      + "\n{\"jsonrpc\""
    var reader = MessageReaderTests.reader(input, limit: 50, chunk: 7)
    var written: [String] = []
    var logged = ""
    Self.server.serve(
      &reader,
      write: {
        written.append(String(decoding: $0, as: UTF8.self))
        return true
      },
      log: { logged += $0 })
    #expect(written.count == 3)
    #expect(written[0].contains("-32700"))
    #expect(written[1].contains("-32600") && written[1].contains("100 bytes"))
    #expect(written[2] == #"{"jsonrpc":"2.0","id":1,"result":{}}"# + "\n")
    #expect(logged.contains("over the limit") && logged.contains("ended in the middle"))
  }

  @Test func servingStopsWhenTheClientStopsReading() {
    var reader = MessageReaderTests.reader(String(repeating: Self.request("ping") + "\n", count: 5))
    var writes = 0
    Self.server.serve(
      &reader,
      write: { _ in
        writes += 1
        return false
      }, log: { _ in })
    #expect(writes == 1)
  }
}
