import Foundation
import Testing

@testable import mlcareer

/// Colour as no-color.org describes it, and the styles a terminal reader relies on.
@Suite struct TerminalStyleTests {
  @Test(ToolRunner.onTerminal)
  func anEmptyNoColorDoesNotTurnColourOff() throws {
    let empty = try ToolRunner.runOnTerminal(["show", "faq"], environment: ["NO_COLOR": ""])
    #expect(empty.stdout.contains("\u{1B}["), "NO_COLOR= (empty) keeps colour")
    let set = try ToolRunner.runOnTerminal(["show", "faq"], environment: ["NO_COLOR": "1"])
    #expect(!set.stdout.contains("\u{1B}["))
  }

  @Test(ToolRunner.onTerminal)
  func checklistShowsEachSkillsIdDimOnATerminal() throws {
    let result = try ToolRunner.runOnTerminal(["checklist", "programming"], columns: 80)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Python  \u{1B}[2mpython\u{1B}[0m"), "\(result.stdout)")
    #expect(result.stdout.contains("C++  \u{1B}[2mcpp\u{1B}[0m"))
    let plain = try ToolRunner.runOnTerminal(
      ["checklist", "programming", "--color", "never"], columns: 80)
    #expect(plain.stdout.contains("  [ ] C++  cpp\n"))
    let piped = try ToolRunner.run(["checklist", "programming"])
    #expect(piped.stdout.contains("  [ ] C++\n"), "piped lines are unchanged")
  }

  @Test(ToolRunner.onTerminal, arguments: [["LANG": "C"], ["TERM": "dumb"]])
  func chartsAreASCIIWithoutAUTF8Terminal(environment: [String: String]) throws {
    let result = try ToolRunner.runOnTerminal(
      ["salaries", "--chart", "--by", "level"], environment: environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains("###"))
    #expect(!result.stdout.contains("█"))
    let unicode = try ToolRunner.runOnTerminal(
      ["salaries", "--chart", "--by", "level"], environment: ["LANG": "en_US.UTF-8"])
    #expect(unicode.stdout.contains("█"))
  }

  @Test(arguments: [
    ("en_US.UTF-8", true), ("C.utf8", true), ("de_DE.Utf-8@euro", true), ("UTF8", true),
    ("C", false), ("POSIX", false), ("en_US.ISO-8859-1", false), ("utf", false), ("", false),
    ("ÜTF-8", false), ("é.utf-8", true),
  ])
  func aLocaleNamesUTF8InAnyCase(locale: String, expected: Bool) {
    #expect(Terminal.namesUTF8(locale) == expected)
    let lowered = locale.lowercased()
    #expect(expected == (lowered.contains("utf-8") || lowered.contains("utf8")))
  }
}
