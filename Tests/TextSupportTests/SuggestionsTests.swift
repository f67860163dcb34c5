import Testing

@testable import TextSupport

@Suite struct SuggestionsTests {
  @Test(arguments: [
    ("show", "show", 0), ("shwo", "show", 1), ("secton", "section", 1), ("", "abc", 3),
    ("abc", "", 3), ("kitten", "sitting", 3), ("ca", "abc", 3),
    ("responsibilites", "responsibilities", 1),
    ("é", "e", 1),
  ])
  func countsEditsWithSwapsAsOne(a: String, b: String, distance: Int) {
    #expect(Suggestions.distance(a, b, bound: 3) == distance)
    #expect(Suggestions.distance(b, a, bound: 3) == distance)
  }

  @Test func suggestsOnlyCloseCandidatesClosestFirst() {
    let commands = ["list", "show", "salaries", "skills", "search", "help"]
    #expect(Suggestions.best(for: "shwo", among: commands) == "show")
    #expect(Suggestions.best(for: "skils", among: commands) == "skills")
    #expect(Suggestions.best(for: "serch", among: commands) == "search")
    #expect(Suggestions.best(for: "zzzz", among: commands) == nil)
    #expect(Suggestions.best(for: "show", among: commands) == nil)
    #expect(Suggestions.best(for: "Label", among: ["id", "label"]) == "label", "case is no edit")
  }

  @Test(arguments: [("ab", 1), ("abcdef", 2), ("abcdefghi", 3), ("abcdefghijklmnop", 3)])
  func allowsMoreEditsForLongerInput(input: String, limit: Int) {
    #expect(Suggestions.maximumDistance(for: input) == limit)
  }
}

/// Issue 12: a 130 KB argument took seconds of suggestions; lengths that differ by more than
/// the bound now settle the distance without the table.
@Suite struct BoundedSuggestionsTests {
  @Test func aBoundSettlesFarLengthsAtOnce() {
    let long = String(repeating: "x", count: 130_000)
    #expect(Suggestions.distance(long, "show", bound: 3) == 4)
    #expect(Suggestions.distance("shwo", "show", bound: 3) == 1)
    #expect(Suggestions.distance("kitten", "sitting", bound: 3) == 3)
  }

  @Test func aVeryLongInputGetsNoSuggestion() {
    let long = String(repeating: "search", count: 20_000)
    #expect(Suggestions.best(for: long, among: ["search", "show"]) == nil)
  }
}
