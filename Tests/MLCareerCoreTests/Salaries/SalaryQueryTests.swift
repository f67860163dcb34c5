import Testing

@testable import GuideModel
@testable import MLCareerCore

/// The `salaries` filters and orders, on the guide's own figures.
@Suite struct SalaryQueryTests {
  private let data = EmbeddedData.salaries

  private func ids(_ query: SalaryQuery) -> [String] {
    query.apply(to: data).map(\.id)
  }

  @Test func noFilterKeepsEveryRecordGroupedByDimension() {
    let records = SalaryQuery().apply(to: data)
    #expect(records.count == data.records.count)
    let order = data.dimensions.map(\.id)
    let positions = records.map { record in order.firstIndex(of: record.dimension)! }
    #expect(positions == positions.sorted())
  }

  @Test func dimensionKeepsItsRecordsInTheGuidesOrder() {
    #expect(
      ids(SalaryQuery(dimension: "experience")) == [
        "experience-entry", "experience-2-4", "experience-5-7-lead-ai", "experience-5-7-ml",
        "experience-7-plus-ai", "experience-7-plus-ml",
      ])
  }

  @Test(arguments: [
    ("san fran", ["city-san-francisco"]),
    ("CHICAGO", ["city-chicago"]),
    ("new york, ny", ["city-new-york"]),
    ("san", ["city-san-francisco", "city-santa-monica"]),
    (", CA", ["city-san-francisco", "city-santa-monica", "city-berkeley"]),
    ("cisco", []),
    ("Boston", []),
  ])
  func cityMatchesWordStartsOfTheCityNameInAnyCase(text: String, expected: [String]) {
    #expect(ids(SalaryQuery(city: text)) == expected)
  }

  @Test func roleMatchesPartOfTheRole() {
    #expect(ids(SalaryQuery(role: "lead")) == ["experience-5-7-lead-ai"])
    #expect(ids(SalaryQuery(role: "data scientist")) == ["role-data-scientist"])
  }

  @Test func machineLearningAndMLAreTheSameInARole() {
    let spelled = ids(SalaryQuery(dimension: "experience", role: "machine learning"))
    // AI/ML engineers are machine learning engineers too.
    #expect(
      spelled == [
        "experience-entry", "experience-2-4", "experience-5-7-ml", "experience-7-plus-ml",
      ])
    #expect(ids(SalaryQuery(dimension: "experience", role: "ML")) == spelled)
    let short = ids(SalaryQuery(dimension: "total-compensation", role: "ML engineer"))
    #expect(short == ["total-compensation-ml"])
  }

  @Test func minimumKeepsFiguresReachingItAndRangesWhoseTopReachesIt() {
    #expect(
      Set(ids(SalaryQuery(minimum: 200_000))) == [
        "total-compensation-ai", "total-compensation-ml", "level-mid", "level-senior",
        "percentile-top", "role-ml-engineer",
      ])
  }

  @Test func maximumKeepsFiguresUnderIt() {
    #expect(
      ids(SalaryQuery(maximum: 90_000)) == [
        "percentile-25", "additional-cash-ai", "additional-cash-ml",
      ])
  }

  @Test func minimumAndMaximumKeepRangesThatOverlap() {
    #expect(
      ids(SalaryQuery(minimum: 100_000, maximum: 110_000)) == [
        "average-ai-ml", "experience-2-4", "city-chicago", "role-ml-engineer",
        "role-data-scientist",
      ])
  }

  @Test func boundsLeaveOutFiguresWithoutAnAmount() {
    let kept = SalaryQuery(minimum: 0).apply(to: data)
    #expect(!kept.contains { $0.kind == .noFigure || $0.kind == .percentAboveNational })
  }

  @Test func filtersCombine() {
    #expect(
      ids(SalaryQuery(dimension: "city", minimum: 120_000))
        == ["city-san-francisco", "city-new-york"])
    #expect(ids(SalaryQuery(city: "san", maximum: 130_000)) == [])
    #expect(ids(SalaryQuery(dimension: "level", role: "ai", minimum: 210_000)) == ["level-senior"])
  }

  @Test func nothingMatchingGivesNoRecords() {
    #expect(ids(SalaryQuery(dimension: "level", maximum: 100_000)).isEmpty)
    #expect(ids(SalaryQuery(role: "astronaut")).isEmpty)
  }

  @Test func sortByAmountIsLowestFirstKeepingTiesInOrder() {
    #expect(
      ids(SalaryQuery(dimension: "experience", sort: .amount)) == [
        "experience-2-4", "experience-entry", "experience-5-7-lead-ai", "experience-5-7-ml",
        "experience-7-plus-ml", "experience-7-plus-ai",
      ])
  }

  @Test func reversedAmountsStillEndWithFiguresWithoutAmount() {
    #expect(
      ids(SalaryQuery(dimension: "city", sort: .amount, reverse: true)) == [
        "city-san-francisco", "city-new-york", "city-chicago", "city-santa-monica",
        "city-berkeley", "city-renton",
      ])
  }

  @Test func sortByLabelIgnoresCase() {
    #expect(
      ids(SalaryQuery(dimension: "city", sort: .label)) == [
        "city-berkeley", "city-chicago", "city-new-york", "city-renton", "city-san-francisco",
        "city-santa-monica",
      ])
  }

  @Test func reverseAloneTurnsTheGuidesOrderAround() {
    #expect(
      ids(SalaryQuery(dimension: "percentile", reverse: true)) == [
        "percentile-top", "percentile-90", "percentile-75", "percentile-25",
      ])
  }

  @Test(arguments: [
    ("city", "city"), ("location", "city"), ("exp", "experience"), ("years", "experience"),
    ("By career level", "level"), ("percentiles", "percentile"), ("comp", "total-compensation"),
    ("cash", "additional-cash"), ("role", "role"),
  ])
  func dimensionNamesResolve(name: String, id: String) {
    #expect(data.resolveDimension(name).model?.id == id)
  }

  @Test func mistypedDimensionGetsASuggestion() {
    guard case .notFound(let suggestions) = data.resolveDimension("experiance") else {
      Issue.record("expected no match")
      return
    }
    #expect(suggestions.first == "experience")
  }

  /// A long `--role` or `--city` matches no record, however many there are. (That its words
  /// are put in their compared form once, not once a record, the benchmark's pathological
  /// section checks.)
  @Test func aLongRoleOrCityMatchesNoRecord() {
    let words = String(repeating: "engineer ", count: 2_000)
    let many = SalaryData(
      dimensions: data.dimensions,
      records: Array(repeating: data.records, count: 20).flatMap { $0 }, footnote: data.footnote)
    #expect(SalaryQuery(role: words).apply(to: many).isEmpty)
    #expect(SalaryQuery(city: words).apply(to: many).isEmpty)
  }
}

