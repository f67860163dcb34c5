import Testing

@testable import CommandLineKit

/// Values from an `ArgumentValue` enum match like names, and help and completions list the
/// enum's cases.
@Suite struct ArgumentValueTests {
  @Test(arguments: [
    ("grid", FixtureTool.Layout.grid), ("GRID", .grid), ("Grid", .grid), ("g", .grid),
    ("list", .list), ("lines", .list), ("LINES", .list), ("compact-list", .compact),
    ("compact_list", .compact), ("compact list", .compact), ("comp", .compact),
  ])
  func matchesInAnyCaseByUniquePrefixOrAlias(typed: String, value: FixtureTool.Layout) throws {
    let parsed = try FixtureTool.parse("stock --layout \(typed.replacing(" ", with: "-"))")
    #expect(parsed[FixtureTool.layout] == value)
  }

  @Test func anArgumentValueMatchesTheSameWay() throws {
    #expect(try FixtureTool.parse("shell ZSH")[FixtureTool.shellName] == .zsh)
    #expect(try FixtureTool.parse("shell fi")[FixtureTool.shellName] == .fish)
  }

  @Test(arguments: [
    (
      "stock --size huge",
      "error: invalid value 'huge' for '--size'; expected one of: small, medium, large\n"
    ),
    (
      "stock --size smlal",
      "error: invalid value 'smlal' for '--size'; expected one of: small, medium, large\n"
        + "Did you mean 'small'?\n"
    ),
    (
      "stock --layout lin",
      "error: invalid value 'lin' for '--layout'; expected one of: grid, list, compact-list, "
        + "line-art\n"
        + "Did you mean 'list'?\n"
    ),
  ])
  func refusesAnUnknownOrAmbiguousValue(line: String, message: String) throws {
    let refusal = try #require(FixtureTool.refusal(line))
    #expect(refusal.hasPrefix(message + "Usage: pantry stock "))
  }

  @Test func helpListsTheCasesAndTheDefault() throws {
    let chain = [FixtureTool.root, try #require(FixtureTool.root.subcommand(named: "stock"))]
    let help = HelpRenderer.help(for: chain, width: 200)
    #expect(
      help.contains(
        "  -l, --layout <layout>   How to print it. (values: grid, list, compact-list, line-art; "
          + "default: grid)"
      ))
    #expect(
      help.contains("  --size <size>           Only this size. (values: small, medium, large)"))
    #expect(!help.contains("lines"), "aliases are accepted, not advertised")
  }

  @Test func completionOffersTheCasesAndNoAliases() {
    func offered(_ words: [String]) -> [String] {
      CommandLineCompleter.complete(words, root: FixtureTool.root) { _, _ in [] }.candidates
        .map(\.name)
    }
    #expect(offered(["stock", "--layout", "li"]) == ["grid", "list", "compact-list", "line-art"])
    #expect(offered(["stock", "--size", ""]) == ["small", "medium", "large"])
  }

  @Test func theManPageListsTheCases() {
    let page = ManPageRenderer.render(
      FixtureTool.root,
      details: .init(version: "1", exitStatuses: [], environment: [], files: []))
    #expect(page.contains("(values: grid, list, compact-list, line-art; default: grid)"))
  }
}
