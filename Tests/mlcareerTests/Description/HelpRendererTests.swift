import TestSupport
import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

@Suite struct HelpRendererTests {
  static let root = MLCareerCommands.root
  static let commandNames = root.visibleSubcommands.map(\.name)

  @Test func rootHelpMatchesItsSnapshot() throws {
    let help = HelpRenderer.help(for: [Self.root], width: 80)
    try Snapshot.expect(help, matches: "Description/help-mlcareer.txt")
  }

  @Test func overviewMatchesItsSnapshot() throws {
    let overview = HelpRenderer.overview(root: Self.root, width: 80)
    try Snapshot.expect(overview, matches: "Description/overview.txt")
  }

  @Test(arguments: commandNames)
  func commandHelpMatchesItsSnapshot(name: String) throws {
    let chain = try #require(Self.root.chain([name]))
    try Snapshot.expect(
      HelpRenderer.help(for: chain, width: 80), matches: "Description/help-\(name).txt")
  }

  @Test func rendersAHelpRequestAsTheParserResolvesIt() throws {
    let parsed = try CommandLineParser.parse(["help", "show"], root: Self.root)
    let request = try #require(parsed.helpRequest)
    let chain = try #require(Self.root.chain(["show"]))
    #expect(
      HelpRenderer.render(request, root: Self.root, width: 80)
        == HelpRenderer.help(for: chain, width: 80))
    #expect(
      HelpRenderer.render(.overview, root: Self.root, width: 80)
        == HelpRenderer.overview(root: Self.root, width: 80))
  }

  @Test func listsVisibleCommandsOnlyAndPointsToDetailedHelp() {
    let help = HelpRenderer.help(for: [Self.root], width: 80)
    for name in Self.commandNames {
      #expect(help.contains("\n  \(name) "))
    }
    #expect(!help.contains("__complete"))
    #expect(help.contains("See 'mlcareer help <subcommand>' for detailed help."))
  }

  @Test(arguments: [50, 64, 80, 120])
  func wrapsToTheWidthWithTheRightColumnAligned(width: Int) throws {
    let chain = try #require(Self.root.chain(["salaries"]))
    let help = HelpRenderer.help(for: chain, width: width)
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    let examples = try #require(lines.firstIndex(of: "EXAMPLES:"))
    // Example command lines stay whole so they can be copied; everything else fits.
    for line in lines[..<examples] {
      #expect(line.count <= width, "\(line)")
    }
    let options = try #require(lines.firstIndex(of: "OPTIONS:"))
    for line in lines[(options + 1)...].prefix(while: { !$0.isEmpty }) {
      // A row starts with a name at column 2 or continues the help text at column 26.
      let indent = line.prefix { $0 == " " }.count
      #expect(indent == 2 || indent == HelpRenderer.labelColumnWidth, "\(line)")
    }
  }

  @Test func showsAllowedValuesAndDefaults() throws {
    let chain = try #require(Self.root.chain(["list"]))
    let help = HelpRenderer.help(for: chain, width: 200)
    #expect(
      help.contains(
        "  -f, --format <format>   The output format; text is styled on a terminal, plain when "
          + "piped. (values: text, json, markdown, csv, tsv; default: text)"
      ))
    #expect(help.contains("--color <when>"))
    #expect(help.contains("-h, --help"))
  }

  @Test func putsALongLabelOnItsOwnLine() {
    let rows = HelpRenderer.twoColumns(
      [("--a-very-long-option-name <value>", "Help.")], width: 80)
    #expect(rows == "  --a-very-long-option-name <value>\n                          Help.\n")
  }

  @Test func usageLineListsArgumentsThenOptions() throws {
    let chain = try #require(Self.root.chain(["show"]))
    #expect(
      HelpRenderer.usage(of: chain)
        == "mlcareer show [<topic> ...] [--section <name>] [--format <format>]")
    #expect(HelpRenderer.usage(of: [Self.root]) == "mlcareer <subcommand>")
    let checklist = try #require(Self.root.chain(["checklist"]))
    #expect(
      HelpRenderer.usage(of: checklist)
        == "mlcareer checklist [<group> ...] [--todo] [--done] [--format <format>]")
  }
}

extension CommandSpec {
  /// The chain of commands from this one down along `names` (this one first), or `nil` when a
  /// name is not a subcommand.
  func chain(_ names: [String]) -> [CommandSpec]? {
    var chain = [self]
    for name in names {
      guard let next = chain[chain.count - 1].subcommand(named: name) else { return nil }
      chain.append(next)
    }
    return chain
  }
}
