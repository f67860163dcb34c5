import CommandLineKit
import Foundation
import Testing

@testable import mlcareer

/// What a person reads fits the screen: no line wider than the terminal at any of the widths
/// people use, prose at a readable measure, and `--width` to choose another.
@Suite struct ReadingWidthTests {
  /// Every topic of the guide, read from `mlcareer list`.
  static let topics: [String] = {
    let listed = (try? ToolRunner.run(["list"]).stdout) ?? ""
    return listed.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
  }()

  /// Every command a person runs to read something, with its help.
  static let commands: [[String]] =
    topics.map { ["show", $0] } + [
      ["list"], ["salaries"], ["salaries", "--by", "experience"], ["salaries", "--chart"],
      ["salaries", "--by", "city", "--chart"], ["skills"], ["checklist"], ["progress"],
      ["search", "model"], ["--help"], ["help"],
      ["show", "nothing-like-this"], ["salaries", "--chrt"],
    ] + MLCareerTool.commands.map { [$0.name, "--help"] }

  @Test(ToolRunner.onTerminal, arguments: [40, 60, 80, 120])
  func noLineIsWiderThanTheTerminal(columns: Int) throws {
    #expect(Self.topics.count > 10, "the topics were listed")
    for arguments in Self.commands {
      let result = try ToolRunner.runOnTerminal(
        arguments, columns: columns, rows: 10_000, environment: ["LANG": "C.UTF-8"])
      #expect(!result.stdout.isEmpty, "\(arguments)")
      for line in result.stdout.split(separator: "\n") {
        #expect(
          String(line).displayWidth <= columns,
          "\(arguments.joined(separator: " ")) at \(columns): \(line)")
      }
    }
  }

  @Test func pipedShowKeepsEachParagraphOnOneLine() throws {
    let result = try ToolRunner.run(
      ["show", "responsibilities"], environment: ToolRunner.environment(["COLUMNS": "40"]))
    #expect(result.stdout.contains("building and tuning"))
    let longest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(longest > 150, "a paragraph is one line, not wrapped at COLUMNS")
  }

  @Test(arguments: [30, 50, 72])
  func widthWrapsPipedOutputToo(width: Int) throws {
    let result = try ToolRunner.run(["show", "responsibilities", "--width", String(width)])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { String($0).displayWidth <= width })
    #expect(lines.contains { String($0).displayWidth > width - 10 }, "the width is used")
  }

  @Test(ToolRunner.onTerminal)
  func widthOverridesTheTerminalAndZeroMeansNoWrapping() throws {
    let wide = try ToolRunner.runOnTerminal(["show", "responsibilities", "--width", "120"])
    let wideLines = wide.stdout.split(separator: "\n").map { String($0).displayWidth }
    #expect(wideLines.max() ?? 0 > 100, "--width 120 goes past the 100-column measure")
    #expect(wideLines.allSatisfy { $0 <= 120 })
    let unwrapped = try ToolRunner.runOnTerminal(["show", "responsibilities", "--width", "0"])
    #expect(
      unwrapped.stdout.split(separator: "\n").contains { String($0).displayWidth > 200 },
      "a whole paragraph on one line")
  }

  @Test(ToolRunner.onTerminal, arguments: [100, 200])
  func proseOnAWideTerminalStopsAtTheReadingWidth(columns: Int) throws {
    let result = try ToolRunner.runOnTerminal(
      ["show", "responsibilities"], columns: columns, rows: 10_000)
    let widest = result.stdout.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
    #expect(widest <= 100)
    #expect(widest > 85)
  }

  @Test(arguments: ["-1", "wide", "12.5", "1001", "4611686018427387872"])
  func aWidthThatIsNotAColumnCountIsAUsageError(value: String) throws {
    let result = try ToolRunner.run(["list", "--width", value])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "error: invalid value '\(value)' for '--width'; expected a number of columns up to 1,000"))
  }

  @Test(ToolRunner.onTerminal)
  func helpAt40ColumnsKeepsEveryWordWhole() throws {
    let result = try ToolRunner.runOnTerminal(["--help"], columns: 40, rows: 10_000)
    let words = Set(result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }))
    #expect(words.contains("unique"))
    #expect(!words.contains("uniqu"))
    let piped = try ToolRunner.run(["--help"])
    for word in piped.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      #expect(words.contains(word), "\(word) is whole at 40 columns")
    }
  }

  @Test(ToolRunner.onTerminal)
  func usageErrorsOnANarrowTerminalWrapBetweenElements() throws {
    let result = try ToolRunner.runOnTerminal(["salaries", "--chrt"], columns: 40)
    #expect(result.status == 64)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.displayWidth <= 40 })
    #expect(lines.contains { $0.contains("[--by <dimension>]") }, "\(lines)")
    let piped = try ToolRunner.run(["salaries", "--chrt"])
    #expect(piped.stderr.contains("Usage: mlcareer salaries [--by <dimension>] [--city <text>]"))
  }
}
