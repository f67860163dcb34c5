import Foundation
import Testing

/// `mlcareer mcp` spoken to over its standard input and output, as an assistant does.
@Suite struct MCPCommandTests {
  /// A request line with `id`.
  static func request(_ id: Int, _ method: String, _ params: [String: Any]? = nil) -> String {
    var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
    message["params"] = params
    let data = try! JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// A `tools/call` request line.
  static func call(_ id: Int, _ tool: String, _ arguments: [String: Any]) -> String {
    request(id, "tools/call", ["name": tool, "arguments": arguments])
  }

  /// Runs `mlcareer mcp` with `lines` on standard input; returns the run and its answers.
  static func serve(
    _ lines: [String], arguments: [String] = [], state: StateFolder? = nil, end: String = "\n"
  ) throws -> (result: ToolRunner.Result, answers: [[String: Any]]) {
    let input = lines.joined(separator: "\n") + end
    let result = try ToolRunner.run(
      ["mcp"] + arguments, environment: state?.environment ?? ToolRunner.environment(),
      input: input)
    let answers = try result.stdout.split(separator: "\n").map { line in
      try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        "not a JSON object: \(line)")
    }
    return (result, answers)
  }

  static func errorCode(_ answer: [String: Any]) -> Int? {
    (answer["error"] as? [String: Any])?["code"] as? Int
  }

  static func result(_ answer: [String: Any]) -> [String: Any] {
    answer["result"] as? [String: Any] ?? [:]
  }

  @Test func badLinesGetTheirErrorsAndTheServerKeepsAnswering() throws {
    let (run, answers) = try Self.serve(
      [
        Self.request(1, "initialize", ["protocolVersion": "2025-11-25", "capabilities": [:]]),
        #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        "this is not json",
        #"[{"jsonrpc":"2.0","id":2,"method":"ping"}]"#,
        Self.request(3, "prompts/list"),
        String(repeating: "x", count: (1 << 20) + 1),
        Self.request(4, "ping"),
        #"{"jsonrpc":"2.0","id":5,"meth"#,
      ], end: "")
    #expect(run.status == 0)
    #expect(answers.count == 6, "\(run.stdout)")
    #expect(Self.result(answers[0])["protocolVersion"] as? String == "2025-11-25")
    #expect(answers.map { $0["id"] as? Int } == [1, nil, nil, 3, nil, 4])
    #expect(answers.map(Self.errorCode) == [nil, -32700, -32600, -32601, -32600, nil])
    #expect(run.stderr.contains("over the limit"))
    #expect(run.stderr.contains("ended in the middle of a message"))
  }

  @Test func withNoInputTheServerExitsCleanly() throws {
    let (run, answers) = try Self.serve([], end: "")
    #expect(run.status == 0 && answers.isEmpty && run.stderr.isEmpty)
  }

  @Test(
    arguments: [
      ("list_topics", [:], ["list"], "topics"),
      ("show_topic", ["topic": "salaries", "section": "by location"], ["show", "salaries"], nil),
      (
        "search", ["query": "data drift", "limit": 3], ["search", "data drift", "--limit", "3"], nil
      ),
      ("salaries", ["city": "san francisco"], ["salaries", "--city", "san francisco"], "salaries"),
      (
        "salaries", ["min": "150k", "sort": "amount"],
        ["salaries", "--min", "150k", "--sort", "amount"], "salaries"
      ),
      ("skills", ["group": "soft skills"], ["skills", "soft skills"], nil),
      ("progress", [:], ["progress"], nil),
    ] as [(String, [String: any Sendable], [String], String?)])
  func eachToolAnswersWithTheCommandsJSONAndMarkdown(
    tool: String, arguments: [String: any Sendable], command: [String], key: String?
  ) throws {
    var command = command
    if tool == "show_topic" { command += ["--section", "by location"] }
    let (run, answers) = try Self.serve([Self.call(1, tool, arguments)])
    let result = Self.result(try #require(answers.first))
    #expect(result["isError"] as? Bool == false, "\(result)")
    let json = try ToolRunner.run(command + ["--format", "json"]).json()
    let expected = key.map { [$0: json] } ?? json
    #expect(
      NSDictionary(dictionary: result["structuredContent"] as? [String: Any] ?? [:])
        == NSDictionary(dictionary: expected as? [String: Any] ?? [:]))
    let markdown = try ToolRunner.run(command + ["--format", "markdown"]).stdout
    #expect((result["content"] as? [[String: Any]])?.first?["text"] as? String == markdown)
    #expect(run.status == 0)
  }

