import Foundation
import Testing

/// The pager, with a fake one that announces itself and passes the text through.
@Suite struct PagerTests {
  static let fakePager = "sh -c 'echo PAGED LESS=$LESS; cat'"

  @Test func longOutputOnATerminalGoesThroughThePager() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], rows: 10, environment: ["MLCAREER_PAGER": Self.fakePager])
    #expect(result.stdout.hasPrefix("PAGED LESS=FRX\n"), "\(result.stdout.prefix(80))")
    #expect(result.stdout.contains("Deployment and monitoring"))
  }

  @Test func pagerFallsBackToPagerAndKeepsAGivenLess() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], rows: 10,
      environment: ["PAGER": Self.fakePager, "LESS": "R"])
    #expect(result.stdout.hasPrefix("PAGED LESS=R\n"))
  }

  @Test func neverAPagerWhenPiped() throws {
    let environment = ToolRunner.environment(["MLCAREER_PAGER": Self.fakePager, "LINES": "5"])
    let result = try ToolRunner.run(["show", "responsibilities"], environment: environment)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("PAGED"))
    #expect(result.stdout.hasPrefix("Responsibilities\n"))
  }

  /// Every command that prints more than a screen stays out of the pager and plain in a pipe,
  /// even with a terminal type that supports colour.
  @Test(arguments: [
    ["list"], ["show", "skills"], ["salaries"], ["skills"], ["checklist"], ["progress"],
    ["search", "python"], ["export", "--format", "markdown"], ["--help"],
  ])
  func pipedOutputIsNeverPagedNorStyled(arguments: [String]) throws {
    let state = try StateFolder()
    var environment = state.environment
    environment["MLCAREER_PAGER"] = Self.fakePager
    environment["LINES"] = "5"
    let result = try ToolRunner.run(arguments, environment: environment)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count > 5, "\(arguments)")
    #expect(!result.stdout.contains("PAGED"), "\(arguments)")
    #expect(!result.stdout.contains("\u{1B}"), "\(arguments)")
  }

  @Test func noPagerPrintsDirectly() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities", "--no-pager"], rows: 10,
      environment: ["MLCAREER_PAGER": Self.fakePager])
    #expect(!result.stdout.contains("PAGED"))
    #expect(result.stdout.contains("Deployment and monitoring"))
  }

  @Test func outputThatFitsTheScreenIsNotPaged() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["search", "data", "drift"], rows: 40, environment: ["MLCAREER_PAGER": Self.fakePager])
    #expect(!result.stdout.contains("PAGED"))
    #expect(result.stdout.contains("matches for 'data drift'."))
  }

  @Test func aPagerThatCannotStartFallsBackToPrinting() throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], rows: 10,
      environment: ["MLCAREER_PAGER": "mlcareer-no-such-pager --quit"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Responsibilities"))
    #expect(result.stdout.contains("Deployment and monitoring"))
  }

  /// A pager that fails or is killed may not have shown the text: the run fails too.
  @Test(arguments: [
    ("sh -c 'cat >/dev/null; exit 3'", 3), ("sh -c 'cat >/dev/null; kill $$'", 143),
  ])
  func aPagerThatFailsOrIsKilledFailsTheRun(pager: String, status: Int32) throws {
    try #require(ToolRunner.canRunOnTerminal)
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], rows: 10, environment: ["MLCAREER_PAGER": pager])
    #expect(result.status == status)
  }
}
