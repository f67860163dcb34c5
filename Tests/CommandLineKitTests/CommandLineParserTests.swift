import Testing

@testable import CommandLineKit

/// The parser against the fixture tool: options, arguments, help requests and usage errors.
@Suite struct CommandLineParserTests {
  @Test(arguments: [
    "stock a b --layout list -n 3", "stock --layout=list a -n3 b", "stock -l list a b --limit=3",
    "stock a -l list -- b",
  ])
  func acceptsEverySpellingOfOptionsAndArguments(line: String) throws {
    let parsed = try FixtureTool.parse(line)
    #expect(parsed.path == ["stock"])
    #expect(parsed[FixtureTool.shelves] == ["a", "b"])
    #expect(parsed[FixtureTool.layout] == .list)
  }

  @Test func fallsBackToTheDefaultsOfOptionsNotGiven() throws {
    let parsed = try FixtureTool.parse("stock")
    #expect(parsed[FixtureTool.layout] == .grid)
    #expect(parsed[FixtureTool.size] == nil)
    #expect(parsed[FixtureTool.limit] == 5)
    #expect(parsed[FixtureTool.shelves].isEmpty)
    #expect(!parsed[FixtureTool.empty])
  }

  @Test(arguments: [
    "0", "-2", "ten", "2.5", "+4", "100", "4611686018427387872", "99999999999999999999999",
  ])
  func refusesTextAnOptionCannotConvertOrAboveItsBound(text: String) throws {
    let refusal = try #require(FixtureTool.refusal("stock -n \(text)"))
    #expect(
      refusal.hasPrefix(
        "error: invalid value '\(text)' for '--limit'; expected a positive whole number up to 99\n"
          + "Usage: pantry stock "))
  }

  @Test func takesACountUpToItsBound() throws {
    #expect(try FixtureTool.parse("stock -n 99")[FixtureTool.limit] == 99)
    #expect(try FixtureTool.parse("stock -n 007")[FixtureTool.limit] == 7)
  }

  @Test func checksAValueOnceTheCommandIsKnown() throws {
    // Given before the command, an option is still checked against, and its error ends with,
    // the command's usage.
    let depth = Option.wholeNumber(
      "depth", value: "n", help: "How deep.", in: 1...9, default: 1)
    let tool = CommandSpec(
      "tool", abstract: "A tool.",
      globalOptions: [depth.spec, Flag("help", short: "h", help: "Help.").spec],
      subcommands: [.init(FixtureTool.stock)])
    do {
      _ = try CommandLineParser.parse(["--depth", "x", "stock"], root: tool)
      Issue.record("a bad --depth parses")
    } catch {
      #expect(
        error.message == "invalid value 'x' for '--depth'; expected a positive whole number up to 9"
      )
      #expect(error.context.commandLine == "tool stock")
    }
    #expect(
      try CommandLineParser.parse(["--depth", "x", "stock", "-h"], root: tool).helpRequest != nil)
    #expect(try CommandLineParser.parse(["--depth", "3", "stock"], root: tool)[depth] == 3)
  }

  @Test(arguments: [
    ("pantry", ParsedCommand.HelpRequest.overview),
    ("stock --help", .command([FixtureTool.root, FixtureTool.stock])),
    ("stock --layout nonsense -h", .command([FixtureTool.root, FixtureTool.stock])),
  ])
  func answersHelpEvenWhenTheRestIsWrong(line: String, request: ParsedCommand.HelpRequest) throws {
    let words = line == "pantry" ? [] : line.split(separator: " ").map(String.init)
    let parsed = try CommandLineParser.parse(words, root: FixtureTool.root)
    #expect(parsed.helpRequest?.asked == request.asked)
  }

  @Test(arguments: [
    (
      "stokc",
      """
      error: unknown command 'stokc'
      Did you mean 'stock'?
      Usage: pantry <subcommand>
        See 'pantry --help'.
      """
    ),
    (
      "stock --layuot grid",
      """
      error: unknown option '--layuot'
      Did you mean '--layout'?
      Usage: pantry stock [<shelf> ...] [--layout <layout>] [--size <size>] [--limit <n>] \
      [--empty] [--full] [--restock] [--now]
        See 'pantry stock --help'.
      """
    ),
    (
      "stock --empty --full",
      """
      error: --empty and --full cannot be used together; choose one
      Usage: pantry stock [<shelf> ...] [--layout <layout>] [--size <size>] [--limit <n>] \
      [--empty] [--full] [--restock] [--now]
        See 'pantry stock --help'.
      """
    ),
  ])
  func explainsUsageErrorsWithTheUsageLine(line: String, message: String) {
    #expect(FixtureTool.refusal(line) == message)
  }

  @Test func declaredRulesRefuseOnlyWhatTheyRuleOut() {
    #expect(FixtureTool.refusal("stock --empty") == nil)
    #expect(FixtureTool.refusal("stock --restock --now") == nil)
    #expect(FixtureTool.refusal("stock --restock") == nil)
    #expect(
      FixtureTool.refusal("stock --full --empty")?.hasPrefix("error: --empty and --full") == true)
    #expect(
      FixtureTool.refusal("stock --now")?.hasPrefix(
        "error: --now only works together with --restock\nUsage: pantry stock ") == true)
  }

  @Test func reportsAMissingValueAndAValueGivenToAFlag() {
    #expect(
      FixtureTool.refusal("stock --layout")?.hasPrefix(
        "error: missing value for option '--layout'") == true)
    #expect(
      FixtureTool.refusal("stock --empty=yes")?.hasPrefix(
        "error: option '--empty' takes no value, but was given 'yes'") == true)
  }
}

extension ParsedCommand.HelpRequest {
  /// `overview`, or the command line whose help is asked for: what two requests are compared by.
  var asked: String {
    guard case .command(let chain) = self else { return "overview" }
    return chain.commandLine
  }
}
