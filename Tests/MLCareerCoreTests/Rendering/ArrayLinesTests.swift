import Testing

@testable import MLCareerCore

@Suite struct ArrayLinesTests {
  @Test(arguments: [
    [], [""], ["one"], ["one", "two"], ["", "", ""], ["a line", "", "  indented", "ünïcode ✓"],
  ])
  func joinedLinesIsJoinedWithNewlines(lines: [String]) {
    #expect(lines.joinedLines() == lines.joined(separator: "\n"))
    #expect(lines.joinedLines(separator: " | ") == lines.joined(separator: " | "))
  }
}
