import CommandLineKit
import MCP
import MLCareerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `mlcareer mcp [--allow-writes]`: the guide, with the user's packs and progress, served to AI
/// assistants over the Model Context Protocol on standard input and output.
enum MCPCommand: Command {
  static let name = "mcp"

  static let allowWrites = Flag(
    "allow-writes",
    help: "Also offer mark_skills and unmark_skills, which work as 'check' and 'uncheck' do.")

  static let spec = CommandSpec(
    name,
    abstract: "Serve the guide to AI assistants over MCP.",
    discussion: """
      An assistant starts it and speaks the Model Context Protocol with it (JSON-RPC 2.0, a \
      message a line) on standard input and output, until standard input closes. Its tools \
      list_topics, show_topic, search, salaries, skills and progress answer with their command's \
      --format json and Markdown; every topic is a resource, mlcareer://topics/ID. Packs are \
      read as by every command. Nothing is written unless --allow-writes is given.
      """,
    options: [allowWrites.spec],
    examples: [
      .init("mlcareer mcp", "Serve the guide to the assistant that started it."),
      .init("mlcareer mcp --data ~/my-pack", "Serve the guide with a pack of your own."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    // The tools and resources run command lines with the server's packs and output that is not
    // a terminal, keeping what they print and report. The values an assistant gives go after
    // `--`, so none is read as an option.
    let terminal = Terminal(
      isTerminal: false, inputIsTerminal: false, size: nil,
      environment: context.terminal.environment)
    let globals = context.parsed[MLCareerCommands.data].map { "--data=" + $0 }
    let runner: CommandRunner = { options, positionals in
      var errors = ""
      let (console, status) = MLCareerTool.run(
        options + globals + ["--"] + positionals, terminal: terminal
      ) { errors += $0 }
      return (console.standardOutput.string, errors, status)
    }
    let locations = context.packLocations
    let topicURI = "mlcareer://topics/"
    let tools = (GuideTool.all + (context.parsed[allowWrites] ? GuideTool.writing : [])).map {
      $0.tool(runner)
    }
    let server = MCPServer(
      name: "mlcareer", version: MLCareerVersion.tool, tools: tools,
      templates: [
        .init(
          uri: topicURI + "{id}", name: "topic", title: "A topic of the guide",
          description: "A topic by its id, as 'mlcareer show ID --format markdown' prints it.",
          mimeType: "text/markdown")
      ],
      resources: {
        ContentLibrary(locations: locations).headers().map { topic in
          let header = topic.header
          return .init(
            uri: topicURI + header.id, name: header.id, title: header.title,
            description: header.summary, mimeType: "text/markdown")
        }
      },
      read: { uri in
        let id = String(uri.dropFirst(topicURI.count))
        let result = runner(["show", "--format", "markdown"], [id])
        return result.status == 0 ? result.output : nil
      })
    if context.terminal.inputIsTerminal {
      Console.error("mlcareer mcp: reading MCP messages, one a line, until end of input (Ctrl-D)\n")
    }
    // A client that goes away ends the loop through a failed write, not a signal.
    signal(SIGPIPE, SIG_IGN)
    var reader = MessageReader(fileDescriptor: STDIN_FILENO, limit: MCPServer.lineLimit)
    server.serve(
      &reader, write: { FileSystem.writeAll($0, to: STDOUT_FILENO) == nil },
      log: { Console.error("mlcareer mcp: " + $0) })
  }
}

/// Runs the command line of `options`, then `positionals`, for the MCP server: what it printed,
/// reported and returned.
typealias CommandRunner = (_ options: [String], _ positionals: [String]) -> (
  output: String, errors: String, status: Int32
)
