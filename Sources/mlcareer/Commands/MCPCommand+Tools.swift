import CommandLineKit
import JSON
import MCP

/// A tool of `mlcareer mcp`: a command run with `--format json`, for its structured content,
/// and `--format markdown`, for its text, its arguments turned into that command's options and
/// arguments, each described by their own help.
struct GuideTool {
  /// One argument of a tool and the option or positional argument it becomes.
  struct Parameter {
    /// How the argument is typed in JSON and written on the command line.
    enum Kind {
      case text
      case whole
      /// A whole number, or text such as `120k`.
      case amount
      case flag
      /// Several words, each a positional argument.
      case words
    }

    var name: String
    var kind: Kind
    var help: String
    var choices: [String] = []
    /// Whether it becomes the option of its name, rather than a positional argument.
    var isOption = false
    var isRequired = false

    /// The argument for `spec`'s option, named as the option is.
    static func option(_ spec: OptionSpec, _ kind: Kind = .text) -> Parameter {
      var choices: [String] = []
      if case .choices(let values) = spec.values { choices = values.map(\.name) }
      return Parameter(
        name: spec.long, kind: spec.isFlag ? .flag : kind, help: spec.help, choices: choices,
        isOption: true)
    }

    /// The argument for `spec`'s positional argument.
    static func argument(
      _ name: String, _ spec: ArgumentSpec, kind: Kind = .text, required: Bool = false
    ) -> Parameter {
      Parameter(name: name, kind: kind, help: spec.help, isRequired: required)
    }

    var schema: JSONOutput {
      let type: JSONOutput =
        switch kind {
        case .text: "string"
        case .whole: "integer"
        case .amount: ["integer", "string"]
        case .flag: "boolean"
        case .words: "array"
        }
      var members: [JSONOutput.Member] = [.init("type", type), .init("description", .string(help))]
      if kind == .words { members.append(.init("items", ["type": "string"])) }
      if !choices.isEmpty { members.append(.init("enum", .array(choices.map(JSONOutput.string)))) }
      return .object(members)
    }
  }

  var name: String
  var description: String
  var command: String
  var parameters: [Parameter] = []
  /// The key the command's output goes under when it is an array, not an object.
  var key: String?
  /// The members the command's JSON object always has, with their JSON types; `nil` for a
  /// command that writes, which has no JSON output.
  var output: KeyValuePairs<String, String>?

  /// The read-only tools, each over the command of the same purpose.
  static let all: [GuideTool] = [
    GuideTool(
      name: "list_topics",
      description: "List every topic of the guide, packs included, with its id, title and summary.",
      command: ListCommand.name, key: "topics", output: ["topics": "array"]),
    GuideTool(
      name: "show_topic",
      description: "Read a topic of the guide, or one section of it, as Markdown.",
      command: ShowCommand.name,
      parameters: [
        .argument("topic", ShowCommand.topics.spec, required: true),
        .option(ShowCommand.section.spec),
      ],
      output: ["id": "string", "title": "string", "summary": "string", "sections": "array"]),
    GuideTool(
      name: "search",
      description:
        "Search the guide's text, salaries and skills for words; each hit says where it stands "
        + "and which command shows it.",
      command: SearchCommand.name,
      parameters: [
        .argument("query", SearchCommand.words.spec, required: true),
        .option(SearchCommand.limit.spec, .whole), .option(SearchCommand.topic.spec),
      ],
      output: ["query": "string", "total": "integer", "hits": "array"]),
    GuideTool(
      name: "salaries",
      description:
        "Salary figures, each with its currency, year, region, kind of figure and source, "
        + "filtered and sorted as asked; amounts compare only within one currency.",
      command: SalariesCommand.name,
      parameters: [
        .option(SalariesCommand.by.spec), .option(SalariesCommand.city.spec),
        .option(SalariesCommand.role.spec), .option(SalariesCommand.minimum.spec, .amount),
        .option(SalariesCommand.maximum.spec, .amount), .option(SalariesCommand.currency.spec),
        .option(SalariesCommand.sort.spec), .option(SalariesCommand.reverse.spec),
      ],
      key: "salaries", output: ["salaries": "array"]),
    GuideTool(
      name: "skills",
      description: "The skills the job asks for, by group, each with its level and a note.",
      command: SkillsCommand.name, parameters: [.argument("group", SkillsCommand.group.spec)],
      output: ["groups": "array", "skills": "array"]),
    GuideTool(
      name: "progress",
      description: "The user's learning checklist progress, overall and per skill group.",
      command: ProgressCommand.name,
      output: ["overall": "object", "groups": "array", "next": "array"]),
  ]

