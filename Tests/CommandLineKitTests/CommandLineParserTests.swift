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
    #expect(parsed.values(of: "shelf") == ["a", "b"])
    #expect(parsed.value(of: "layout", as: FixtureTool.Layout.self) == .list)
  }

  @Test func fallsBackToTheDefaultsOfOptionsNotGiven() throws {
    let parsed = try FixtureTool.parse("stock")
    #expect(parsed.value(of: "layout", as: FixtureTool.Layout.self) == .grid)
    #expect(!parsed.isGiven("layout"))
    #expect(parsed.value(of: "size", as: FixtureTool.Size.self) == nil)
    #expect(parsed.value(of: "limit") == "5")
  }

  @Test(arguments: [
    ("pantry", ParsedCommand.HelpRequest.overview),
    ("stock --help", .command([FixtureTool.root, FixtureTool.stock])),
    ("stock --layout nonsense -h", .command([FixtureTool.root, FixtureTool.stock])),
  ])
  func answersHelpEvenWhenTheRestIsWrong(line: String, request: ParsedCommand.HelpRequest) throws {
    let words = line == "pantry" ? [] : line.split(separator: " ").map(String.init)
    let parsed = try CommandLineParser.parse(words, root: FixtureTool.root)
    #expect(parsed.helpRequest == request)
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
