import Testing
import TextSupport

@testable import GuideModel
@testable import JSON

/// The members every figure needs besides its id and numbers.
private let common = #""label": "L", "topic": "industries", "source": "career-notes""#

@Suite struct MarketFigureLoaderTests {
  /// A market file whose figures sit one per line from line 4, each starting at column 5.
  private func document(_ figures: String...) -> String {
    "{\n  \"schemaVersion\": 1,\n  \"figures\": [\n"
      + figures.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]\n}\n"
  }

  /// The error text loading `text` gives, without the `Data/market.json:` prefix.
  private func error(loading text: String) -> String {
    do {
      let figures = try MarketFigureLoader.load(text, file: "Data/market.json")
      return "no error; loaded \(figures.count) figures"
    } catch {
      let prefix = "Data/market.json:"
      let description = error.description
      return description.hasPrefix(prefix)
        ? String(description.dropFirst(prefix.count)) : description
    }
  }

  @Test func loadsEveryKindOfFigure() throws {
    let text = document(
      #"{"id": "ml-market-2023", "label": "Global machine learning market", "kind": "amount", "value": 26.03, "unit": "USD billion", "year": 2023, "topic": "industry-trends", "source": "career-notes"}"#,
      #"{"id": "ml-market-cagr", "label": "Growth", "kind": "percent", "value": 36.2, "period": "2023-2030", "topic": "industry-trends", "source": "career-notes"}"#,
      #"{"id": "banking-genai-value", "label": "Banking", "kind": "range", "low": 200, "high": 340, "unit": "USD billion a year", "note": "Potential", "topic": "industries", "source": "career-notes"}"#,
      #"{"id": "new-positions-2027", "label": "Positions", "kind": "count", "value": 1000000, "approximate": true, "year": 2027, "topic": "market-demand", "source": "career-notes"}"#
    )
    let figures = try MarketFigureLoader.load(text, file: "Data/market.json")
    #expect(
      figures.map(\.id) == [
        "ml-market-2023", "ml-market-cagr", "banking-genai-value", "new-positions-2027",
      ])
    #expect(figures[0].value == .amount(26.03, unit: "USD billion"))
    #expect(figures[0].label == "Global machine learning market")
    #expect(figures[0].topic == "industry-trends")
    #expect(figures[0].source == "career-notes")
    #expect(figures[0].year == 2023)
    #expect(
      figures[0].location
        == TextSupport.SourceLocation(file: "Data/market.json", line: 4, column: 5))
    #expect(figures[1].value == .percent(36.2))
    #expect(figures[1].period == "2023-2030")
    #expect(figures[2].value == .range(low: 200, high: 340, unit: "USD billion a year"))
    #expect(figures[2].note == "Potential")
    #expect(!figures[2].isApproximate)
    #expect(figures[3].value == .count(1_000_000))
    #expect(figures[3].isApproximate)
    #expect(
      figures.map(\.formattedValue) == [
        "$26.03 billion", "36.2%", "$200–340 billion a year", "~1,000,000",
      ])
    #expect(figures.map(\.when) == ["2023", "2023-2030", nil, "2027"])
  }

  @Test func acceptsAnEmptyListAndNullOptionals() throws {
    #expect(try MarketFigureLoader.load(document(), file: "Data/market.json").isEmpty)
    let figure =
      #"{"id": "x", "kind": "percent", "value": 5, "year": null, "note": null, \#(common)}"#
    let loaded = try MarketFigureLoader.load(document(figure), file: "Data/market.json")
    #expect(loaded.first?.year == nil)
    #expect(loaded.first?.note == nil)
  }

  @Test(arguments: [
    (#"{"kind": "amount", "value": 2575.16, "unit": "USD billion""#, "$2,575.16 billion"),
    (
      #"{"kind": "amount", "value": 200, "unit": "USD billion", "approximate": true"#,
      "~$200 billion"
    ),
    (#"{"kind": "amount", "value": 1.5, "unit": "USD""#, "$1.5"),
    (#"{"kind": "amount", "value": 12, "unit": "EUR billion""#, "12 EUR billion"),
    (#"{"kind": "range", "low": 2.5, "high": 4, "unit": "hours a week""#, "2.5–4 hours a week"),
    (#"{"kind": "percent", "value": 40"#, "40%"),
    (#"{"kind": "count", "value": 136287"#, "136,287"),
  ])
  func formatsValues(_ figureStart: String, _ expected: String) throws {
    let text = document(figureStart + #", "id": "f", \#(common)}"#)
    #expect(
      try MarketFigureLoader.load(text, file: "Data/market.json").first?.formattedValue == expected)
  }

  @Test func prefersThePeriodToTheYear() {
    let figure = MarketFigure(
      id: "x", label: "X", value: .percent(36.2), topic: "t", source: "s", year: 2023,
      period: "2023-2030", location: TextSupport.SourceLocation(file: "m.json", line: 1, column: 1)
    )
    #expect(figure.when == "2023-2030")
  }

  @Test(arguments: [
    (
      #"{"id": "x", "kind": "ammount", "value": 1, "unit": "USD", \#(common)}"#,
      "4:25: error: unknown kind 'ammount'; did you mean 'amount'?"
    ),
    (
      #"{"id": "x", "kind": "share", "value": 1, \#(common)}"#,
      "4:25: error: unknown kind 'share'; expected one of: amount, range, percent, count"
    ),
    (
      #"{"id": "x", "kind": "amount", "value": 1, \#(common)}"#,
      "4:5: error: missing field 'unit' (required for kind 'amount')"
    ),
    (
      #"{"id": "x", "kind": "range", "low": 1, "unit": "USD", \#(common)}"#,
      "4:5: error: missing field 'high' (required for kind 'range')"
    ),
    (
      #"{"id": "x", "kind": "range", "low": 400, "high": 340, "unit": "USD", \#(common)}"#,
      "4:41: error: 'low' (400) is above 'high' (340)"
    ),
    (
      #"{"id": "x", "kind": "amount", "value": -3.5, "unit": "USD", \#(common)}"#,
      "4:44: error: 'value' must not be negative, found -3.5"
    ),
    (
      #"{"id": "x", "kind": "count", "value": -3, \#(common)}"#,
      "4:43: error: 'value' must not be negative, found -3"
    ),
    (
      #"{"id": "x", "kind": "count", "value": 1.5, \#(common)}"#,
      "4:43: error: expected a whole number for 'value', found the number 1.5"
    ),
    (
      #"{"id": "x", "kind": "percent", "value": "36%", \#(common)}"#,
      "4:45: error: expected a number for 'value', found a string"
    ),
    (
      #"{"id": "x", "kind": "amount", "low": 1, "value": 2, "unit": "USD", \#(common)}"#,
      "4:35: error: 'low' does not apply to kind 'amount', which uses 'value', 'unit'"
    ),
    (
      #"{"id": "x", "kind": "count", "value": 2, "unit": "jobs", \#(common)}"#,
      "4:46: error: 'unit' does not apply to kind 'count', which uses 'value'"
    ),
    (
      #"{"id": "x", "kind": "percent", "vaule": 2, \#(common)}"#,
      "4:36: error: unknown field 'vaule'; did you mean 'value'?"
    ),
    (
      #"{"id": "x", "kind": "percent", "value": 2, "topic": "t", "source": "s"}"#,
      "4:5: error: missing field 'label'"
    ),
    (
      #"{"id": "x", "label": " ", "kind": "percent", "value": 2, "topic": "t", "source": "s"}"#,
      "4:26: error: 'label' must not be empty"
    ),
    (
      #"{"id": "ML Market", "kind": "percent", "value": 2, \#(common)}"#,
      "4:12: error: 'id' must be lowercase letters and digits joined by hyphens, such as 'ml-market-2023'; found 'ML Market'"
    ),
    (
      #"{"id": "x-", "kind": "percent", "value": 2, \#(common)}"#,
      "4:12: error: 'id' must be lowercase letters and digits joined by hyphens, such as 'ml-market-2023'; found 'x-'"
    ),
    (
      #"{"id": "x", "kind": "percent", "value": 2, "year": 20233, \#(common)}"#,
      "4:56: error: 'year' 20233 is not a plausible year (expected 1900–2100)"
    ),
    (
      #"{"id": "x", "kind": "percent", "value": 2, "approximate": "yes", \#(common)}"#,
      "4:63: error: expected true or false for 'approximate', found a string"
    ),
    (
      #"{"id": "x", "kind": "percent", "value": 2, "note": "", \#(common)}"#,
      "4:56: error: 'note' must not be empty"
    ),
    (#"["x"]"#, "4:5: error: expected an object, found an array"),
  ])
  func rejectsBrokenFiguresWithTheirPosition(_ figure: String, _ expected: String) {
    #expect(error(loading: document(figure)) == expected)
  }

  @Test func rejectsDuplicateIdsAtTheSecondId() {
    let first = #"{"id": "dup", "kind": "percent", "value": 1, \#(common)}"#
    let second = #"{"id": "other", "kind": "percent", "value": 1, \#(common)}"#
    #expect(
      error(loading: document(first, second, first))
        == "6:12: error: duplicate figure id 'dup' (first defined at line 4, column 12)")
  }

  @Test(arguments: [
    (
      "{\"schemaVersion\": 2, \"figures\": []}",
      "1:19: error: unsupported schemaVersion 2; this version of mlcareer reads 1"
    ),
    ("{\"figures\": []}", "1:1: error: missing field 'schemaVersion'"),
    ("{\"schemaVersion\": 1}", "1:1: error: missing field 'figures'"),
    (
      "{\"schemaVersion\": 1, \"figures\": {}}",
      "1:33: error: expected an array for 'figures', found an object"
    ),
    (
      "{\"schemaVersion\": 1, \"figure\": []}",
      "1:22: error: unknown field 'figure'; did you mean 'figures'?"
    ),
    ("[]", "1:1: error: expected an object, found an array"),
    (
      "{\"schemaVersion\": 1, \"figures\": [],}",
      "1:35: error: trailing comma before '}'; JSON does not allow one"
    ),
  ])
  func rejectsABrokenFileShape(_ text: String, _ expected: String) {
    #expect(error(loading: text) == expected)
  }
}
