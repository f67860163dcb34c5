import Foundation
import Testing

/// The guide spells each word one way (British), in the topics and in the names, notes and
/// summaries of the record files, so the checklist and the topics agree.
@Suite struct SpellingVariantTests {
  /// Keys whose values are identifiers people type or files refer to, not prose: skill ids stay
  /// as they are because progress files store them.
  static let identifierKeys: Set<String> = [
    "id", "aliases", "group", "topic", "dimension", "source", "sources", "file", "level", "kind",
    "currency", "schemaVersion", "edition",
  ]

  /// The prose of `Data/`: every topic whole, and every string of the record files that is not
  /// an identifier.
  static func prose() throws -> [String] {
    var texts: [String] = []
    func collect(_ value: Any) {
      switch value {
      case let text as String: texts.append(text)
      case let array as [Any]: array.forEach(collect)
      case let object as [String: Any]:
        for (key, child) in object where !identifierKeys.contains(key) { collect(child) }
      default: break
      }
    }
    for file in try DataFolder.files() {
      if file.path.hasSuffix(".json") {
        collect(try JSONSerialization.jsonObject(with: Data(file.text.utf8)))
      } else {
        texts.append(file.text)
      }
    }
    return texts
  }

  @Test func theGuideSpellsEachWordOneWay() throws {
    let texts = try Self.prose()
    #expect(texts.count > 200, "topics and record strings are read")
    let words = Set(texts.flatMap { SourceWords.words(of: $0).map(\.text) })
    #expect(words.contains("regularisation") && words.contains("visualising"))
    for mismatch in SpellingVariantChecker.mismatches(in: texts) {
      Issue.record("Data/ spells \(mismatch) both ways: keep the British form")
    }
  }

  @Test(arguments: [
    ("Regularisation helps.", "Regularization helps.", "regularisation", "regularization"),
    ("data visualisation", "Data visualization", "visualisation", "visualization"),
    ("We organise work.", "They organize it.", "organise", "organize"),
    ("modelling data", "modeling data", "modelling", "modeling"),
    ("user behaviour", "user behavior", "behaviour", "behavior"),
    ("analysing logs", "analyzing logs", "analysing", "analyzing"),
    ("a skills catalogue", "the catalog", "catalogue", "catalog"),
    ("sound judgement", "good judgment", "judgement", "judgment"),
    ("well-organised teams", "organized teams", "organised", "organized"),
  ])
  func aWordSpeltBothWaysIsFound(british: String, american: String, word: String, other: String) {
    #expect(
      SpellingVariantChecker.mismatches(in: [british, american]) == [
        .init(british: word, american: other)
      ])
  }

  @Test(arguments: [
    ["Four models for one task; our team, your team."],
    ["Regularisation and visualisation, organised and modelled."],
    ["Regularization and visualization, organized and modeled."],
    ["Precise advice: otherwise exercise the expertise of the rise."],
  ])
  func oneSpellingOrDifferentWordsPass(texts: [String]) {
    #expect(SpellingVariantChecker.mismatches(in: texts).isEmpty)
  }
}
