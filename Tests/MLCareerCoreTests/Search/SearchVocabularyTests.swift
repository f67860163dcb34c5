import Testing

@testable import GuideModel
@testable import MLCareerCore

/// The words "did you mean" is chosen from, and the shortcut it takes: a word met in an
/// entry's text or keywords is one a search for it alone finds.
@Suite struct SearchVocabularyTests {
  static func entries() throws -> [SearchEntry] {
    SearchIndexTests.index.entries + SearchEntry.entries(of: EmbeddedData.salaries)
      + SearchEntry.entries(of: EmbeddedData.skillCatalog)
  }

  @Test func everyWordMetInTextIsFoundBySearchingForIt() throws {
    let entries = try Self.entries()
    var vocabulary = SearchVocabulary(SearchQuery(["xylophone"]))
    vocabulary.add(entries)
    let index = SearchIndex(entries: entries)
    #expect(vocabulary.words.count > 100)
    for (word, inText) in zip(vocabulary.words, vocabulary.inText) where inText {
      var query = SearchQuery([word])
      query.limit = 1
      #expect(!index.search(query).hits.isEmpty, "\(word)")
    }
  }

  @Test func theWordsAreThoseOfTheEntriesInTheOrderFirstMet() throws {
    let entries = try Self.entries()
    var vocabulary = SearchVocabulary(SearchQuery(["xylophone"]))
    vocabulary.add(entries)
    var expected: [String] = []
    var seen: Set<String> = []
    for entry in entries {
      let folded = [entry.text, entry.keywords, entry.context].map(FoldedText.init)
      for word in folded.flatMap(\.words) where seen.insert(word).inserted {
        expected.append(word)
      }
    }
    #expect(vocabulary.words == expected)
  }
}

/// The vocabulary reads a text's words as `FoldedText` splits them, whatever it holds: accents
/// and symbols of one scalar each, combining accents, carriage returns, grouped digits.
@Suite struct SearchVocabularyWordTests {
  @Test(arguments: [
    "Café Zürich, ©2024 Straße", "re\u{301}sume\u{301} and cafe\u{301}", "one\r\ntwo",
    "$136,287 and 1,2,3 and a,b", "日本語の文 – ½ and Ⅻ", "x\u{200D}y then z",
  ])
  func wordsAreTheFoldedTextsWords(text: String) {
    var vocabulary = SearchVocabulary(SearchQuery(["xylophone"]))
    vocabulary.add(SearchEntry(topic: "t", text: text, field: .text))
    var expected: [String] = []
    for word in FoldedText(text).words where !expected.contains(word) { expected.append(word) }
    #expect(vocabulary.words == expected)
  }
}
