import JSON

/// A Model Context Protocol server: answers JSON-RPC 2.0 messages, one a line, with its tools
/// and resources. It knows the protocol; what the tools do is given to it.
public struct MCPServer {
  /// A tool an assistant can call.
  public struct Tool {
    /// The name the assistant calls it by.
    public var name: String
    /// What it does, for the assistant to choose by.
    public var description: String
    /// The JSON Schema of its arguments, an object.
    public var inputSchema: JSONOutput
    /// The JSON Schema of its `structuredContent`, when it has one.
    public var outputSchema: JSONOutput?
    /// Whether it changes nothing.
    public var readOnly: Bool
    /// Runs the tool on its arguments, `nil` when none were given.
    public var call: (JSONObject?) -> ToolResult

    /// A tool with every property given.
    public init(
      name: String, description: String, inputSchema: JSONOutput, outputSchema: JSONOutput?,
      readOnly: Bool, call: @escaping (JSONObject?) -> ToolResult
    ) {
      self.name = name
      self.description = description
      self.inputSchema = inputSchema
      self.outputSchema = outputSchema
      self.readOnly = readOnly
      self.call = call
    }
  }

  /// What a tool call gave: text for people, the same as JSON for programs, and whether it
  /// failed (the text then says why).
  public struct ToolResult: Equatable {
    /// The answer as text.
    public var text: String
    /// The answer as a JSON object, when the tool has one.
    public var structured: JSONOutput?
    /// Whether the call failed.
    public var isError: Bool

    /// A result with every property given.
    public init(text: String, structured: JSONOutput? = nil, isError: Bool = false) {
      self.text = text
      self.structured = structured
      self.isError = isError
    }
  }

  /// A resource, or a template of resources when its `uri` holds `{placeholders}`.
  public struct Resource: Equatable {
    /// Its URI, or URI template.
    public var uri: String
    /// Its short name.
    public var name: String
    /// Its title for people.
    public var title: String
    /// What it holds.
    public var description: String
    /// The media type of its contents.
    public var mimeType: String

    /// A resource with every property given.
    public init(uri: String, name: String, title: String, description: String, mimeType: String) {
      self.uri = uri
      self.name = name
      self.title = title
      self.description = description
      self.mimeType = mimeType
    }
  }

  /// The revisions of the specification served, newest first.
  public static let protocolVersions = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

  /// The longest line read: longer ones are refused, never held.
  public static let lineLimit = 1 << 20

  /// The server's name, such as the program's.
  public var name: String
  /// The server's version.
  public var version: String
  /// The tools offered.
  public var tools: [Tool]
  /// The resource templates offered.
  public var templates: [Resource]
  /// The resources offered, asked each time they are listed.
  public var resources: () -> [Resource]
  /// The text of the resource at a URI, `nil` when it names nothing.
  public var read: (String) -> String?

  /// A server with every property given.
  public init(
    name: String, version: String, tools: [Tool], templates: [Resource],
    resources: @escaping () -> [Resource], read: @escaping (String) -> String?
  ) {
    self.name = name
    self.version = version
    self.tools = tools
    self.templates = templates
    self.resources = resources
    self.read = read
  }

  /// Answers every line of `reader` through `write` until the input ends or `write` fails;
  /// `log` gets what a person should know, for standard error.
  public func serve(
    _ reader: inout MessageReader, write: ([UInt8]) -> Bool, log: (String) -> Void
  ) {
    while let line = reader.next() {
      let answer: [UInt8]?
      switch line {
      case .message(let bytes):
        answer = reply(to: bytes)
      case .tooLong(let bytes):
        let message =
          "Invalid Request: a message of \(bytes) bytes is over the limit of \(reader.limit)"
        log("\(message)\n")
        answer = JSONRPCResponse.error(JSONRPCError(JSONRPCError.invalidRequest, message), id: nil)
      }
      if let answer, !write(answer) { return }
    }
    if reader.endedMidMessage { log("the input ended in the middle of a message\n") }
  }

