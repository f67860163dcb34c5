import Testing

@testable import MLCareerCore

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("value", "value", 0), ("vaule", "value", 1),
    ("valu", "value", 1), ("kitten", "sitting", 3), ("ab", "ba", 1), ("ca", "abc", 3),
  ])
  func countsEdits(_ a: String, _ b: String, _ distance: Int) {
    #expect(EditDistance.between(a, b) == distance)
  }

  @Test func suggestsOnlyCloseNames() {
    let fields = ["id", "label", "value", "low", "high", "approximate"]
    #expect(EditDistance.closestMatch(to: "vaule", in: fields) == "value")
    #expect(EditDistance.closestMatch(to: "Label", in: fields) == "label")
    #expect(EditDistance.closestMatch(to: "aproximate", in: fields) == "approximate")
    #expect(EditDistance.closestMatch(to: "lo", in: fields) == "low")
    #expect(EditDistance.closestMatch(to: "unit", in: fields) == nil)
    #expect(EditDistance.closestMatch(to: "x", in: fields) == nil)
  }
}
