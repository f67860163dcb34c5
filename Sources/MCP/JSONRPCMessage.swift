import JSON

/// A JSON-RPC 2.0 error: its code and message, and what else the client may need to know.
public struct JSONRPCError: Error, Equatable, Sendable {
  /// The line is not JSON.
  public static let parseError = -32700
  /// The JSON is not a request, notification or response.
  public static let invalidRequest = -32600
  /// The request names a method the server does not serve.
  public static let methodNotFound = -32601
  /// The method's parameters are missing or of the wrong shape.
  public static let invalidParams = -32602
  /// MCP's code for a resource URI that names nothing.
  public static let resourceNotFound = -32002

  /// One of the codes above.
  public var code: Int
  /// What went wrong, in a sentence.
  public var message: String
  /// More detail, such as the URI that was not found; left out when `nil`.
  public var data: JSONOutput?

  /// An error with `code` and `message`.
  public init(_ code: Int, _ message: String, data: JSONOutput? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }
}

/// One message a client sent, read from one line: requests carry an id to answer, notifications
/// none; responses are the client's answers to requests, which this server never makes.
public enum JSONRPCMessage: Equatable, Sendable {
  /// A request to answer with the same `id` (a string or a whole number).
  case request(id: JSONOutput, method: String, params: JSONValue?)
  /// A notification, which gets no answer.
  case notification
  /// A result or error sent by the client.
  case response
  /// Not a message: the error to answer with, and the id when one could be read.
  case invalid(id: JSONOutput?, JSONRPCError)

  /// Reads one line's message; anything but a single JSON-RPC 2.0 message in UTF-8 is `invalid`.
  public static func read(_ line: [UInt8]) -> Self {
    guard let text = String(validating: line, as: UTF8.self) else {
      return .invalid(id: nil, JSONRPCError(JSONRPCError.parseError, "Parse error: not UTF-8"))
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(text, file: "message")
    } catch {
      return .invalid(id: nil, JSONRPCError(JSONRPCError.parseError, "Parse error: \(error)"))
    }
    guard let members = try? value.object().members else {
      // A batch is an array; MCP has had none since its 2025-06-18 revision.
      let message = (try? value.array()) != nil ? "batches are not supported" : "not an object"
      return .invalid(
        id: nil, JSONRPCError(JSONRPCError.invalidRequest, "Invalid Request: \(message)"))
    }
    func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    let idValue = member("id")
    // MCP ids are strings or whole numbers, never null.
    let id: JSONOutput? =
      (try? idValue?.string()).map(JSONOutput.string) ?? idValue?.intValue.map(JSONOutput.int)
    func invalid(_ reason: String) -> Self {
      .invalid(id: id, JSONRPCError(JSONRPCError.invalidRequest, "Invalid Request: \(reason)"))
    }
    guard (try? member("jsonrpc")?.string()) == "2.0" else {
      return invalid("\"jsonrpc\" must be \"2.0\"")
    }
    guard let methodValue = member("method") else {
      let isResponse = idValue != nil && (member("result") != nil || member("error") != nil)
      return isResponse ? .response : invalid("no \"method\"")
    }
    guard let method = try? methodValue.string() else {
      return invalid("\"method\" must be a string")
    }
    if idValue != nil && id == nil {
      return invalid("\"id\" must be a string or a whole number")
    }
    guard let id else { return .notification }
    return .request(id: id, method: method, params: member("params"))
  }
}

/// The lines a server writes: each a JSON-RPC 2.0 response, compact, ending with a line break.
public enum JSONRPCResponse {
  /// The answer `result` to the request `id`.
  public static func result(_ result: JSONOutput, id: JSONOutput) -> [UInt8] {
    line(id: id) { writer in writer.member("result", result) }
  }

  /// The answer `error` to the request `id`, or to a message whose id could not be read.
  public static func error(_ error: JSONRPCError, id: JSONOutput?) -> [UInt8] {
    line(id: id) { writer in
      let data = error.data ?? .null  // a null member is left out
      writer.member(
        "error", ["code": .int(error.code), "message": .string(error.message), "data": data])
    }
  }

  private static func line(id: JSONOutput?, _ body: (inout JSONStreamWriter) -> Void) -> [UInt8] {
    var writer = JSONStreamWriter(compact: true)
    writer.beginObject()
    writer.member("jsonrpc", "2.0")
    // JSON-RPC answers a message whose id could not be read with `"id": null`.
    if let id { writer.member("id", id) } else { writer.nullMember("id") }
    body(&writer)
    writer.endObject()
    writer.endLine()
    return writer.utf8
  }
}
