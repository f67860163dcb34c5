import TerminalText
import TestSupport
import Testing

@testable import CommandLineKit
@testable import MLCareerCore

@Suite struct SearchRendererTests {
  static func result(_ words: String..., limit: Int? = nil) -> SearchResult {
    SearchIndexTests.index.search(SearchQuery(words, limit: limit))
  }

  @Test func terminalTextMatchesItsSnapshot() throws {
    let text = SearchRenderer.text(
      Self.result("data", "drift"),
      options: RenderOptions(width: 40, color: false, isTerminal: true))
    try Snapshot.expect(text, matches: "Search/data-drift-40.txt")
  }

  @Test func highlightsMatchesOnlyWithColour() {
    let result = Self.result("cafe")
    let colored = SearchRenderer.text(
      result, options: RenderOptions(width: 80, color: true, isTerminal: true))
    #expect(colored.contains(TextStyle.match.escape + "Café" + TextStyle.reset))
    let plain = SearchRenderer.text(
      result, options: RenderOptions(width: 80, color: false, isTerminal: true))
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.contains("  Café Zürich: a quiet place for pair programming."))
  }

  @Test func pipedOutputIsOneHitALineWithTabs() {
    let result = Self.result("deployment")
    let text = SearchRenderer.text(result, options: .plain(width: 20))
    #expect(text == SearchRenderer.plain(result))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == result.hits.count + 1 && lines.last == "")
    #expect(lines[0] == "habits\t\tDeployment Habits")
    #expect(lines[1] == "places\tDeployment\tDeployment")
    #expect(
      lines.contains("places\tDeployment\tShadow deployment runs a new model beside the live one."))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func summarySaysHowManyAndHowToSeeTheRest() {
    #expect(
      SearchRenderer.summary(Self.result("lunch"))
        == ["1 match for 'lunch'.", "Read the first with: mlcareer show places/meeting-spots"])
    #expect(
      SearchRenderer.summary(Self.result("deployment", limit: 2))
        == [
          "2 of 5 matches for 'deployment'; --all shows them all.",
          "Read the first with: mlcareer show habits",
        ])
  }

  @Test func leftOutNoteCountsWhatTheLimitDropped() {
    #expect(SearchRenderer.leftOutNote(Self.result("lunch")) == nil)
    #expect(
      SearchRenderer.leftOutNote(Self.result("deployment", limit: 2))
        == "2 of 5 matches shown; 3 left out by --limit 2; --all shows them all.")
  }

  @Test func jsonCarriesQueryTotalAndHits() {
    let json = SearchRenderer.json(Self.result("lunch"))
    #expect(
      json
        == [
          "query": "lunch",
          "total": 1,
          "hits": [
            [
              "topic": "places", "section": "Meeting spots", "sectionId": "meeting-spots",
              "field": "text", "kind": "section", "path": "places › Meeting spots",
              "text": "The CAFETERIA serves lunch.",
              "command": "mlcareer show places/meeting-spots",
            ]
          ],
        ])
  }
}
