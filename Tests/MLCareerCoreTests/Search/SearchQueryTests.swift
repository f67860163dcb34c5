import Testing

@testable import MLCareerCore

@Suite struct SearchQueryTests {
  @Test func splitsWordsAtSpacesWhetherQuotedOrNot() {
    #expect(SearchQuery(["data drift"]).words == ["data", "drift"])
    #expect(SearchQuery(["data", "drift"]).words == ["data", "drift"])
    #expect(SearchQuery(["  san\tfrancisco "]).text == "san francisco")
  }

  @Test func trimsPhrasePunctuationButKeepsSymbolsInsideWords() {
    #expect(SearchQuery(["drift,", "(data)", "\"python\""]).words == ["drift", "data", "python"])
    #expect(SearchQuery(["c++", "scikit-learn", "A/B"]).words == ["c++", "scikit-learn", "A/B"])
  }

  @Test func leavesOutWordsWithoutLettersOrDigitsAndRepeats() {
    #expect(SearchQuery([",", "--", "..."]).isEmpty)
    #expect(SearchQuery(["Python", "python", "PYTHON"]).words == ["Python"])
  }
}
