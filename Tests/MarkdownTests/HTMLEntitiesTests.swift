import Testing

@testable import Markdown

/// The table of HTML's named references, which the decoder searches by halves.
@Suite struct HTMLEntitiesTests {
  /// Every entry of the table, in its order.
  private var entries: [(name: String, text: String)] {
    let words = HTMLEntities.pairs.unicodeScalars.split(separator: " ").map {
      String(String.UnicodeScalarView($0))
    }
    return stride(from: 0, to: words.count - 1, by: 2).map { (words[$0], words[$0 + 1]) }
  }

  @Test func everyNameOfTheStandardIsFoundWithItsText() {
    let entries = entries
    // The HTML standard's references that end with `;`.
    #expect(entries.count == 2_125)
    for entry in entries {
      #expect(HTMLEntities.value(named: entry.name) == entry.text, "\(entry.name)")
    }
  }

  @Test func namesStandInByteOrderAsTheSearchNeeds() {
    let names = entries.map { Array($0.name.utf8) }
    for (name, next) in zip(names, names.dropFirst()) {
      #expect(name.lexicographicallyPrecedes(next), "\(name) before \(next)")
    }
  }

  @Test(arguments: ["", " ", "amp ", "a b", "AEli", "AEligx", "zwnjz", "0", "\u{C6}"])
  func otherNamesAreNotFound(name: String) {
    #expect(HTMLEntities.value(named: name) == nil)
  }
}
