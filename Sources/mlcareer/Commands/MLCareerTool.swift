import CommandLineKit
import MLCareerCore

/// The tool as a function from a command line and a terminal to output and an exit code.
enum MLCareerTool {
  /// Runs `arguments` (without the program name); returns what is left to print and the exit
  /// code. Errors go to `report`, standard error unless the caller keeps them (`mcp` does).
  /// With `writesAsItGoes`, long output may be written to standard output before it returns.
  static func run(
    _ arguments: [String], terminal: Terminal, writesAsItGoes: Bool = false,
    report: (String) -> Void = Console.error
  ) -> (console: Console, status: Int32) {
    let parsed: ParsedCommand
    do {
      parsed = try CommandLineParser.parse(arguments, root: MLCareerCommands.root)
    } catch {
      report(CommandError.usage(error).description(width: terminal.errorWidth))
      return (Console(), error.exitCode)
    }
    var context = CommandContext(parsed: parsed, terminal: terminal)
    context.console.mayPage = !parsed[MLCareerCommands.noPager]
    context.console.writesAsItGoes = writesAsItGoes
    var status: Int32 = 0
    var reported = ""
    do {
      try dispatch(&context)
    } catch {
      reported = error.description(width: context.errorWidth)
      status = error.exitCode
    }
    // Broken pack files are reported once, whichever command met them, before what the command
    // made of them (the cause first); an answer that needed one is incomplete, so the run fails.
    if let library = context.libraryCache.library {
      for problem in library.problems where !reported.contains(problem.description) {
        report(problem.description + "\n")
      }
      if library.failed && status == 0 { status = 1 }
    }
    if !reported.isEmpty { report(reported) }
    return (context.console, status)
  }

  /// Every command, in the order help lists them: the one place a command is registered.
  static let commands: [any Command.Type] = [
    ListCommand.self, ShowCommand.self, SalariesCommand.self, SkillsCommand.self,
    SkillCommand.self, ChecklistCommand.self, CheckCommand.self, UncheckCommand.self,
    ProgressCommand.self, PlanCommand.self,
    SearchCommand.self, ExportCommand.self, PathsCommand.self, ValidateCommand.self,
    NewCommand.self, MCPCommand.self, CompletionsCommand.self, ManCommand.self, HelpCommand.self,
    CompleteCommand.self,
  ]

  private static func dispatch(_ context: inout CommandContext) throws(CommandError) {
    let parsed = context.parsed
    if parsed.helpRequest != nil {
      try HelpCommand.run(&context)
      return
    }
    // The root alone is the overview, which the parser reports as a help request; so the root
    // here was given `--version`.
    guard let name = parsed.path.first else {
      let edition = Guide.embedded().edition
      context.print("mlcareer \(MLCareerVersion.tool) (content edition \(edition))\n")
      return
    }
    // The parser accepts only the names of `commands`, so one always matches.
    guard let command = commands.first(where: { $0.name == name }) else { return }
    try command.run(&context)
  }
}
