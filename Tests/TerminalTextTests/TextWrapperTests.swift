import Testing

@testable import TerminalText

@Suite struct TextWrapperTests {
  func wrap(
    _ text: StyledText, width: Int?, first: String = "", rest: String = "", color: Bool = false
  ) -> [String] {
    TextWrapper.wrap(
      text, width: width, firstPrefix: StyledText(first), restPrefix: StyledText(rest),
      color: color)
  }

  @Test func breaksAtTheLastSpaceThatFitsWithAHangingIndent() {
    let lines = wrap(
      StyledText("one two three four five six"), width: 12, first: "- ", rest: "  ")
    #expect(lines == ["- one two", "  three four", "  five six"])
  }

  @Test func measuresWideCharactersByDisplayWidth() {
    // Each "東京" takes four columns: two fit in ten columns with their space, three do not.
    #expect(wrap(StyledText("東京 東京 東京"), width: 10) == ["東京 東京", "東京"])
    #expect(wrap(StyledText("cafe\u{301} cafe\u{301}"), width: 9) == ["cafe\u{301} cafe\u{301}"])
  }

  @Test func keepsAWordLongerThanTheLineWhole() {
    #expect(
      wrap(StyledText("a supercalifragilistic b"), width: 10) == ["a", "supercalifragilistic", "b"])
  }

  @Test func noWidthKeepsTheTextOnOneLine() {
    let text = String(repeating: "word ", count: 40) + "end"
    #expect(wrap(StyledText(text), width: nil, first: "- ") == ["- " + text])
  }

  @Test func writesEscapeCodesOnlyWhereTheStyleChanges() {
    var text = StyledText("plain ")
    text.append("two words", style: .bold)
    text.append(" after")
    #expect(
      wrap(text, width: 80, color: true) == ["plain \u{1B}[1mtwo words\u{1B}[0m after"])
    #expect(wrap(text, width: 80, color: false) == ["plain two words after"])
  }

  @Test func leavesNoTrailingSpaces() {
    #expect(wrap(StyledText("end   "), width: 20, first: "  ") == ["  end"])
    #expect(wrap(StyledText(""), width: 20, first: "- ") == ["-"])
  }
}
