import MLCareerCore

/// The tool as a function from a command line and a terminal to output and an exit code.
enum MLCareerTool {
  /// Runs `arguments` (without the program name); returns what to print and the exit code.
  static func run(_ arguments: [String], terminal: Terminal) -> (console: Console, status: Int32) {
    let root = MLCareerCommands.root
    let parsed: ParsedCommand
    do {
      parsed = try CommandLineParser.parse(arguments, root: root)
    } catch {
      Console.error(CommandError.usage(error).description)
      return (Console(), error.exitCode)
    }
    var context = CommandContext(parsed: parsed, terminal: terminal)
    context.console.mayPage = !parsed.flag("no-pager")
    do {
      try dispatch(&context)
      return (context.console, 0)
    } catch {
      Console.error(error.description)
      return (context.console, error.exitCode)
    }
  }

  private static func dispatch(_ context: inout CommandContext) throws(CommandError) {
    let parsed = context.parsed
    if let help = parsed.helpRequest {
      context.print(
        HelpRenderer.render(help, root: MLCareerCommands.root, width: context.terminal.width))
      return
    }
    // The root alone is the overview, which the parser reports as a help request; so the root
    // here was given `--version`.
    if parsed.path.isEmpty {
      let edition = (try? CommandContext.guide().edition) ?? "unknown"
      context.print("mlcareer \(MLCareerVersion.tool) (content edition \(edition))\n")
      return
    }
    switch parsed.path[0] {
    case "list": try ListCommand.run(&context)
    case "show": try ShowCommand.run(&context)
    case "salaries": try SalariesCommand.run(&context)
    case "skills": try SkillsCommand.run(&context)
    case "checklist": try ChecklistCommand.run(&context)
    case "check": try CheckCommand.run(&context, state: nil)
    case "uncheck": try CheckCommand.run(&context, state: .todo)
    case "progress": try ProgressCommand.run(&context)
    case "search": try SearchCommand.run(&context)
    case "export": try ExportCommand.run(&context)
    case "completions": try CompletionsCommand.run(&context)
    case "man": try ManCommand.run(&context)
    case "__complete": try CompleteCommand.run(&context)
    default:
      throw .failure("'\(parsed.path.joined(separator: " "))' is not available yet")
    }
  }
}
