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

  @Test func hyphensAndSlashesBetweenLettersJoinPartsOfOneTerm() {
    let query = SearchQuery(["ml-engineer", "AI/ML", "c++", "co-"])
    #expect(query.words == ["ml-engineer", "AI/ML", "c++", "co-"])
    #expect(query.terms.map(\.count) == [2, 2, 1, 1])
  }

  @Test func doubleQuotesMakeOnePhraseTerm() {
    let query = SearchQuery(["\"data drift\"", "python"])
    #expect(query.words == ["\"data drift\"", "python"])
    #expect(query.terms.map(\.count) == [2, 1])
    #expect(SearchQuery(["\"data", "drift\""]).terms.map(\.count) == [2])
    #expect(SearchQuery(["\"python\""]).text == "python")
  }
}
