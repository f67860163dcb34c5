import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

/// The checks commands make after parsing (`ParsedCommand+Validation`).
@Suite struct ParsedCommandValidationTests {
  func parse(_ line: String) throws(UsageError) -> ParsedCommand {
    try CommandLineParser.parse(
      line.split(separator: " ").map(String.init), root: MLCareerCommands.root)
  }

  @Test func acceptsOneOfTwoExclusiveFlagsButNotBoth() throws {
    _ = try parse("check python --learning")
    _ = try parse("check python")
    #expect(
      throws: UsageError.conflictingOptions(
        ["--learning", "--skip"],
        .init(
          commandLine: "mlcareer check",
          usage: "mlcareer check <id> ... [--learning] [--skip] [--note <text>]"))
    ) {
      try parse("check python --skip --learning")
    }
  }

  @Test(arguments: [("3", 3), ("10", 10)])
  func readsAPositiveLimit(text: String, number: Int) throws {
    #expect(try parse("search python --limit \(text)")[SearchCommand.limit] == number)
  }

  @Test(arguments: ["0", "-2", "ten", "2.5", "+4", "1000001", "4611686018427387872"])
  func refusesALimitThatIsNotAPositiveWholeNumberUpToItsBound(text: String) throws {
    #expect(throws: UsageError.self) { try parse("search python --limit=\(text)") }
    do {
      _ = try parse("search python --limit=\(text)")
    } catch {
      #expect(
        error.message
          == "invalid value '\(text)' for '--limit'; expected a positive whole number up to 1,000,000"
      )
      #expect(error.context.commandLine == "mlcareer search")
    }
  }
}
