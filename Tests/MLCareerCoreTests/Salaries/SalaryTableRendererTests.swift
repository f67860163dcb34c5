import Foundation
import TestSupport
import Testing

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore

/// The terminal table: aligned by display width, never wider than the screen, blocks when
/// narrow, colour only when asked.
@Suite struct SalaryTableRendererTests {
  private let data = EmbeddedData.salaries

  private func options(_ width: Int, color: Bool = false) -> RenderOptions {
    RenderOptions(width: width, color: color, isTerminal: true)
  }

  private func table(_ records: [SalaryRecord], width: Int, color: Bool = false) -> String {
    SalaryTableRenderer.render(records, of: data, options: options(width, color: color))
  }

  /// Cities whose names are wide (CJK), combined (a letter and a combining mark) or plain.
  private let cities = [
    SalaryRecord(
      id: "a", dimension: "city", label: "東京都", role: "R", figure: .average(123_456),
      source: "s"),
    SalaryRecord(
      id: "b", dimension: "city", label: "Zu\u{308}rich", role: "R", figure: .approximate(7),
      source: "s"),
    SalaryRecord(
      id: "c", dimension: "city", label: "São Paulo", role: "R",
      figure: .range(low: 1_000, high: 2_000), source: "s"),
    SalaryRecord(
      id: "d", dimension: "city", label: "Reno", role: "R", figure: .upTo(99), source: "s"),
  ]

  @Test(arguments: [60, 80, 100])
  func figuresLineUpByDisplayWidthWithWideAndCombiningCharacters(width: Int) throws {
    let lines = table(cities, width: width).split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex { $0.hasPrefix("  City") })
    let rows = Array(lines[header...].prefix(2 + cities.count))
    try #require(rows.count == 2 + cities.count)
    // Pay is the last column and right-aligned: every row ends in the same terminal column.
    let ends = Set(rows.map(\.displayWidth))
    #expect(ends.count == 1, "\(rows)")
    // The labels are padded by display width, so the figures start in one column too.
    #expect(rows[2] == "  東京都            $123,456")
    #expect(rows[3] == "  Zu\u{308}rich                 ~$7")
    #expect(rows[4] == "  São Paulo  $1,000 – $2,000")
    #expect(rows[5] == "  Reno             up to $99")
  }

  @Test(arguments: [40, 50, 59, 60, 64, 72, 80, 100, 120])
  func noLineIsWiderThanTheScreen(width: Int) {
    for line in table(data.records, width: width).split(separator: "\n") {
      #expect(String(line).displayWidth <= width, "\(line)")
    }
  }

  @Test func belowSixtyColumnsEveryRecordIsABlock() {
    let narrow = table(data.records, width: 59)
    #expect(!narrow.contains("─"))
    #expect(narrow.contains("  San Francisco, CA\n    Pay   $136,287\n"))
    let wide = table(data.records, width: 60)
    #expect(wide.contains("─"))
  }

  @Test func aTableTooWideForTheScreenBecomesBlocks() {
    let long = SalaryRecord(
      id: "x", dimension: "level", label: String(repeating: "Very long level ", count: 5),
      role: "R", figure: .average(1), source: "s")
    let text = table([long], width: 70)
    #expect(!text.contains("─"))
    #expect(text.contains("    Pay  $1"))
  }

  @Test func longNotesWrapInsideTheirColumn() {
    let text = table(data.records.filter { $0.dimension == "role" }, width: 85)
    #expect(text.contains("  Depends on location\n"))
    #expect(text.contains(String(repeating: " ", count: 66) + "and company\n"))
  }

  @Test func titlesSayTheUnitAndTheYear() {
    let text = table(data.records, width: 100)
    #expect(text.contains("By years of experience\nUSD a year · United States · 2024\n"))
    #expect(
      text.contains("By career level\nAI/ML engineers · USD a year · region and year not stated\n"))
  }

  @Test func notesCloseTheTablesWithOnlyTheDisagreementsAmongTheirRows() {
    let all = table(data.records, width: 100)
    for disagreement in data.disagreements {
      #expect(all.replacingOccurrences(of: "\n", with: " ").contains(disagreement.text))
    }
    #expect(!all.contains("For the others"))
    let experience = table(data.records.filter { $0.dimension == "experience" }, width: 100)
    #expect(experience.contains("\nNote: The sources do not explain why these figures disagree"))
    #expect(
      experience.replacingOccurrences(of: "\n", with: " ").contains(
        "the 2-4 years figure is below the entry-level one"))
    #expect(!experience.contains("percentile"))
    #expect(experience.hasSuffix("For the others, see 'mlcareer show salaries'.\n"))
    let city = table(data.records.filter { $0.dimension == "city" }, width: 100)
    #expect(
      city.hasSuffix(
        "\n\nNote: For where the sources' figures disagree, see 'mlcareer show salaries'.\n"))
    #expect(table([], width: 100) == "")
  }

  @Test func noEscapeCodesWithoutColour() {
    for width in [50, 100] {
      #expect(!table(data.records, width: width).contains("\u{1B}"))
    }
  }

  @Test func colourAddsStylesAndChangesNothingElse() {
    for width in [50, 100] {
      let coloured = table(data.records, width: width, color: true)
      #expect(coloured.contains("\u{1B}["))
      #expect(stripped(coloured) == table(data.records, width: width))
    }
  }

  /// The fixture figures (`Fixtures/salaries.json`, a record of every kind) as a table and,
  /// narrow, as blocks.
  @Test(arguments: [100, 50])
  func tableMatchesGoldenFile(width: Int) throws {
    let fixture = FixtureContent.salaries
    let text = SalaryTableRenderer.render(fixture.records, of: fixture, options: options(width))
    try Snapshot.expect(text, matches: "Salaries/fixture-table-\(width).txt")
  }

  /// `text` without ANSI escape sequences.
  private func stripped(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }
}
