import Testing

@testable import MLCareerCore

@Suite struct FoldedTextTests {
  static func folded(_ text: String) -> String {
    String(String.UnicodeScalarView(FoldedText(text).scalars))
  }

  @Test(arguments: [
    ("Café", "cafe"), ("ZÜRICH", "zurich"), ("Cafe\u{301}", "cafe"), ("Straße", "strasse"),
    ("$136,287", "$136287"), ("one, two", "one, two"), ("1,5", "15"),
  ])
  func foldsCaseAccentsAndThousandsSeparators(text: String, expected: String) {
    #expect(Self.folded(text) == expected)
  }

  @Test func mapsFoldedScalarsBackToTheOriginalCharacters() {
    let text = FoldedText("Straße café")
    // "ss" comes from the single "ß" at offset 4.
    #expect(text.origins[4] == 4 && text.origins[5] == 4)
    let occurrence = text.occurrences(of: Array("cafe".unicodeScalars))
    #expect(occurrence.count == 1)
    #expect(text.characterRange(of: occurrence[0].range) == 7..<11)
  }

  @Test func tellsWholeWordsFromPartsOfWords() {
    let text = FoldedText("deploy, deployment and redeploy; c++ code")
    let deploy = text.occurrences(of: Array("deploy".unicodeScalars))
    #expect(deploy.map(\.isWholeWord) == [true, false, false])
    #expect(text.occurrences(of: Array("c++".unicodeScalars)).map(\.isWholeWord) == [true])
  }

  @Test func splitsIntoWords() {
    #expect(FoldedText("Data-drift, in 2024!").words == ["data", "drift", "in", "2024"])
  }
}
