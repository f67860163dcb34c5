import Foundation
import TestSupport
import Testing

@testable import GuideModel
@testable import MLCareerCore
@testable import TextSupport

/// The content compiled into the binary: every file loads, and every fact the sources give
/// reaches the loaded models.
@Suite struct EmbeddedContentTests {
  static let guide = Guide.embedded()

  /// A topic's text as a reader gets it, one paragraph or list item a line.
  static func text(of topic: Topic) -> String {
    TopicRenderer.text(
      topic, options: RenderOptions(width: 100_000, color: false, isTerminal: false))
  }

  @Test func everyTopicLoadsWithSectionsAndASourcesNote() throws {
    #expect(Self.guide.topics.count >= 15)
    for topic in try Self.guide.allTopics() {
      #expect(!topic.sections.isEmpty, "\(topic.id)")
      #expect(
        topic.sections.last?.id == "sources", "\(topic.id) ends with where its facts come from")
      #expect(topic.summaryText.count <= 160, "\(topic.id)'s summary fits one line")
    }
  }

  @Test func everyTopicTheIssueNamesIsThere() {
    let ids = Set(Self.guide.topics.map(\.id))
    for id in [
      "overview", "responsibilities", "skills", "soft-skills", "education", "career-path",
      "market-demand", "salaries", "industry-trends", "industries", "best-practices", "challenges",
      "future", "roles", "faq",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.facts), SharedMaterial.skipReason(SharedMaterial.facts))
  )
  func everySalaryFactIsASalaryRecord() throws {
    // The pay figures of facts.tsv are typed records, not only prose.
    let salaries = EmbeddedData.salaries
    let records = Self.normalized(
      SalaryExporter.plain(salaries.records))
    let pay = try SharedMaterial.loadFacts().filter(\.isPay)
    #expect(pay.count == 28)
    for fact in pay {
      let found = fact.alternatives.contains { Self.containsWord(records, Self.normalized($0)) }
      #expect(found, "\(fact.id) (\(fact.what)) is not a salary record")
    }
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.facts), SharedMaterial.skipReason(SharedMaterial.facts))
  )
  func everyFactOfTheSourcesReachesTheModels() throws {
    var corpus = try Self.guide.allTopics().map(Self.text).joined(separator: "\n")
    corpus += Self.modelTexts().joined(separator: "\n")
    let text = Self.normalized(corpus)
    let facts = try SharedMaterial.loadFacts()
    #expect(facts.count > 50)
    for fact in facts {
      let found = fact.alternatives.contains { Self.containsWord(text, Self.normalized($0)) }
      #expect(found, "fact \(fact.id) (\(fact.what)) is not in the loaded guide")
    }
  }

  @Test func everyMarketFigureIsStatedInItsTopic() throws {
    let figures = try MarketFigureLoader.load(
      try #require(EmbeddedData.contents(of: "market.json")), file: "Data/market.json")
    #expect(figures.count >= 10)
    for figure in figures {
      let topic = try Self.guide.topic(figure.topic)
      let prose = Self.normalized(Self.text(of: topic))
      let numbers: [String]
      switch figure.value {
      case .amount(let value, _), .percent(let value): numbers = [NumberFormatting.plain(value)]
      case .range(let low, let high, _):
        numbers = [NumberFormatting.plain(low), NumberFormatting.plain(high)]
      case .count(let value): numbers = [String(value)]
      }
      for number in numbers {
        #expect(Self.containsWord(prose, number), "\(figure.id): \(number) not in \(topic.id)")
      }
    }
  }

  /// Text of the typed records other than topics: market figures, salary records, skills.
  static func modelTexts() -> [String] {
    var texts = [SalaryExporter.plain(EmbeddedData.salaries.records)]
    texts += EmbeddedData.skillCatalog.skills.map { "\($0.name) \($0.note)" }
    if let market = EmbeddedData.contents(of: "market.json"),
      let figures = try? MarketFigureLoader.load(market, file: "Data/market.json")
    {
      texts += figures.map { "\($0.label) \($0.formattedValue)" }
    }
    return texts
  }

  /// Lower case, thousands separators dropped: `$136,287` → `$136287`.
  static func normalized(_ text: String) -> String {
    text.lowercased().replacingOccurrences(
      of: #"(?<=\d),(?=\d{3}\b)"#, with: "", options: .regularExpression)
  }

  static func containsWord(_ text: String, _ word: String) -> Bool {
    let escaped = NSRegularExpression.escapedPattern(for: word)
    let lead = word.first.map { $0.isLetter || $0.isNumber } == true ? #"(?<![\w.])"# : ""
    let tail = word.last.map { $0.isLetter || $0.isNumber } == true ? #"(?!\w)"# : ""
    return text.range(of: lead + escaped + tail, options: .regularExpression) != nil
  }
}
