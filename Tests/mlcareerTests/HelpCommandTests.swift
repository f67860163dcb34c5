import Foundation
import Testing

/// Help as a person gets it from the binary, checked against the golden help files the
/// command-line library's tests render (`Tests/mlcareerTests/Snapshots/Description/`).
@Suite struct HelpCommandTests {
  static let goldenFolder = ToolRunner.packageFolder
    .appendingPathComponent("Tests/mlcareerTests/Snapshots/Description")

  /// Every command with a golden help file, `help-NAME.txt`, except the root's.
  static let commands: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? []
    return files.filter { $0.hasPrefix("help-") && $0.hasSuffix(".txt") }
      .map { String($0.dropFirst(5).dropLast(4)) }
      .filter { $0 != "mlcareer" }
      .sorted()
  }()

  static func golden(_ name: String) throws -> String {
    try String(contentsOf: goldenFolder.appendingPathComponent(name), encoding: .utf8)
  }

  static let width80 = ToolRunner.environment(["COLUMNS": "80"])

  @Test func everyCommandHasAGoldenHelpFile() {
    for name in ["list", "show", "search", "export", "completions", "man", "help"] {
      #expect(Self.commands.contains(name), "\(name)")
    }
  }

  @Test(arguments: commands)
  func helpCommandAndHelpFlagPrintTheGoldenHelp(name: String) throws {
    let expected = try Self.golden("help-\(name).txt")
    for arguments in [["help", name], [name, "--help"], [name, "-h"]] {
      let result = try ToolRunner.run(arguments, environment: Self.width80)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.stderr.isEmpty, "\(arguments)")
      #expect(result.stdout == expected, "\(arguments.joined(separator: " "))")
    }
  }

  /// Every example a command's help shows runs without error, each in a state folder of its
  /// own; examples that pipe, redirect or quote are left to the shell.
  @Test(arguments: commands + ["mlcareer"])
  func helpExamplesRun(name: String) throws {
    let examples = try Self.golden("help-\(name).txt").split(separator: "\n")
      .filter { $0.hasPrefix("  mlcareer ") && !$0.contains { ">|'\"".contains($0) } }
      .map { $0.dropFirst("  mlcareer ".count).split(separator: " ").map(String.init) }
    // The examples of these two all redirect or pipe their output.
    #expect(examples.isEmpty == ["completions", "man"].contains(name), "\(name)")
    for example in examples {
      let result = try StateFolder().run(example)
      #expect(result.status == 0, "mlcareer \(example.joined(separator: " ")): \(result.stderr)")
    }
  }

  @Test func rootHelpAndOverviewMatchTheirGoldenFiles() throws {
    let help = try Self.golden("help-mlcareer.txt")
    for arguments in [["--help"], ["-h"], ["help"]] {
      let result = try ToolRunner.run(arguments, environment: Self.width80)
      #expect(result.stdout == help, "\(arguments)")
    }
    let overview = try ToolRunner.run([], environment: Self.width80)
    #expect(overview.status == 0)
    #expect(overview.stdout == (try Self.golden("overview.txt")))
  }
}
