import Testing

@testable import GuideModel
@testable import MLCareerCore

/// How each kind of figure reads.
@Suite struct SalaryFormatterTests {
  @Test(arguments: [
    (SalaryFigure.average(136_287), "$136,287"),
    (.amount(84_000), "$84,000"),
    (.range(low: 101_752, high: 177_612), "$101,752 – $177,612"),
    (.approximate(113_992), "~$113,992"),
    (.upTo(338_000), "up to $338,000"),
    (.percentAboveNational(21.8), "+21.8% vs national average"),
    (.percentAboveNational(5), "+5% vs national average"),
    (.noFigure, "no figure given"),
  ])
  func figureReadsAsPeopleWriteIt(figure: SalaryFigure, expected: String) {
    #expect(SalaryFormatter.figure(Self.record(figure, currency: "USD")) == expected)
  }

  @Test func otherCurrencyIsNamedAfterTheAmount() {
    #expect(SalaryFormatter.figure(Self.record(.average(52_000), currency: "EUR")) == "52,000 EUR")
  }

  private static func record(_ figure: SalaryFigure, currency: String) -> SalaryRecord {
    SalaryRecord(
      id: "r", dimension: "level", label: "L", role: "R", figure: figure, currency: currency,
      source: "s")
  }

  @Test func cityWithoutFigureShowsNoNumber() throws {
    let data = EmbeddedData.salaries
    let berkeley = try #require(data.records.first { $0.label == "Berkeley, CA" })
    let shown = SalaryFormatter.figure(berkeley)
    #expect(!shown.contains { $0.isNumber })
    #expect(shown.contains("no figure"))
  }
}
