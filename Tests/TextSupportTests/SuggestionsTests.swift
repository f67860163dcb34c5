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
    #expect(Suggestions.distance(a, b) == distance)
    #expect(Suggestions.distance(b, a) == distance)
  }

  @Test func suggestsOnlyCloseCandidatesClosestFirst() {
    let commands = ["list", "show", "salaries", "skills", "search", "help"]
    #expect(Suggestions.closest(to: "shwo", among: commands) == ["show"])
    #expect(Suggestions.best(for: "skils", among: commands) == "skills")
    #expect(Suggestions.closest(to: "serch", among: commands) == ["search"])
    #expect(Suggestions.closest(to: "zzzz", among: commands).isEmpty)
    #expect(Suggestions.closest(to: "show", among: commands).isEmpty)
    #expect(Suggestions.best(for: "Label", among: ["id", "label"]) == "label", "case is no edit")
  }

  @Test(arguments: [("ab", 1), ("abcdef", 2), ("abcdefghi", 3), ("abcdefghijklmnop", 3)])
  func allowsMoreEditsForLongerInput(input: String, limit: Int) {
    #expect(Suggestions.maximumDistance(for: input) == limit)
  }
}
