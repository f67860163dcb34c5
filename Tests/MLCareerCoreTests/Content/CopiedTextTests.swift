import Foundation
import TestSupport
import Testing

/// The guide says the sources' facts in its own words: no run of 8 or more words in `Data/`
/// (topics, and the names and notes of the record files) repeats a source document.
@Suite struct CopiedTextTests {
  static let seeds = "seeds"

  /// The source documents, `seeds/*.txt` in the shared folder.
  static func sources() throws -> [String] {
    let folder = SharedMaterial.url(seeds)
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }
      .sorted()
      .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
  }

  @Test(.enabled(if: SharedMaterial.has(seeds), SharedMaterial.skipReason(seeds)))
  func noRunOfEightWordsRepeatsASource() throws {
    let sources = try Self.sources()
    #expect(sources.count >= 2, "both source documents are there")
    let checker = CopiedTextChecker(sources: sources)
    let files = try DataFolder.files()
    #expect(files.count >= 19, "every topic and record file is read")
    for file in files {
      for run in checker.copiedRuns(in: file.text) {
        Issue.record("\(file.path):\(run.line): \"\(run.phrase)\" repeats a source word for word")
      }
    }
  }

  static let source = """
    A bachelor’s degree is typically the minimum requirement, providing a solid grounding.
    Average salaries range from $109,143 to $250,000 annually, depending on location and company.
    Techniques: resampling, cost-sensitive learning, ensemble methods and more besides.
    """
  static let checker = CopiedTextChecker(sources: [source])

  @Test(arguments: [
    // A straight apostrophe matches the source's curly one, and case does not matter.
    "Note: a Bachelor's degree is typically the minimum requirement, providing a solid base.",
    // A number with its separators is one word, so these eight words are a copy.
    "They say salaries range from $109,143 to $250,000 annually, depending on location.",
    // A hyphenated word is one word: eight words with cost-sensitive among them.
    "Try resampling, cost-sensitive learning, ensemble methods and more besides today.",
  ])
  func aRunOfEightSourceWordsIsFound(text: String) {
    let runs = Self.checker.copiedRuns(in: text)
    #expect(runs.count == 1, "\(runs)")
    #expect(runs.first.map { $0.phrase.split(separator: " ").count >= 8 } == true)
  }

  @Test(arguments: [
    // Seven words in a row from the source, then the text goes its own way.
    "A bachelor's degree is typically the minimum we ask for.",
    // The number split differently is not the same word.
    "Salaries range from $109 143 to $250,000 annually, depending on location.",
    "A degree is usually the least an employer asks for, and it gives a solid grounding.",
  ])
  func fewerThanEightOrOtherWordsPass(text: String) {
    #expect(Self.checker.copiedRuns(in: text).isEmpty)
  }

  @Test func aRunIsReportedOnceWithItsLineAndFullLength() {
    let text =
      "Intro.\nWe read: salaries range from $109,143 to $250,000 annually, depending on location and company today."
    #expect(
      Self.checker.copiedRuns(in: text) == [
        .init(
          line: 2,
          phrase:
            "salaries range from $109,143 to $250,000 annually depending on location and company"
        )
      ])
  }

  @Test func wordsAreCountedAsTheSharedToolCountsThem() {
    let words = SourceWords.words(of: "The “A/B” test’s cost-sensitive, $101,752–$177,612 (21.8%).")
      .map(\.text)
    #expect(
      words == ["the", "a", "b", "test's", "cost-sensitive", "$101,752", "$177,612", "21.8%"])
  }
}