/// Amounts as people type them after `--min` and `--max`.
@Suite struct SalaryAmountTests {
  @Test(arguments: [
    ("120000", 120_000), ("120k", 120_000), ("120K", 120_000), ("$120,000", 120_000),
    ("$120k", 120_000), ("1.5m", 1_500_000), ("2M", 2_000_000), (" 95,500 ", 95_500), ("0", 0),
    ("120.5k", 120_500), ("120000.00", 120_000), ("1,234,567", 1_234_567),
  ])
  func readsAmounts(text: String, expected: Int) {
    #expect(SalaryQuery.amount(text)?.amount == expected)
  }

  @Test(arguments: [
    ("£90k", 90_000, "GBP"), ("€85K", 85_000, "EUR"), ("90k GBP", 90_000, "GBP"),
    ("gbp 90,000", 90_000, "GBP"), ("$120,000", 120_000, "USD"), ("1.5m EUR", 1_500_000, "EUR"),
  ])
  func readsTheCurrencyAnAmountIsWrittenIn(text: String, amount: Int, currency: String) {
    #expect(SalaryQuery.amount(text) == Money(amount, currency))
  }

  @Test(arguments: [
    "", "abc", "-5", "12,34", "1,2345", "$", "k", "1.5", "120k5", "1.2.3", "12 000", "5.",
    "99999999999999999999", "1,000.5", "£$5", "90k GBP EUR", "90k POUNDS", "$90k GBP",
  ])
  func rejectsWhatIsNotAWholeAmount(text: String) {
    #expect(SalaryQuery.amount(text) == nil)
  }

  @Test func minimumAboveMaximumIsRefused() throws {
    #expect(
      throws: SalaryQueryError.minimumAboveMaximum(
        minimum: 200_000, maximum: 100_000, currency: "USD")
    ) {
      try SalaryQuery(minimum: 200_000, maximum: 100_000).checkBounds()
    }
    try SalaryQuery(minimum: 100_000, maximum: 100_000).checkBounds()
    try SalaryQuery(maximum: 5).checkBounds()
  }

  @Test func amountsAndCurrencyInTwoCurrenciesAreRefused() throws {
    #expect(throws: SalaryQueryError.currenciesDiffer("GBP", "USD")) {
      try SalaryQuery(minimum: Money(1, "GBP"), maximum: Money(5, "USD")).checkBounds()
    }
    #expect(throws: SalaryQueryError.currenciesDiffer("EUR", "GBP")) {
      try SalaryQuery(minimum: Money(1, "EUR"), currency: "GBP").checkBounds()
    }
    // A bare amount is in --currency's currency.
    let query = SalaryQuery(maximum: 90_000, currency: "GBP")
    try query.checkBounds()
    #expect(query.amountCurrency == "GBP")
  }

  @Test(arguments: [
    ("machine", "Machine learning engineers", true),
    ("ml engineer", "Machine learning engineers", true),
    ("machine learning", "Machine learning engineers", true),
    ("machine learning eng", "ML engineers", true),
    ("learning", "Machine learning engineers", true),
    ("san fran", "San Francisco, CA", true),
    ("ca", "Chicago, IL", false),
    ("machine", "AI/ML engineers", false),
  ])
  func rolesAndCitiesMatchFromTheStartOfAWord(words: String, text: String, matches: Bool) {
    #expect(SalaryQuery.Words(words).found(in: text) == matches)
  }
}