  /// The line answering `line`, or `nil` when none is due (a notification or a response).
  public func reply(to line: [UInt8]) -> [UInt8]? {
    switch JSONRPCMessage.read(line) {
    case .notification, .response:
      return nil
    case .invalid(let id, let error):
      return JSONRPCResponse.error(error, id: id)
    case .request(let id, let method, let params):
      do {
        return JSONRPCResponse.result(try answer(method, params: params), id: id)
      } catch {
        return JSONRPCResponse.error(error, id: id)
      }
    }
  }

  private func answer(_ method: String, params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
    let params = try Params(params)
    switch method {
    case "initialize":
      let asked = try params.string("protocolVersion")
      return [
        "protocolVersion": .string(
          Self.protocolVersions.contains(asked) ? asked : Self.protocolVersions[0]),
        "capabilities": ["tools": ["listChanged": false], "resources": ["listChanged": false]],
        "serverInfo": ["name": .string(name), "version": .string(version)],
      ]
    case "ping":
      return [:]
    case "tools/list":
      return ["tools": .array(tools.map(Self.output))]
    case "tools/call":
      let toolName = try params.string("name")
      guard let tool = tools.first(where: { $0.name == toolName }) else {
        throw JSONRPCError(JSONRPCError.invalidParams, "Unknown tool: \(toolName)")
      }
      let result = tool.call(try params.object("arguments"))
      return [
        "content": [["type": "text", "text": .string(result.text)]],
        "structuredContent": result.structured ?? .null, "isError": .bool(result.isError),
      ]
    case "resources/list":
      return ["resources": .array(resources().map { Self.output($0, uriKey: "uri") })]
    case "resources/templates/list":
      return ["resourceTemplates": .array(templates.map { Self.output($0, uriKey: "uriTemplate") })]
    case "resources/read":
      let uri = try params.string("uri")
      guard let resource = resources().first(where: { $0.uri == uri }), let text = read(uri) else {
        throw JSONRPCError(
          JSONRPCError.resourceNotFound, "Resource not found", data: ["uri": .string(uri)])
      }
      return [
        "contents": [
          ["uri": .string(uri), "mimeType": .string(resource.mimeType), "text": .string(text)]
        ]
      ]
    default:
      throw JSONRPCError(JSONRPCError.methodNotFound, "Method not found: \(method)")
    }
  }

  private static func output(_ tool: Tool) -> JSONOutput {
    [
      "name": .string(tool.name), "description": .string(tool.description),
      "inputSchema": tool.inputSchema, "outputSchema": tool.outputSchema ?? .null,
      "annotations": ["readOnlyHint": .bool(tool.readOnly), "openWorldHint": false],
    ]
  }

  private static func output(_ resource: Resource, uriKey: String) -> JSONOutput {
    [
      uriKey: .string(resource.uri), "name": .string(resource.name),
      "title": .string(resource.title),
      "description": .string(resource.description), "mimeType": .string(resource.mimeType),
    ]
  }
}

/// A request's parameters: an object, or nothing; a member missing or of the wrong type is
/// `invalidParams`.
private struct Params {
  var members: [JSONValue.Member] = []

  init(_ value: JSONValue?) throws(JSONRPCError) {
    guard let value else { return }
    guard let object = try? value.object() else { throw Self.invalid("params", "an object") }
    members = object.members
  }

  func string(_ key: String) throws(JSONRPCError) -> String {
    guard let text = try? members.first(where: { $0.key == key })?.value.string() else {
      throw Self.invalid(key, "a string")
    }
    return text
  }

  /// The object `key` holds; `nil` when it is absent or `null`.
  func object(_ key: String) throws(JSONRPCError) -> JSONObject? {
    guard let value = members.first(where: { $0.key == key })?.value else { return nil }
    if let object = try? value.object() { return object }
    guard value.output == .null else { throw Self.invalid(key, "an object") }
    return nil
  }

  static func invalid(_ key: String, _ expected: String) -> JSONRPCError {
    JSONRPCError(JSONRPCError.invalidParams, "Invalid params: \"\(key)\" must be \(expected)")
  }
}
