import Foundation
import Testing

/// Issue 23 as a user meets it: packs with figures for one city in two years, or in pounds,
/// run through the built binary.
@Suite struct SalaryPackTests {
  /// A city record of the pack's `team-survey` source.
  private static func city(
    _ id: String, _ label: String, figure: String, currency: String = "USD", year: Int = 2025,
    region: String = "United States", extra: String = ""
  ) -> String {
    #"{"id": "\#(id)", "dimension": "city", "label": "\#(label)", "role": "AI/ML engineers", "#
      + figure + #", "currency": "\#(currency)", "year": \#(year), "region": "\#(region)", "#
      + #""source": "team-survey""# + extra + "}"
  }

  /// Austin for 2024 and 2025: same city, dimension and role, another year.
  private static func austin() throws -> TestPack {
    try TestPack(name: "austin").write(
      "salaries.json",
      TestPack.salaries(
        city(
          "city-austin-2024", "Austin, TX", figure: #""kind": "average", "amount": 120000"#,
          year: 2024),
        city(
          "city-austin-2025", "Austin, TX", figure: #""kind": "average", "amount": 125000"#,
          extra: #", "aliases": ["atx"]"#)))
  }

  /// London in pounds, 70,000–110,000.
  private static func london() throws -> TestPack {
    try TestPack(name: "london").write(
      "salaries.json",
      TestPack.salaries(
        city(
          "city-london", "London", figure: #""kind": "range", "low": 70000, "high": 110000"#,
          currency: "GBP", region: "United Kingdom")))
  }

  /// The label column of piped output.
  private func labels(_ result: ToolRunner.Result) -> [String] {
    result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[1]) }
  }

  @Test func twoYearsForOneCityValidateAndBothShowNewestFirst() throws {
    let pack = try Self.austin()
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(!validate.stderr.contains("error:"))
    let result = try pack.run(["salaries", "--city", "austin"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("city\tAustin, TX\tAI/ML engineers\t$125,000\taverage\tUSD\t2025\t"))
    #expect(lines[1].hasPrefix("city\tAustin, TX\tAI/ML engineers\t$120,000\taverage\tUSD\t2024\t"))
    #expect(try pack.run(["salaries", "--city", "atx"]).stdout.split(separator: "\n").count == 1)
    let json = try #require(
      try pack.run(["salaries", "--city", "austin", "--format", "json"]).json() as? [[String: Any]])
    #expect(json.map { $0["year"] as? Int } == [2025, 2024])
    #expect(json.first?["aliases"] as? [String] == ["atx"])
    let search = try pack.run(["search", "austin"])
    #expect(search.stdout.contains("$120,000 (2024") && search.stdout.contains("$125,000 (2025"))
  }

  @Test func onlyATrueDuplicateIsAnErrorAndTheFilesOtherRecordsStillLoad() throws {
    let record = Self.city("city-a", "Austin, TX", figure: #""kind": "average", "amount": 1"#)
    let pack = try TestPack().write(
      "salaries.json",
      TestPack.salaries(
        record, record.replacingOccurrences(of: "city-a", with: "city-b"),
        Self.city("city-c", "Dallas, TX", figure: #""kind": "average", "amount": -1"#),
        Self.city("city-d", "Houston, TX", figure: #""kind": "average", "amount": 3"#)))
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 1)
    #expect(
      validate.stdout.contains(
        "/salaries.json:3:1: error: a second record for 'Austin, TX' (AI/ML engineers) in 'city' "
          + "with the same year, region, currency and source (the first is at line 2)"))
    #expect(validate.stdout.contains("/salaries.json:4:"))
    let result = try pack.run(["salaries", "--by", "city"])
    #expect(result.status == 1)
    #expect(labels(result).contains("Houston, TX") && labels(result).contains("Austin, TX"))
    #expect(!labels(result).contains("Dallas, TX"))
    #expect(result.stderr.contains("/salaries.json:4:"))
  }

  @Test func aGBPRangeValidatesAndNeverPassesADollarFilter() throws {
    let pack = try Self.london()
    #expect(try ToolRunner.run(["validate", pack.path]).status == 0)
    let maximum = try pack.run(["salaries", "--by", "city", "--max", "130k"])
    #expect(maximum.status == 0)
    #expect(labels(maximum) == ["New York, NY", "Chicago, IL"])
    #expect(
      maximum.stderr
        == "mlcareer: note: 1 figure in GBP left out: amounts compare within one currency, here "
        + "USD; see it with --currency GBP\n")
    let minimum = try pack.run(["salaries", "--by", "city", "--min", "$105,000"])
    #expect(labels(minimum) == ["San Francisco, CA", "New York, NY"])
    let nothing = try pack.run(["salaries", "--by", "city", "--max", "90k"])
    #expect(nothing.status == 1)
    #expect(nothing.stdout.isEmpty)
    #expect(nothing.stderr.contains("1 figure in GBP left out"))
    #expect(nothing.stderr.contains("error: no salary figure matches --by 'city' --max '90k'"))
  }

  @Test(arguments: [
    ["--currency", "GBP"], ["--currency", "gbp", "--max", "90k"], ["--max", "£90k"],
    ["--min", "90k GBP"], ["--min", "GBP 100,000"],
  ])
  func currencyAndAmountsInPoundsSelectThePoundFigures(arguments: [String]) throws {
    let result = try Self.london().run(["salaries"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(labels(result) == ["London"])
    // Without --currency, the dollar figures the pound amount left out are counted.
    #expect(
      result.stderr.isEmpty == arguments.contains("--currency")
        || result.stderr.contains("in USD left out"))
  }

  @Test(arguments: [
    (["--min", "£90k", "--max", "$100k"], "name both GBP and USD"),
    (["--currency", "EUR", "--max", "£90k"], "name both GBP and EUR"),
    (["--currency", "pounds"], "invalid value 'pounds' for '--currency'"),
    (["--min", "90k GBP EUR"], "invalid value '90k GBP EUR' for '--min'"),
  ])
  func amountsInTwoCurrenciesAreAUsageError(arguments: [String], message: String) throws {
    let result = try Self.london().run(["salaries"] + arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.contains(message))
  }

  @Test func theChartDrawsDollarsAndListsPoundsOrDrawsPoundsAlone() throws {
    let pack = try Self.london()
    let both = try pack.run(["salaries", "--by", "city", "--chart", "--width", "100"])
    #expect(both.status == 0)
    #expect(both.stdout.contains("(in GBP, not on the dollar axis)"))
    let pounds = try pack.run(["salaries", "--currency", "GBP", "--chart", "--width", "60"])
    #expect(pounds.stdout.contains("£100k") && !pounds.stdout.contains("$"))
    #expect(!pounds.stdout.contains("Not drawn"))
  }

  @Test func sortingByAmountSortsEachCurrencyInTurn() throws {
    let pack = try Self.london()
    for reverse in [false, true] {
      let result = try pack.run(
        ["salaries", "--by", "city", "--sort", "amount"] + (reverse ? ["--reverse"] : []))
      let currencies = result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[5] }
      let names = labels(result)
      let cities = ["Chicago, IL", "New York, NY", "San Francisco, CA"]
      #expect(Array(names.prefix(4)) == (reverse ? cities.reversed() : cities) + ["London"])
      #expect(Array(currencies.prefix(4)) == ["USD", "USD", "USD", "GBP"])
    }
  }

  @Test func everyFormatCarriesTheCurrencyYearRegionAndSource() throws {
    let pack = try Self.london()
    let csv = try pack.run(["salaries", "--currency", "GBP", "--format", "csv"]).stdout
    #expect(
      csv.contains(
        "city-london,city,London,AI/ML engineers,range,,70000,110000,,GBP,2025,United Kingdom,"
          + "london/team-survey,,\r\n"))
    let tsv = try pack.run(["salaries", "--currency", "GBP", "--format", "tsv"]).stdout
    #expect(tsv.contains("\tGBP\t2025\tUnited Kingdom\tlondon/team-survey\t"))
    let markdown = try pack.run(["salaries", "--by", "city", "--format", "markdown"]).stdout
    #expect(markdown.contains("| London | 70,000 GBP – 110,000 GBP | United Kingdom | 2025 |"))
    let export = try pack.run(["export", "--format", "html"]).stdout
    #expect(export.contains("70,000 GBP – 110,000 GBP"))
    #expect(export.contains("below the top of the mid-level range ($207,165)"))
    let json = try #require(
      try pack.run(["export", "--format", "json"]).json() as? [String: Any])
    let salaries = try #require(json["salaries"] as? [String: Any])
    let disagreements = try #require(salaries["disagreements"] as? [[String: Any]])
    #expect(disagreements.contains { $0["id"] as? String == "ml-cap-below-mid-level" })
  }

  @Test func aPackAmountTooLargeToComputeWithIsRefusedWithItsPosition() throws {
    let pack = try TestPack().write(
      "salaries.json",
      TestPack.salaries(
        Self.city(
          "city-big", "Big", figure: #""kind": "range", "low": 1, "high": 4611686018427387904"#),
        Self.city("city-ok", "Ok", figure: #""kind": "upTo", "amount": 1000000000000"#)))
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 1)
    #expect(
      validate.stdout.contains(
        "/salaries.json:2:119: error: 'high' is 4611686018427387904, above the largest amount "
          + "mlcareer handles, 1,000,000,000,000"))
    let chart = try pack.run(["salaries", "--chart", "--by", "city"])
    #expect(chart.status == 1)
    #expect(chart.stdout.contains("up to $1,000,000,000,000"))
    #expect(!chart.stdout.contains("Big"))
  }

  @Test(arguments: [("nyc", "New York, NY"), ("sf", "San Francisco, CA"), ("NYC", "New York, NY")])
  func shortFormsFindTheirCity(text: String, city: String) throws {
    let result = try ToolRunner.run(["salaries", "--city", text])
    #expect(result.status == 0)
    #expect(labels(result) == [city])
  }

  @Test func cityMatchesFromTheStartOfAWordAsTheHelpSays() throws {
    let result = try ToolRunner.run(["salaries", "--city", "ancisco"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("error: no salary figure matches --city 'ancisco'"))
    let help = try ToolRunner.run(["salaries", "--help"]).stdout
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(
        of: " +", with: " ", options: .regularExpression)
    #expect(help.contains("--city and --role match words from their start"))
    #expect(help.contains("An amount with no currency is in US dollars"))
  }

  @Test func theRoleRangesAreAveragesAndShowSalariesNamesTheMissingDisagreement() throws {
    let roles = try #require(
      try ToolRunner.run(["salaries", "--by", "role", "--format", "json"]).json()
        as? [[String: Any]])
    #expect(roles.map { $0["kind"] as? String } == ["averageRange", "averageRange"])
    let show = try ToolRunner.run(["show", "salaries", "--width", "0"]).stdout
    #expect(show.contains("The ML engineers' cap ($202,331) also sits below the top of the"))
  }

  @Test(ToolRunner.onTerminal)
  func oneCityOnATerminalIsAShortTableWithAOneLinePointer() throws {
    let result = try ToolRunner.runOnTerminal(
      ["salaries", "--city", "chicago", "--color", "never"], columns: 100)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count <= 9, "\(result.stdout)")
    #expect(
      lines.last == "Note: For where the sources' figures disagree, see 'mlcareer show salaries'.")
    #expect(!result.stdout.contains("percentile"))
  }

  @Test(ToolRunner.onTerminal)
  func theChartFillsAWideTerminalWithEveryLabelOnOneLine() throws {
    let result = try ToolRunner.runOnTerminal(
      ["salaries", "--chart", "--color", "never"], columns: 200, rows: 500)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 200 })
    #expect(lines.contains { $0.count > 190 })
    let row = try #require(lines.first { $0.hasPrefix("  Data scientists") })
    #expect(row.contains("Data scientists with ML expertise") && row.hasSuffix("$131,000"))
    let narrow = try ToolRunner.runOnTerminal(
      ["salaries", "--chart", "--by", "level", "--color", "never"], columns: 40,
      environment: ["LANG": "C.UTF-8"])
    let axis = narrow.stdout.split(separator: "\n")
    let ticks = try #require(axis.firstIndex { $0.contains("├") })
    #expect(
      axis[ticks].filter { "├┼┤".contains($0) }.count
        == axis[ticks + 1].split(separator: " ").count)
  }
}
