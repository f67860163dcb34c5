import Testing

@testable import TerminalText

@Suite struct DisplayWidthTests {
  private static let link = "\u{1B}]8;;https://example.com/jobs\u{1B}\\jobs\u{1B}]8;;\u{1B}\\"

  @Test(arguments: [
    ("", 0),
    ("plain ASCII", 11),
    ("tab\there", 7),
    ("日本語", 6),
    ("ＡＢ", 4),
    ("한국어", 6),
    ("e\u{301}te\u{301}", 3),
    ("Cafe\u{301} ok", 7),
    ("😀", 2),
    ("👍🏽", 2),
    ("👨‍👩‍👧", 2),
    ("🇫🇷", 2),
    ("❤️", 2),
    ("⌚︎", 1),
    ("1️⃣", 2),
    ("a\u{200B}b", 2),
    ("a\u{200D}b", 2),
    ("\u{1B}[1;31mred\u{1B}[0m", 3),
    ("\u{1B}[38;5;208m日本\u{1B}[m", 4),
    (link, 4),
    ("\u{1B}]8;;https://x\u{07}x\u{1B}]8;;\u{07}", 1),
    ("ñ – “quotes” …", 14),
    ("\u{0}\u{7F}\u{85}", 0),
  ])
  func measuresTerminalColumns(_ text: String, _ width: Int) {
    #expect(text.displayWidth == width)
  }

  @Test(
    arguments: [
      ("a" as Character, 1), ("中", 2), ("e\u{301}", 1), ("\u{301}", 0), ("\r\n", 0),
      ("🤖", 2), ("\u{FE0F}", 0), ("ᄀ\u{1161}\u{11A8}", 2),
    ] as [(Character, Int)])
  func measuresCharacters(_ character: Character, _ width: Int) {
    #expect(character.displayWidth == width)
  }

  @Test func padsByDisplayWidth() {
    #expect("ab".padded(toWidth: 5) == "ab   ")
    #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
    #expect("日本".padded(toWidth: 6) == "日本  ")
    #expect("e\u{301}".padded(toWidth: 3, alignment: .right) == "  e\u{301}")
    #expect("\u{1B}[1mab\u{1B}[0m".padded(toWidth: 4) == "\u{1B}[1mab\u{1B}[0m  ")
    #expect("toolong".padded(toWidth: 3) == "toolong")
  }

  @Test func widthTablesAreSortedAndDisjoint() {
    for table in [DisplayWidthTables.wide, DisplayWidthTables.zeroWidth] {
      for (range, next) in zip(table, table.dropFirst()) {
        #expect(range.0 <= range.1 && range.1 < next.0)
      }
    }
  }
}
