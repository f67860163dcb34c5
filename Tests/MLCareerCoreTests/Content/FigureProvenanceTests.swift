import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore
@testable import TextSupport

/// One home per figure: every money and percentage figure in the guide's topics is a typed
/// record's figure, with no year or region the record does not have (`FigureProvenanceChecker`
/// states the rule exactly).
@Suite struct FigureProvenanceTests {
  static let salaries = EmbeddedData.salaries
  static let market = try! MarketFigureLoader.load(
    EmbeddedData.contents(of: "market.json") ?? "", file: "market.json")
  static let checker = FigureProvenanceChecker(
    salaries: salaries.records, market: market)

  @Test func everyFigureInTheTopicsIsARecordWithItsYearAndRegion() throws {
    let guide = Guide.embedded()
    var figures = 0
    var labelled = 0
    for topic in try guide.allTopics() {
      let report = Self.checker.check(FigureProvenanceChecker.passages(of: topic))
      figures += report.figures
      labelled += report.labelledFigures
      for violation in report.violations {
        Issue.record("\(topic.file): \(violation)")
      }
    }
    // The rule reads the real figures: the salaries topic alone states more than 30 of them,
    // and many carry a year or a region.
    #expect(figures >= 60, "only \(figures) figures found in the topics")
    #expect(labelled >= 15, "only \(labelled) figures with a year or region found")
  }

  @Test func everySalaryRecordIsStatedInTheSalariesTopic() throws {
    let topic = try Guide.embedded().topic("salaries")
    let prose = EmbeddedContentTests.normalized(EmbeddedContentTests.text(of: topic))
    for record in Self.salaries.records {
      let words: [String]
      switch record.figure {
      case .range(let low, let high), .averageRange(let low, let high):
        words = ["$\(low)", "$\(high)"]
      case .percentAboveNational(let percent): words = [NumberFormatting.plain(percent) + "%"]
      case .noFigure: words = [record.label.lowercased()]
      default: words = ["$\(record.figure.amount ?? 0)"]
      }
      for word in words {
        #expect(EmbeddedContentTests.containsWord(prose, word), "\(record.id): \(word)")
      }
    }
  }

  // Records like the guide's, so the rule is tested apart from the content.
  static let fixture = FigureProvenanceChecker(records: [
    .init(
      id: "average", unit: .dollars, low: 101_752, high: 177_612, isRange: true,
      years: [2024], region: "United States"),
    .init(id: "level-mid", unit: .dollars, low: 132_830, high: 207_165, isRange: true),
    .init(
      id: "role-ml", unit: .dollars, low: 109_143, high: 250_000, isRange: true,
      region: "United States"),
    .init(
      id: "city", unit: .percent, low: 21.8, high: 21.8, years: [2024],
      region: "United States"),
    .init(
      id: "ml-market", unit: .billionDollars, low: 26.03, high: 26.03, years: [2023],
      region: "global"),
    .init(id: "healthcare", unit: .billionDollars, low: 187.95, high: 187.95, years: [2030]),
    .init(id: "banking", unit: .billionDollars, low: 200, high: 340, isRange: true),
    .init(id: "jobs", unit: .percent, low: 40, high: 40, years: [2023, 2027]),
    .init(id: "positions", unit: .count, low: 1_000_000, high: 1_000_000, years: [2027]),
  ])

  @Test(arguments: [
    "In the United States in 2024, AI/ML engineers averaged $101,752–$177,612 a year.",
    "Mid level: $132,830–$207,165, with no year or region given.",
    "ML engineers in the US average $109,143 to $250,000, depending on location and company.",
    "Santa Monica pays 21.8% above the US national average (2024).",
    "The global machine learning market was worth $26.03 billion in 2023.",
    "The AI market in healthcare is expected to reach $187.95 billion by 2030.",
    "Generative AI could add $200–340 billion a year to banking.",
    "Jobs are projected to grow by 40% from 2023 to 2027.",
    "That makes about 1,000,000 new positions by 2027.",
    "The 90th percentile is just above the mid-level floor of $132,830.",
    // The year belongs to the first sentence only.
    "The average was $101,752–$177,612 in the US in 2024. Mid-level pay is $132,830–$207,165.",
    "No figure here names 2024 or the US.",
  ])
  func aRightLabelPasses(sentence: String) {
    let report = Self.fixture.check(sentence)
    #expect(report.violations.isEmpty, "\(report.violations)")
  }

