import Testing
import TextSupport

@testable import CommandLineKit
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

  /// The folding written the plain way, character by character, as the reference the fast
  /// one-pass folding must equal.
  static func reference(_ text: String) -> ([Unicode.Scalar], [Int]) {
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []
    let characters = Array(text)
    for (offset, character) in characters.enumerated() {
      if character == ",", offset > 0, offset + 1 < characters.count,
        characters[offset - 1].isASCII, characters[offset - 1].isNumber,
        characters[offset + 1].isASCII, characters[offset + 1].isNumber
      {
        continue
      }
      for scalar in character.lowercased().unicodeScalars {
        if ("\u{300}"..."\u{36F}").contains(scalar) { continue }
        for letter in (NameMatcher.folded(scalar) ?? String(scalar)).unicodeScalars {
          scalars.append(letter)
          origins.append(offset)
        }
      }
    }
    return (scalars, origins)
  }

  @Test func foldsMixedTextAsTheCharacterByCharacterReference() {
    let pieces = [
      "a", "Z", ",", "1", "9", " ", "É", "ß", "e\u{301}", "\r\n", "日", "👍🏽", "İ", "K", "—", ",,",
      "Ω", "ǅ", "\u{1E9E}", "©", "’", "“x”", "€", "→", "\u{AD}", "ſ", "İı", "\u{2028}", "\u{200D}",
      "1", ",", "2",
    ]
    var state: UInt64 = 42
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      let folded = FoldedText(text)
      let expected = Self.reference(text)
      #expect(folded.scalars == expected.0, "\(text.debugDescription)")
      #expect(folded.origins == expected.1, "\(text.debugDescription)")
      #expect(folded.characterCount == text.count, "\(text.debugDescription)")
    }
  }
}

extension FoldedTextTests {
  /// The ASCII shortcut for letters and digits agrees with the Unicode properties it stands
  /// for, on every ASCII scalar and on letters and digits of other scripts.
  @Test func wordScalarsAreTheAlphabeticAndNumericOnes() {
    let others: [Unicode.Scalar] = ["é", "ß", "日", "٣", "½", "²", "—", "©", "\u{301}", " "]
    for scalar in (0..<0x80).compactMap(Unicode.Scalar.init) + others {
      let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      #expect(FoldedText.isWordScalar(scalar) == expected, "U+\(String(scalar.value, radix: 16))")
    }
  }
}

extension FoldedText {
  /// The words of the text as `forEachWord` splits it, for tests to compare.
  var words: [String] {
    var words: [String] = []
    forEachWord { words.append(String(String.UnicodeScalarView(scalars[$0]))) }
    return words
  }
}
