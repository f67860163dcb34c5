import CommandLineKit
import MLCareerCore

/// The tool as a function from a command line and a terminal to output and an exit code.
enum MLCareerTool {
  /// Runs `arguments` (without the program name); returns what to print and the exit code.
  static func run(_ arguments: [String], terminal: Terminal) -> (console: Console, status: Int32) {
    let parsed: ParsedCommand
    if let quick = quickParse(arguments) {
      parsed = quick
    } else {
      do {
        parsed = try CommandLineParser.parse(arguments, root: MLCareerCommands.root)
      } catch {
        Console.error(CommandError.usage(error).description(width: terminal.errorWidth))
        return (Console(), error.exitCode)
      }
    }
    var context = CommandContext(parsed: parsed, terminal: terminal)
    context.console.mayPage = !parsed.flag("no-pager")
    var status: Int32 = 0
    var reported = ""
    do {
      try context.checkWidth()
      try dispatch(&context)
    } catch {
      reported = error.description(width: context.errorWidth)
      Console.error(reported)
      status = error.exitCode
    }
    // Broken pack files are reported once, whichever command met them; an answer that needed
    // one is incomplete, so the run fails.
    if let library = context.libraryCache.library {
      for problem in library.problems where !reported.contains(problem.description) {
        Console.error(problem.description + "\n")
      }
      if library.failed && status == 0 { status = 1 }
    }
    return (context.console, status)
  }

  /// The commands that read the guide, which a command line may name first to be parsed
  /// against a root holding only that command.
  static let readingCommands: [any Command.Type] = [
    ListCommand.self, ShowCommand.self, SalariesCommand.self, SkillsCommand.self,
    ChecklistCommand.self,
  ]

  /// `arguments` parsed against a root holding only the reading command they name first, as
  /// the full root would parse them: `nil` unless they start with such a name exactly, and for
  /// a usage error or a help request, whose messages may name the other commands (the full
  /// parse then gives them). Building every command's description cost 148 K instructions, a
  /// quarter of `mlcareer list`.
  static func quickParse(_ arguments: [String]) -> ParsedCommand? {
    guard let first = arguments.first,
      let command = readingCommands.first(where: { $0.name == first })
    else { return nil }
    let root = MLCareerCommands.root(subcommands: [command.spec])
    guard let parsed = try? CommandLineParser.parse(arguments, root: root),
      parsed.helpRequest == nil
    else { return nil }
    return parsed
  }

  /// Every command, in the order help lists them.
  static let commands: [any Command.Type] = [
    ListCommand.self, ShowCommand.self, SalariesCommand.self, SkillsCommand.self,
    ChecklistCommand.self, CheckCommand.self, UncheckCommand.self, ProgressCommand.self,
    SearchCommand.self, ExportCommand.self, PathsCommand.self, ValidateCommand.self,
    NewCommand.self, CompletionsCommand.self, ManCommand.self, HelpCommand.self,
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
      let edition = (try? Guide.embedded().edition) ?? "unknown"
      context.print("mlcareer \(MLCareerVersion.tool) (content edition \(edition))\n")
      return
    }
    // The parser accepts only the names of `commands`' specs, so one always matches.
    guard let command = commands.first(where: { $0.name == name }) else { return }
    try command.run(&context)
  }
}
