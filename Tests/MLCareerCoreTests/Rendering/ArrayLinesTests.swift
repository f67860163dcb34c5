import Testing

@testable import MLCareerCore

@Suite struct ArrayLinesTests {
  @Test(arguments: [
    [], [""], ["one"], ["one", "two"], ["", "", ""], ["a line", "", "  indented", "ünïcode ✓"],
    [String(repeating: "a long line ", count: 20), String("a substring, copied".dropFirst(2))],
  ])
  func joinedLinesIsJoinedWithNewlines(lines: [String]) {
    #expect(lines.joinedLines() == lines.joined(separator: "\n"))
    #expect(lines.joinedLines(separator: " | ") == lines.joined(separator: " | "))
    #expect(Array(lines.joinedLines().utf8) == Array(lines.joined(separator: "\n").utf8))
  }
}