  /// The tools that write, offered with `--allow-writes`: `check` and `uncheck`, through the
  /// same locked, atomic writer, answering with what the commands print.
  static let writing: [GuideTool] = [
    GuideTool(
      name: "mark_skills",
      description: "Mark skills of the checklist as done, or as being learned or skipped.",
      command: CheckCommand.name,
      parameters: [
        .argument("skills", CheckCommand.ids.spec, kind: .words, required: true),
        .option(CheckCommand.learning.spec), .option(CheckCommand.skip.spec),
      ], output: nil),
    GuideTool(
      name: "unmark_skills", description: "Clear the marks of skills of the checklist.",
      command: UncheckCommand.name,
      parameters: [.argument("skills", UncheckCommand.ids.spec, kind: .words, required: true)],
      output: nil),
  ]

  /// The tool as the server offers it, running its command through `runner`.
  func tool(_ runner: @escaping CommandRunner) -> MCPServer.Tool {
    MCPServer.Tool(
      name: name, description: description,
      inputSchema: [
        "type": "object",
        "properties": .object(parameters.map { .init($0.name, $0.schema) }),
        "required": .array(parameters.filter(\.isRequired).map { .string($0.name) }),
        "additionalProperties": false,
      ],
      outputSchema: output.map { output in
        [
          "type": "object",
          "properties": .object(output.map { .init($0.key, ["type": .string($0.value)]) }),
          "required": .array(output.map { .string($0.key) }),
        ]
      }, readOnly: output != nil
    ) { arguments in
      let line: (options: [String], positionals: [String])
      do throws(JSONError) {
        line = try commandLine(arguments)
      } catch {
        return MCPServer.ToolResult(text: "invalid arguments: \(error.message)", isError: true)
      }
      let options = [command] + line.options
      guard output != nil else {
        let result = runner(options, line.positionals)
        let failed = result.status != 0
        return MCPServer.ToolResult(text: failed ? result.errors : result.output, isError: failed)
      }
      let json = runner(options + ["--format", "json"], line.positionals)
      guard json.status == 0, let value = try? JSONParser.parse(json.output, file: "output") else {
        return MCPServer.ToolResult(text: json.errors, isError: true)
      }
      let markdown = runner(options + ["--format", "markdown"], line.positionals)
      return MCPServer.ToolResult(
        text: markdown.output, structured: key.map { [$0: value.output] } ?? value.output)
    }
  }

  /// The options and positional arguments `arguments` (none: `{}`) stand for; a missing,
  /// unknown or wrongly typed argument throws.
  private func commandLine(
    _ arguments: JSONObject?
  ) throws(JSONError) -> (options: [String], positionals: [String]) {
    guard let arguments else {
      return try commandLine(JSONParser.parse("{}", file: "arguments").object())
    }
    let fields = try arguments.fields(allowed: parameters.map(\.name))
    var options: [String] = []
    var positionals: [String] = []
    for parameter in parameters {
      guard let value = fields.optionalValue(parameter.name) else {
        guard !parameter.isRequired else {
          throw .missingField(parameter.name, requiredFor: nil, at: fields.location(of: ""))
        }
        continue
      }
      let text: String
      switch parameter.kind {
      case .whole,
        .amount where value.intValue != nil:
        text = String(try fields.int(parameter.name))
      case .text, .amount: text = try value.string(field: parameter.name)
      case .flag:
        if try fields.optionalBool(parameter.name) == true {
          options.append("--" + parameter.name)
        }
        continue
      case .words:
        positionals += try fields.array(parameter.name).map { value throws(JSONError) in
          try value.string()
        }
        continue
      }
      if parameter.isOption {
        options.append("--\(parameter.name)=\(text)")
      } else {
        positionals.append(text)
      }
    }
    return (options, positionals)
  }
}
