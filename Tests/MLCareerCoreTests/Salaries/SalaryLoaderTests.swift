import Foundation
import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

/// The salary file's rules, and the exact place a broken record is reported at.
@Suite struct SalaryLoaderTests {
  /// A salary file whose records, one a line, start on line 6 at column 5.
  private func file(_ records: [String]) -> String {
    """
    {
      "schemaVersion": 1,
      "footnote": "Not comparable.",
      "dimensions": [{"id": "city", "title": "By city", "aliases": ["town"]}],
      "records": [
    """ + "\n" + records.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]\n}\n"
  }

  private func record(
    id: String = "a", dimension: String = "city", label: String = "A", role: String = "R",
    figure: String = #""kind": "average", "amount": 5"#, extra: String = ""
  ) -> String {
    #"{"id": "\#(id)", "dimension": "\#(dimension)", "label": "\#(label)", "role": "\#(role)", "#
      + figure + #", "currency": "USD", "source": "s""# + extra + "}"
  }

  /// The error loading `records` gives, or `nil` when they load.
  private func error(_ records: [String]) -> JSONError? {
    do {
      _ = try SalaryLoader.load(file(records), file: "Data/salaries.json")
      return nil
    } catch {
      return error
    }
  }

  private func at(_ line: Int, _ column: Int) -> TextSupport.SourceLocation {
    TextSupport.SourceLocation(file: "Data/salaries.json", line: line, column: column)
  }

  @Test func embeddedFileLoadsEveryDimensionWithRecords() throws {
    let data = EmbeddedData.salaries
    #expect(data.records.count >= 25)
    for dimension in data.dimensions {
      #expect(data.records.contains { $0.dimension == dimension.id }, "\(dimension.id) is empty")
    }
    #expect(!data.footnote.isEmpty)
  }

  @Test func theGuideRecordsItsAverageRangesAndNamesEachDisagreementsRecords() throws {
    let data = EmbeddedData.salaries
    let kinds = Dictionary(uniqueKeysWithValues: data.records.map { ($0.id, $0.kind) })
    for id in ["average-ai-ml", "role-ml-engineer", "role-data-scientist"] {
      #expect(kinds[id] == .averageRange, "the sources call \(id) an average")
    }
    let cap = try #require(data.disagreements.first { $0.id == "ml-cap-below-mid-level" })
    #expect(cap.records == ["total-compensation-ml", "level-mid"])
    #expect(cap.text.contains("$202,331") && cap.text.contains("$207,165"))
    #expect(data.disagreements.allSatisfy { $0.records.count >= 2 })
    #expect(data.records.first { $0.id == "city-new-york" }?.aliases.contains("nyc") == true)
  }

  @Test func everyRecordCitesAKnownSource() throws {
    let guide = try #require(EmbeddedData.contents(of: "guide.json"))
    for record in EmbeddedData.salaries.records {
      #expect(guide.contains("\"id\": \"\(record.source)\""), "\(record.id) cites \(record.source)")
    }
  }

  @Test func validRecordLoadsWithItsLocation() throws {
    let data = try SalaryLoader.load(
      file([record(figure: #""kind": "range", "low": 1, "high": 2"#)]), file: "Data/salaries.json")
    let record = try #require(data.records.first)
    #expect(record.figure == .range(low: 1, high: 2))
    #expect(record.location == at(6, 5))
    #expect(data.resolveDimension("town").model?.id == "city")
  }

  @Test func lowAboveHighIsReportedAtTheLowEnd() {
    let error = error([record(figure: #""kind": "range", "low": 200, "high": 100"#)])
    #expect(
      error?.description == "Data/salaries.json:6:89: error: 'low' (200) is above 'high' (100)")
  }

  @Test func negativeAmountIsReportedAtTheNumber() {
    let error = error([record(figure: #""kind": "average", "amount": -5"#)])
    #expect(error == .invalidValue("'amount' must not be negative, found -5", at: at(6, 94)))
  }

  @Test func unknownKindIsReportedAtTheValue() {
    let error = error([record(figure: #""kind": "upto", "amount": 5"#)])
    #expect(error?.location == at(6, 73))
    #expect(error?.description.hasSuffix("unknown kind 'upto'; did you mean 'upTo'?") == true)
    let far = self.error([record(figure: #""kind": "share", "amount": 5"#)])
    #expect(
      far?.description.hasSuffix(
        "unknown kind 'share'; expected one of: amount, average, approximate, range, "
          + "averageRange, upTo, percentAboveNational, noFigure") == true)
  }

  @Test func unknownDimensionIsReportedAtTheValue() {
    let error = error([record(dimension: "town")])
    #expect(error?.location == at(6, 30))
    #expect(error?.description.hasSuffix("unknown dimension 'town'; expected one of: city") == true)
    let typo = self.error([record(dimension: "ctiy")])
    #expect(typo?.description.hasSuffix("unknown dimension 'ctiy'; did you mean 'city'?") == true)
  }

  @Test func duplicateIdIsReportedAtTheSecondRecord() {
    let error = error([record(id: "a", label: "A"), record(id: "a", label: "B")])
    #expect(error == .duplicateRecord(kind: "record", id: "a", firstAt: at(6, 5), at: at(7, 5)))
    #expect(error?.description.hasSuffix("(first defined at line 6, column 5)") == true)
  }

  @Test func sameLabelAndRoleTwiceIsADuplicate() {
    let error = error([record(id: "a"), record(id: "b")])
    #expect(
      error?.description
        == "Data/salaries.json:7:5: error: a second record for 'A' (R) in 'city' "
        + "with the same year, region, currency and source (the first is at line 6)")
  }

  @Test(arguments: [
    (#""source": "s""#, #""source": "s", "year": 2025"#),
    (#""source": "s""#, #""source": "s", "region": "Texas""#),
    (#""currency": "USD""#, #""currency": "GBP""#), (#""source": "s""#, #""source": "t""#),
  ])
  func sameLabelWithAnotherYearRegionCurrencyOrSourceIsNoDuplicate(
    field: String, replacement: String
  ) throws {
    let other = record(id: "b").replacingOccurrences(of: field, with: replacement)
    let data = try SalaryLoader.load(file([record(id: "a"), other]), file: "Data/salaries.json")
    #expect(data.records.map(\.id) == ["a", "b"])
  }

  @Test(arguments: [4_611_686_018_427_387_904, 1_000_000_000_001])
  func amountTooLargeToComputeWithIsReportedAtItsNumber(amount: Int) {
    let error = error([record(figure: #""kind": "range", "low": 1, "high": \#(amount)"#)])
    #expect(error?.location == at(6, 100))
    #expect(
      error?.description.hasSuffix(
        "'high' is \(amount), above the largest amount mlcareer handles, 1,000,000,000,000")
        == true)
  }

  @Test func averageRangeAndAliasesLoad() throws {
    let data = try SalaryLoader.load(
      file([
        record(
          figure: #""kind": "averageRange", "low": 1, "high": 2"#, extra: #", "aliases": ["a"]"#)
      ]), file: "Data/salaries.json")
    #expect(data.records.first?.figure == .averageRange(low: 1, high: 2))
    #expect(data.records.first?.aliases == ["a"])
  }

  @Test func disagreementsNameKnownRecords() throws {
    let text = file([record(id: "a")]).replacingOccurrences(
      of: #""footnote": "Not comparable.","#,
      with:
        #""footnote": "x", "disagreements": [{"id": "d", "text": "A and B differ", "records": ["a", "b"]}],"#
    )
    let data = try SalaryLoader.load(text, file: "Data/salaries.json", knownRecords: ["b"])
    #expect(
      data.disagreements == [
        SalaryDisagreement(id: "d", text: "A and B differ", records: ["a", "b"])
      ])
    #expect(
      throws: JSONError.invalidValue(
        "the disagreement 'd' names no record 'b'", at: at(3, 87))
    ) { try SalaryLoader.load(text, file: "Data/salaries.json") }
  }

  @Test func brokenRecordIsLeftOutAndTheOthersLoad() throws {
    let sink = ProblemSink()
    let data = try SalaryLoader.load(
      file([record(id: "a"), record(id: "b", figure: #""kind": "average", "amount": -1"#)]),
      file: "Data/salaries.json", pack: nil, problems: sink)
    #expect(data.records.map(\.id) == ["a"])
    #expect(
      sink.errors.map(\.description) == [
        "Data/salaries.json:7:94: error: 'amount' must not be negative, found -1"
      ])
  }

  @Test func sameLabelForAnotherRoleIsNoDuplicate() {
    #expect(error([record(id: "a", role: "R"), record(id: "b", role: "S")]) == nil)
  }

  @Test func numberTheKindDoesNotCarryIsReportedAtItsKey() {
    let error = error([record(figure: #""kind": "noFigure", "amount": 5"#)])
    #expect(
      error
        == .invalidValue(
          "'amount' does not apply to kind 'noFigure', which uses no number", at: at(6, 85)))
  }

  @Test func missingNumberNamesTheKindThatNeedsIt() {
    let error = error([record(figure: #""kind": "range", "low": 5"#)])
    #expect(error == .missingField("high", requiredFor: "kind 'range'", at: at(6, 5)))
  }

  @Test func mistypedAmountIsAJSONShapeError() {
    let error = error([record(figure: #""kind": "average", "amount": "5""#)])
    guard case .wrongType(_, _, "amount", let location) = error else {
      Issue.record("expected a wrong type error, got \(String(describing: error))")
      return
    }
    #expect(location == at(6, 94))
  }

  @Test func unknownFieldIsRejectedAtItsKey() {
    let error = error([#"{"id": "a", "salary": 5}"#])
    guard case .unknownField("salary", _, let location) = error else {
      Issue.record("expected an unknown field error, got \(String(describing: error))")
      return
    }
    #expect(location == at(6, 17))
  }

  @Test func duplicateDimensionNameIsRejected() {
    let text = """
      {"schemaVersion": 1, "footnote": "x", "records": [], "dimensions": [
        {"id": "city", "title": "A"},
        {"id": "town", "title": "B", "aliases": ["city"]}
      ]}
      """
    let expected = JSONError.invalidValue(
      "the dimension name 'city' is already used (line 2)", at: at(3, 3))
    #expect(throws: expected) {
      try SalaryLoader.load(text, file: "Data/salaries.json")
    }
  }

  @Test func otherSchemaVersionIsRejected() {
    let text = #"{"schemaVersion": 2, "footnote": "x", "dimensions": [], "records": []}"#
    let expected = JSONError.invalidValue(
      "unsupported schemaVersion 2; this version of mlcareer reads 1", at: at(1, 19))
    #expect(throws: expected) { try SalaryLoader.load(text, file: "Data/salaries.json") }
  }

  @Test(arguments: [
    (#""currency": "usd""#, "'currency' is 'usd'; expected a three-letter code such as 'USD'"),
    (#""year": 24"#, "'year' 24 is not a plausible year (expected 1900–2100)"),
    (#""label": """#, "'label' must not be empty"),
  ])
  func badValueIsExplained(field: String, message: String) {
    let base = record(figure: #""kind": "noFigure""#)
    let key = String(field.prefix { $0 != ":" })
    let replaced = base.replacingOccurrences(
      of: key + #": "[^"]*""#, with: field, options: .regularExpression)
    let edited = replaced == base ? String(base.dropLast()) + ", " + field + "}" : replaced
    #expect(error([edited])?.description.hasSuffix("error: " + message) == true, "\(edited)")
  }
}
