import Foundation
import TestSupport
import Testing

@testable import CommandLineKit
@testable import MLCareerCore
@testable import mlcareer

@Suite struct ManPageRendererTests {
  static let page = ManPageRenderer.render(
    MLCareerCommands.root, details: MLCareerCommands.manPageDetails)

  @Test func pageMatchesItsSnapshot() throws {
    try Snapshot.expect(Self.page, matches: "Description/mlcareer.1")
  }

  @Test(.enabled(if: ExternalTool.path("man") != nil, "man is not installed"))
  func manRendersThePageWithoutWarnings() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlcareer-\(UUID().uuidString).1")
    try Self.page.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let man = try #require(ExternalTool.path("man"))
    let result = try ExternalTool.run(
      man, ["--warnings", "-l", file.path],
      environment: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8"])
    #expect(result.status == 0, "\(result.output)")
    #expect(!result.output.lowercased().contains("warning:"), "\(result.output)")
    // The rendered page shows every section and every command.
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"] {
      #expect(result.output.contains("\n" + section + "\n"), "\(section)")
    }
    for command in MLCareerCommands.root.visibleSubcommands {
      #expect(result.output.contains("mlcareer " + command.name), "\(command.name)")
    }
    #expect(result.output.contains("--section"))
    #expect(result.output.contains("$XDG_STATE_HOME/mlcareer/progress.json"))
  }

  @Test func documentsEveryVisibleCommandAndOption() {
    for command in MLCareerCommands.root.visibleSubcommands {
      #expect(Self.page.contains(".SS \"mlcareer \(ManPageRenderer.code(command.name))\""))
      for option in command.options {
        #expect(Self.page.contains(ManPageRenderer.code(option.longName)))
      }
    }
    #expect(!Self.page.contains("__complete"))
    for variable in ["COLUMNS", "NO_COLOR", "TERM", "PAGER", "MLCAREER_PAGER", "XDG_STATE_HOME"] {
      #expect(Self.page.contains(".B \"\(ManPageRenderer.code(variable))\""))
    }
  }

  @Test(arguments: [
    (".hidden line", "\\&.hidden line"), ("'quoted' line", "\\&'quoted' line"),
    ("a \\ b", "a \\e b"), ("use --section or -s", "use \\-\\-section or \\-s"),
    ("a command-line guide", "a command-line guide"), ("'--todo'", "\\&'\\-\\-todo'"),
  ])
  func escapesProse(source: String, escaped: String) {
    #expect(ManPageRenderer.text(source) == escaped)
  }

  @Test func escapesCode() {
    #expect(
      ManPageRenderer.code("mlcareer show --format=json") == "mlcareer show \\-\\-format=json")
    #expect(ManPageRenderer.code(".config\\x") == "\\&.config\\ex")
  }
}