  @Test(arguments: [
    (
      "Mid level: $132,830–$207,165 in 2024.",
      "the year 2024 here, but its record (level-mid) has no year"
    ),
    (
      "US mid-level pay runs $132,830–$207,165.",
      "the region United States here, but its record (level-mid) has no region"
    ),
    (
      "The global AI market in healthcare may reach $187.95 billion by 2030.",
      "the region global here, but its record (healthcare) has no region"
    ),
    (
      "AI/ML engineers averaged $101,752–$177,612 in 2023.",
      "the year 2023 here, but its record (average) has 2024"
    ),
    (
      "ML engineers average $109,143–$250,000 a year (US, 2024).",
      "the year 2024 here, but its record (role-ml) has no year"
    ),
    (
      "Jobs are projected to grow by 40% from 2023 to 2030.",
      "the year 2030 here, but its record (jobs) has 2023, 2027"
    ),
    (
      "In the US in 2024 the average was $101,752–$177,612 and mid-level pay $132,830–$207,165.",
      "its record (level-mid) has no year"
    ),
    (
      "AI/ML engineers average $101,752–$207,165.",
      "$101,752–$207,165 (dollars) matches no salary record"
    ),
    ("A new figure: $123,456 a year.", "$123,456 (dollars) matches no salary record"),
    (
      "The machine learning market was worth $26.03 in 2023.",
      "$26.03 (dollars) matches no salary record"
    ),
    ("Santa Monica pays 21.9% more.", "21.9% (percent) matches no salary record"),
  ])
  func aWrongLabelOrFigureFails(sentence: String, message: String) {
    let report = Self.fixture.check(sentence)
    #expect(report.violations.contains { $0.message.contains(message) }, "\(report.violations)")
  }

  @Test func aSentenceWithoutAFigureScopesWhatFollowsIt() {
    // A line that says where and when, over figures that have neither.
    let scoped = Self.fixture.check(
      "All figures are for the United States in 2024.\nMid level: $132,830–$207,165.")
    #expect(scoped.violations.count == 2, "\(scoped.violations)")
    // The same line over figures that have both.
    #expect(
      Self.fixture.check("For the United States in 2024:\nAverage: $101,752–$177,612.")
        .violations.isEmpty)
    // A table's header covers its rows; a section's heading its section, not the next one.
    let table = FigureProvenanceChecker.Passage(
      text: "Role | Average pay (US)",
      children: [.init(text: "ML engineer | $109,143–$250,000"), .init(text: "Mid | $132,830")],
      scopesSiblings: false)
    #expect(Self.fixture.check([table]).violations.map(\.sentence) == ["Mid | $132,830"])
    let sections: [FigureProvenanceChecker.Passage] = [
      .init(
        text: "US market, 2024", children: [.init(text: "Average: $101,752–$177,612.")],
        scopesSiblings: false),
      .init(
        text: "Levels", children: [.init(text: "Mid: $132,830–$207,165.")], scopesSiblings: false),
    ]
    #expect(Self.fixture.check(sections).violations.isEmpty)
  }

  @Test func aTopicsLeadScopesTheWholeTopic() throws {
    let topic = try TopicLoader.load(
      id: "pay", file: "topics/pay.md",
      source: """
        # Pay

        What engineers earn in the United States in 2024.

        ## Levels
        - **Mid level:** $132,830–$207,165.

        ## Sources
        - Notes.
        """)
    let report = Self.fixture.check(FigureProvenanceChecker.passages(of: topic))
    #expect(report.figures == 1)
    #expect(
      report.violations.map(\.message) == [
        "$132,830–$207,165 is given the year 2024 here, but its record (level-mid) has no year",
        "$132,830–$207,165 is given the region United States here, but its record (level-mid) "
          + "has no region",
      ])
  }

  @Test func sentencesAreCutAtTheirEndsOnly() {
    #expect(
      FigureProvenanceChecker.sentences(
        "Worth $26.03 billion in 2023. It may reach more, e.g. twice.")
        == ["Worth $26.03 billion in 2023.", "It may reach more, e.g. twice."])
    let (figures, rest) = FigureProvenanceChecker.figures(
      in: "$200–340 billion by 2025; 36.2% a year")
    #expect(figures.map(\.text) == ["$200–340 billion", "36.2%"])
    #expect(figures.map(\.unit) == [.billionDollars, .percent])
    let listed = FigureProvenanceChecker.figures(in: "$84,000, $116,500 and 1,000,000 jobs").figures
    #expect(listed.map(\.text) == ["$84,000", "$116,500", "1,000,000"])
    #expect(rest.contains("2025") && !rest.contains("200"))
    #expect(FigureProvenanceChecker.regions(in: "USD 5, a U.S. figure") == ["United States"])
    #expect(FigureProvenanceChecker.regions(in: "USD, a real-world, focused figure") == [])
    #expect(FigureProvenanceChecker.regions(in: "in US dollars a year") == [])
  }
}
