import Testing

@testable import TextSupport

/// `[String].joined`, written for arrays of strings, gives what the standard library's gives.
@Suite struct ArrayJoinedTests {
  @Test(arguments: [[], [""], ["a"], ["", ""], ["data", "drift"], ["Café", "", "日本", "x y"]])
  func joinsAsTheLibraryDoes(strings: [String]) {
    // An array slice takes the library's generic version.
    for separator in ["", " ", " | ", "\n"] {
      #expect(strings.joined(separator: separator) == strings[...].joined(separator: separator))
    }
    #expect(strings.joined() == strings[...].joined())
  }
}
