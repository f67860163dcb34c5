@testable import JSON
@testable import MCP

/// A server with one tool, `echo`, and one resource, `test://a`, as the unit tests have.
private var server: MCPServer {
  MCPServer(
    name: "fuzz", version: "1",
    tools: [
      MCPServer.Tool(
        name: "echo", description: "Says the word back.", inputSchema: ["type": "object"],
        outputSchema: nil, readOnly: true
      ) { arguments in
        guard let word = try? arguments?.fields(allowed: ["word"]).string("word") else {
          return MCPServer.ToolResult(text: "no word", isError: true)
        }
        return MCPServer.ToolResult(text: word, structured: ["word": .string(word)])
      }
    ],
    templates: [], resources: { [] }, read: { _ in nil })
}

/// libFuzzer target: the message reader and the server's answers. The input is read as a
/// stream in reads of a size its first byte gives, with a small line limit; every answer must
/// be one line holding a JSON object that starts with `"jsonrpc"`.
@_cdecl("LLVMFuzzerTestOneInput")
public func mcpFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let chunk = Int(data[0]) + 1
  var offset = 0
  var reader = MessageReader(limit: 512) { buffer in
    let count = min(chunk, buffer.count, bytes.count - offset)
    buffer.copyBytes(from: bytes[offset..<(offset + count)])
    offset += count
    return count
  }
  server.serve(
    &reader,
    write: { line in
      let text = String(decoding: line, as: UTF8.self)
      guard text.last == "\n", !text.dropLast().contains("\n"),
        let members = try? JSONParser.parse(text, file: "answer").object().members,
        members.first?.key == "jsonrpc"
      else { fatalError("not one JSON-RPC line: \(text)") }
      return true
    }, log: { _ in })
  return 0
}
