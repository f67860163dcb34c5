import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

@Suite struct CommandLineParserTests {
  let root = MLCareerCommands.root

  func parse(_ line: String) throws(UsageError) -> ParsedCommand {
    try CommandLineParser.parse(line.split(separator: " ").map(String.init), root: root)
  }

  // MARK: Commands, options and arguments

  @Test func readsArgumentsAndOptionsInAnyOrder() throws {
    let parsed = try parse("show resp -s duties soft-skills --format=json")
    #expect(parsed.path == ["show"])
    #expect(parsed[ShowCommand.topics] == ["resp", "soft-skills"])
    #expect(parsed.arguments == ["resp", "soft-skills"])
    #expect(parsed[ShowCommand.section] == "duties")
    #expect(parsed[ShowCommand.format] == .json)
    #expect(parsed.helpRequest == nil)
  }

  @Test(arguments: [
    "show overview --section duties", "show overview --section=duties", "show -s duties overview",
    "show -sduties overview", "show -s=duties overview",
    "show overview --section x --section duties",
  ])
  func acceptsEverySpellingOfAnOptionValue(line: String) throws {
    let parsed = try parse(line)
    #expect(parsed[ShowCommand.section] == "duties")
    #expect(parsed[ShowCommand.topics] == ["overview"])
  }

  @Test func fallsBackToTheDefaultOfAnOptionNotGiven() throws {
    let parsed = try parse("salaries --reverse --by location --min 120000")
    #expect(parsed[SalariesCommand.format] == .text)
    #expect(parsed[SalariesCommand.sort] == nil)
    #expect(parsed[SalariesCommand.by] == "location")
    #expect(parsed[SalariesCommand.city] == nil)
    #expect(parsed[SalariesCommand.reverse])
    #expect(!parsed[MLCareerCommands.noPager])
    #expect(parsed[SalariesCommand.minimum] == Money(120_000))
  }

  @Test func acceptsGlobalOptionsBeforeAndAfterTheCommand() throws {
    let before = try parse("--color never --no-pager list")
    #expect(before.path == ["list"])
    #expect(before[MLCareerCommands.color] == .never)
    #expect(before[MLCareerCommands.noPager])
    let after = try parse("list --color=always")
    #expect(after[MLCareerCommands.color] == .always)
    #expect(try parse("list")[MLCareerCommands.color] == .auto)
  }

  @Test func takesEveryWordAfterDoubleDashAsAnArgument() throws {
    let parsed = try parse("search -n 3 -- --help -h kubernetes")
    #expect(parsed[SearchCommand.words] == ["--help", "-h", "kubernetes"])
    #expect(parsed[SearchCommand.limit] == 3)
    #expect(parsed.helpRequest == nil)
  }

  @Test func takesANegativeNumberAsAValue() throws {
    #expect(try parse("salaries --by -5")[SalariesCommand.by] == "-5")
  }

