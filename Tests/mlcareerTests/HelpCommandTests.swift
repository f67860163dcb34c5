import Foundation
import Testing

@testable import CommandLineKit
@testable import mlcareer

/// Help as a person gets it from the binary: the same text the help renderer makes from the
/// description in-process, whose golden files `HelpRendererTests` checks.
@Suite struct HelpCommandTests {
  static let root = MLCareerCommands.root

  /// Every visible command below the root.
  static let commands = root.visibleSubcommands.map(\.name)

  /// The help of the command `names` lead to, at 80 columns, as rendered in-process.
  static func help(_ names: String...) throws -> String {
    HelpRenderer.render(.command(try #require(root.chain(names))), root: root, width: 80)
  }

  static let width80 = ToolRunner.environment(["COLUMNS": "80"])

  /// Every example a command's help shows runs without error, each in a state folder of its
  /// own; examples that pipe, redirect, quote or name a home folder (`~`) are left to the shell.
  @Test(arguments: commands + ["mlcareer"])
  func helpExamplesRun(name: String) throws {
    let spec = name == "mlcareer" ? Self.root : try #require(Self.root.subcommand(named: name))
    let examples = spec.examples.map(\.command)
      .filter { $0.hasPrefix("mlcareer ") && !$0.contains { ">|'\"<~".contains($0) } }
      .map { $0.dropFirst("mlcareer ".count).split(separator: " ").map(String.init) }
    // The examples of these all redirect their output or write into a home folder.
    #expect(examples.isEmpty == ["completions", "new"].contains(name), "\(name)")
    for example in examples {
      let result = try StateFolder().run(example)
      #expect(result.status == 0, "mlcareer \(example.joined(separator: " ")): \(result.stderr)")
    }
  }

  @Test func rootHelpAndOverviewAreTheRenderedOnes() throws {
    let help = try Self.help()
    for arguments in [["--help"], ["-h"], ["help"]] {
      let result = try ToolRunner.run(arguments, environment: Self.width80)
      #expect(result.stdout == help, "\(arguments)")
    }
    let overview = try ToolRunner.run([], environment: Self.width80)
    #expect(overview.status == 0)
    #expect(overview.stdout == HelpRenderer.render(.overview, root: Self.root, width: 80))
  }
}