  @Test func aFigureKeepsItsYearRegionAndSourceInTheText() throws {
    let (_, answers) = try Self.serve([Self.call(1, "salaries", ["city": "san francisco"])])
    let text = try #require(
      (Self.result(answers[0])["content"] as? [[String: Any]])?.first?["text"] as? String)
    #expect(text.contains("$136,287") && text.contains("2024") && text.contains("United States"))
  }

  @Test(
    arguments: [
      ("show_topic", ["topic": "responsibilites"], ["show", "responsibilites"]),
      ("skills", ["group": "sofft"], ["skills", "sofft"]),
      ("salaries", ["by": "planet"], ["salaries", "--by", "planet"]),
      ("search", ["query": "--help"], ["search", "--", "--help"]),
    ] as [(String, [String: any Sendable], [String])])
  func anUnknownNameIsAnErrorResultWithTheCommandLinesMessage(
    tool: String, arguments: [String: any Sendable], command: [String]
  ) throws {
    let (_, answers) = try Self.serve([Self.call(1, tool, arguments), Self.request(2, "ping")])
    let result = Self.result(answers[0])
    #expect(result["isError"] as? Bool == true)
    let text = (result["content"] as? [[String: Any]])?.first?["text"] as? String
    #expect(text == (try ToolRunner.run(command)).stderr)
    #expect(answers.count == 2 && answers[1]["result"] != nil)
  }

  @Test(
    arguments: [
      ["topic": 3], [:], ["topic": "faq", "colour": "red"], ["topic": "faq", "section": ["a"]],
    ] as [[String: any Sendable]])
  func wrongArgumentsAreAnErrorResult(arguments: [String: any Sendable]) throws {
    let (_, answers) = try Self.serve([Self.call(1, "show_topic", arguments)])
    let result = Self.result(answers[0])
    #expect(result["isError"] as? Bool == true)
    let text = (result["content"] as? [[String: Any]])?.first?["text"] as? String ?? ""
    #expect(text.hasPrefix("invalid arguments: "))
  }

  @Test func thePacksTopicIsAResourceAndATopic() throws {
    let pack = try TestPack()
    try pack.write("topics/interview-prep.md", TestPack.topic("Interview Prep"))
    let (_, answers) = try Self.serve(
      [
        Self.request(1, "resources/list"),
        Self.request(2, "resources/read", ["uri": "mlcareer://topics/interview-prep"]),
        Self.request(3, "resources/read", ["uri": "mlcareer://topics/nothing"]),
      ], arguments: ["--data", pack.path])
    let uris = (Self.result(answers[0])["resources"] as? [[String: Any]])?.compactMap {
      $0["uri"] as? String
    }
    #expect(uris?.contains("mlcareer://topics/interview-prep") == true)
    #expect(uris?.contains("mlcareer://topics/overview") == true)
    let contents = Self.result(answers[1])["contents"] as? [[String: Any]]
    #expect(contents?.first?["text"] as? String == TestPack.topic("Interview Prep"))
    #expect(Self.errorCode(answers[2]) == -32002)
  }

  @Test func markingSkillsNeedsAllowWritesAndSavesAsCheckDoes() throws {
    let state = try StateFolder()
    let mark = Self.call(2, "mark_skills", ["skills": ["python"], "learning": true])
    let (_, readOnly) = try Self.serve([Self.request(1, "tools/list"), mark], state: state)
    let names = (Self.result(readOnly[0])["tools"] as? [[String: Any]])?.compactMap {
      $0["name"] as? String
    }
    #expect(names == ["list_topics", "show_topic", "search", "salaries", "skills", "progress"])
    #expect(Self.errorCode(readOnly[1]) == -32602)
    #expect(try state.marks().isEmpty)

    let (_, writing) = try Self.serve([mark], arguments: ["--allow-writes"], state: state)
    #expect(Self.result(writing[0])["isError"] as? Bool == false)
    #expect(try state.marks() == ["python": "learning"])
    let unmark = Self.call(3, "unmark_skills", ["skills": ["python"]])
    let (_, cleared) = try Self.serve([unmark], arguments: ["--allow-writes"], state: state)
    #expect(Self.result(cleared[0])["isError"] as? Bool == false)
    #expect(try state.marks().isEmpty)
  }
}

/// The official MCP Python SDK's stdio client against the built binary
/// (`Tests/MCPClient/check.py`): with the Python `$MLCAREER_MCP_PYTHON` names (as CI sets it),
/// else with `.build/mcp-venv`'s or `python3` when it has the `mcp` package, else skipped.
@Suite struct MCPClientTests {
  static let python: String? = {
    if let python = ProcessInfo.processInfo.environment["MLCAREER_MCP_PYTHON"] { return python }
    let venv = ToolRunner.packageFolder.appendingPathComponent(".build/mcp-venv/bin/python").path
    return [venv, "/usr/bin/python3"].first { path in
      guard FileManager.default.isExecutableFile(atPath: path) else { return false }
      let result = try? ToolRunner.run(["-c", "import mcp"], executable: path)
      return result?.status == 0
    }
  }()

  @Test(
    .enabled(
      if: python != nil,
      "no Python with the 'mcp' package: run .ci/run, or pip install 'mcp>=2' into .build/mcp-venv")
  )
  func theOfficialPythonClientListsAndCallsEveryToolAndReadsAResource() throws {
    guard let python = Self.python else { return }  // the trait above rules this out
    let script = ToolRunner.packageFolder.appendingPathComponent("Tests/MCPClient/check.py").path
    let result = try ToolRunner.run(
      [script, ToolRunner.binary.path], environment: ProcessInfo.processInfo.environment,
      executable: python)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("the MCP Python SDK client check passed\n"))
  }
}