  @Test func leavesOptionalArgumentsEmpty() throws {
    let parsed = try parse("checklist --todo")
    #expect(parsed[SkillsCommand.group].isEmpty)
    #expect(parsed[ChecklistCommand.todo])
    #expect(
      try parse("checklist languages tools")[SkillsCommand.group] == ["languages", "tools"])
    #expect(try parse("skills")[SkillsCommand.group].isEmpty)
  }

  @Test func parsesTheHiddenCompletionCommand() throws {
    let parsed = try parse("__complete -- show --format js")
    #expect(parsed.path == ["__complete"])
    #expect(parsed[CompleteCommand.words] == ["show", "--format", "js"])
  }

  @Test func reportsTheVersionFlag() throws {
    let parsed = try parse("--version")
    #expect(parsed[MLCareerCommands.version])
    #expect(parsed.helpRequest == nil)
  }

  @Test func keepsEveryValueOfARepeatableOption() throws {
    let tag = Option<[String]>(repeatable: "tag", short: "t", value: "tag", help: "A tag.")
    let all = Flag("all", short: "a", help: "All.")
    let quiet = Flag("quiet", short: "q", help: "Quiet.")
    let tool = CommandSpec(
      "tool", abstract: "A tool.", options: [tag.spec, all.spec, quiet.spec])
    let parsed = try CommandLineParser.parse(["-aq", "--tag", "x", "-ty"], root: tool)
    #expect(parsed[tag] == ["x", "y"])
    #expect(parsed[all] && parsed[quiet])
    #expect(parsed.helpRequest == nil)
  }

  // MARK: Help

  struct HelpCase: Sendable, CustomTestStringConvertible {
    let line: String
    let request: ParsedCommand.HelpRequest
    var testDescription: String { "'mlcareer \(line)'" }
  }

  static let root = MLCareerCommands.root
  static let show = root.subcommand(named: "show")!
  static let export = root.subcommand(named: "export")!
  static let help = root.subcommand(named: "help")!

  @Test(arguments: [
    HelpCase(line: "", request: .overview),
    HelpCase(line: "--color never", request: .overview),
    HelpCase(line: "--help", request: .command([root])),
    HelpCase(line: "-h", request: .command([root])),
    HelpCase(line: "help", request: .command([root])),
    HelpCase(line: "help show", request: .command([root, show])),
    HelpCase(line: "help --help", request: .command([root, help])),
    HelpCase(line: "show --help", request: .command([root, show])),
    HelpCase(line: "show resp -h", request: .command([root, show])),
    HelpCase(line: "show --secton x --format xml --help", request: .command([root, show])),
    HelpCase(line: "export --help", request: .command([root, export])),
  ])
  func resolvesEveryWayOfAskingForHelp(_ test: HelpCase) throws {
    let parsed = try parse(test.line)
    #expect(parsed.helpRequest?.asked == test.request.asked)
  }

  // MARK: Errors

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let line: String
    let message: String
    var testDescription: String { "'mlcareer \(line)'" }
  }

  @Test(arguments: [
    ErrorCase(
      line: "shwo",
      message: """
        error: unknown command 'shwo'
        Did you mean 'show'?
        Usage: mlcareer <subcommand>
          See 'mlcareer --help'.
        """),
    ErrorCase(
      line: "shwo --help",
      message: """
        error: unknown command 'shwo'
        Did you mean 'show'?
        Usage: mlcareer <subcommand>
          See 'mlcareer --help'.
        """),
    ErrorCase(
      line: "frobnicate",
      message: """
        error: unknown command 'frobnicate'
        Usage: mlcareer <subcommand>
          See 'mlcareer --help'.
        """),
    ErrorCase(
      line: "help salries",
      message: """
        error: unknown command 'salries'
        Did you mean 'salaries'?
        Usage: mlcareer help [<command>]
          See 'mlcareer help --help'.
        """),
    ErrorCase(
      line: "show skills --secton languages",
      message: """
        error: unknown option '--secton'
        Did you mean '--section'?
        Usage: mlcareer show [<topic> ...] [--section <name>] [--format <format>]
          See 'mlcareer show --help'.
        """),
    ErrorCase(
      line: "list -x",
      message: """
        error: unknown option '-x'
        Usage: mlcareer list [--format <format>]
          See 'mlcareer list --help'.
        """),
    ErrorCase(
      line: "show skills --section",
      message: """
        error: missing value for option '--section'
        Usage: mlcareer show [<topic> ...] [--section <name>] [--format <format>]
          See 'mlcareer show --help'.
        """),
    ErrorCase(
      line: "show skills -s --format json",
      message: """
        error: missing value for option '-s'
        Usage: mlcareer show [<topic> ...] [--section <name>] [--format <format>]
          See 'mlcareer show --help'.
        """),
    ErrorCase(
      line: "salaries --reverse=yes",
      message: """
        error: option '--reverse' takes no value, but was given 'yes'
        Usage: mlcareer salaries [--by <dimension>] [--city <text>] [--role <text>] \
        [--min <amount>] [--max <amount>] [--currency <code>] [--sort <key>] [--reverse] [--chart] \
        [--format <format>]
          See 'mlcareer salaries --help'.
        """),
    ErrorCase(
      line: "list --format xml",
      message: """
        error: invalid value 'xml' for '--format'; expected one of: text, json, markdown, csv, tsv
        Usage: mlcareer list [--format <format>]
          See 'mlcareer list --help'.
        """),
    ErrorCase(
      line: "list -f jsno",
      message: """
        error: invalid value 'jsno' for '-f'; expected one of: text, json, markdown, csv, tsv
        Did you mean 'json'?
        Usage: mlcareer list [--format <format>]
          See 'mlcareer list --help'.
        """),
    ErrorCase(
      line: "--color allways list",
      message: """
        error: invalid value 'allways' for '--color'; expected one of: auto, always, never
        Did you mean 'always'?
        Usage: mlcareer <subcommand>
          See 'mlcareer --help'.
        """),
    ErrorCase(
      line: "completions tcsh",
      message: """
        error: invalid value 'tcsh' for '<shell>'; expected one of: bash, zsh, fish
        Usage: mlcareer completions <shell>
          See 'mlcareer completions --help'.
        """),
    ErrorCase(
      line: "check",
      message: """
        error: missing argument '<id>'
        Usage: mlcareer check <id> ... [--learning] [--skip] [--note <text>]
          See 'mlcareer check --help'.
        """),
    ErrorCase(
      line: "export",
      message: """
        error: missing option '--format <format>'
        Usage: mlcareer export --format <format> [--with-progress]
          See 'mlcareer export --help'.
        """),
    ErrorCase(
      line: "list everything",
      message: """
        error: unexpected argument 'everything'
        Usage: mlcareer list [--format <format>]
          See 'mlcareer list --help'.
        """),
    ErrorCase(
      line: "list --version",
      message: """
        error: unknown option '--version'
        Usage: mlcareer list [--format <format>]
          See 'mlcareer list --help'.
        """),
  ])
  func explainsEveryUsageError(_ test: ErrorCase) {
    #expect {
      try parse(test.line)
    } throws: { error in
      guard let error = error as? UsageError else { return false }
      #expect(error.description == test.message)
      #expect(error.exitCode == 64)
      return true
    }
  }

  @Test func exposesTheSuggestionAndContextOfAnError() {
    do {
      _ = try parse("show x --fromat json")
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "unknown option '--fromat'")
      #expect(error.suggestion == "--format")
      #expect(error.context.commandLine == "mlcareer show")
    }
  }

  @Test func neverSuggestsAHiddenCommand() {
    #expect(throws: UsageError.self) { try parse("__complet topics") }
    do {
      _ = try parse("__complet topics")
    } catch {
      #expect(error.suggestion == nil)
    }
  }
}

extension ParsedCommand.HelpRequest {
  /// `overview`, or the command line whose help is asked for: what two requests are compared by.
  var asked: String {
    guard case .command(let chain) = self else { return "overview" }
    return chain.commandLine
  }
}
