import Foundation
import TestSupport
import Testing

@Suite struct SalariesCommandTests {
  /// The lines of a piped run's output.
  private func lines(_ arguments: [String]) throws -> [Substring] {
    let result = try ToolRunner.run(["salaries"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    return result.stdout.split(separator: "\n")
  }

  @Test(arguments: [
    ("francisco", "San Francisco, CA", "$136,287"), ("Chicago", "Chicago, IL", "$102,934"),
    ("york", "New York, NY", "$123,403"),
  ])
  func grepForACityInThePipeFindsItsFigure(word: String, city: String, figure: String) throws {
    let hits = try lines([]).filter { $0.lowercased().contains(word.lowercased()) }
    #expect(hits.count == 1)
    #expect(hits.first?.contains("\t\(city)\t") == true)
    #expect(hits.first?.contains("\t\(figure)\t") == true)
  }

  @Test func pipedOutputIsOneRecordALineWithEveryColumnAndNoEscapes() throws {
    let result = try ToolRunner.run(["salaries"])
    #expect(!result.stdout.contains("\u{1B}"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count >= 25)
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 11, "\(line)")
    }
    #expect(lines.contains { $0.hasPrefix("experience\t2-4 years\tAI/ML engineers\t~$106,894\t") })
    #expect(
      lines.contains {
        $0.hasPrefix("city\tSanta Monica, CA\tAI/ML engineers\t+21.8% vs national average\t")
      })
    #expect(lines.contains { $0.hasPrefix("city\tRenton, WA\tAI/ML engineers\tno figure given\t") })
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.facts), SharedMaterial.skipReason(SharedMaterial.facts))
  )
  func everySalaryFactOfTheSourcesIsPrinted() throws {
    let output = try ToolRunner.run(["salaries"]).stdout.replacingOccurrences(of: ",", with: "")
    let facts = try SharedMaterial.loadFacts().filter(\.isPay)
    #expect(facts.count == 28)
    for fact in facts {
      let found = fact.alternatives.contains {
        output.contains($0.replacingOccurrences(of: ",", with: ""))
      }
      #expect(found, "\(fact.id) (\(fact.what))")
    }
  }

  @Test(arguments: [["--city", "san fran"], ["--city", "SAN FRANCISCO, ca"]])
  func cityFilterFindsPartOfTheName(arguments: [String]) throws {
    let lines = try lines(arguments)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("city\tSan Francisco, CA\t") == true)
  }

  @Test(arguments: ["120000", "120k", "$120,000"])
  func minimumAcceptsEveryWayOfWritingAnAmount(amount: String) throws {
    let labels = try lines(["--by", "city", "--min", amount]).map { $0.split(separator: "\t")[1] }
    #expect(labels == ["San Francisco, CA", "New York, NY"])
  }

  @Test func rangesMatchWhenTheyOverlapTheBounds() throws {
    let labels = try lines(["--by", "level", "--min", "200k", "--max", "210k"])
      .map { $0.split(separator: "\t")[1] }
    #expect(labels == ["Mid-level", "Senior level"])
  }

  @Test func byDimensionAcceptsAliasesAndPrefixes() throws {
    let experience = try lines(["--by", "exp"])
    #expect(experience.count == 6)
    #expect(experience.allSatisfy { $0.hasPrefix("experience\t") })
    #expect(try lines(["--by", "location"]).allSatisfy { $0.hasPrefix("city\t") })
  }

  @Test func sortAndReverseOrderTheRows() throws {
    let sorted = try lines(["--by", "city", "--sort", "label", "--reverse"])
      .map { $0.split(separator: "\t")[1] }
    #expect(
      sorted == [
        "Santa Monica, CA", "San Francisco, CA", "Renton, WA", "New York, NY", "Chicago, IL",
        "Berkeley, CA",
      ])
    let byAmount = try lines(["--by", "percentile", "--sort", "amount", "--reverse"])
      .map { $0.split(separator: "\t")[3] }
    #expect(byAmount == ["up to $338,000", "$135,000", "$116,500", "$84,000"])
  }

  @Test func mistypedDimensionIsAUsageErrorWithASuggestion() throws {
    let result = try ToolRunner.run(["salaries", "--by", "experiance"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix("error: invalid value 'experiance' for '--by'; expected one of: "))
    #expect(result.stderr.contains("\nDid you mean 'experience'?\nUsage: mlcareer salaries "))
  }

  @Test(arguments: [
    (["--city", "boston"], "Cities in the guide: San Francisco, CA;"),
    (["--by", "level", "--max", "100k"], "Run 'mlcareer salaries' to see every figure."),
  ])
  func nothingMatchingSaysSoOnStandardErrorAndExitsOne(arguments: [String], hint: String) throws {
    let result = try ToolRunner.run(["salaries"] + arguments)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: no salary figure matches "))
    #expect(result.stderr.contains(hint))
  }

  @Test(arguments: ["lots", "12,34", "-5"])
  func anAmountThatIsNoAmountIsAUsageError(amount: String) throws {
    let result = try ToolRunner.run(["salaries", "--min", amount])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("error: invalid value '\(amount)' for '--min'"))
    #expect(result.stderr.contains("Usage: mlcareer salaries"))
  }

  @Test func csvHasAHeaderAndARowPerRecord() throws {
    let plain = try lines([])
    let csv = try ToolRunner.run(["salaries", "--format", "csv"]).stdout
    let rows = csv.components(separatedBy: "\r\n").dropLast()
    #expect(rows.first?.hasPrefix("id,dimension,label,role,kind,amount,low,high,") == true)
    #expect(rows.count == plain.count + 1)
    #expect(
      rows.contains(
        #"city-san-francisco,city,"San Francisco, CA",AI/ML engineers,average,136287,,,,USD,2024,United States,career-notes,,sf"#
      ))
  }

  @Test func jsonIsAnArrayOfRecordsWithNumbers() throws {
    let result = try ToolRunner.run(["salaries", "--by", "level", "--format", "json"])
    let records = try #require(
      try result.json() as? [[String: Any]])
    #expect(records.count == 2)
    #expect(records[0]["low"] as? Int == 132_830)
    #expect(records[0]["high"] as? Int == 207_165)
    #expect(records[0]["kind"] as? String == "range")
    // An absent value is an absent key: the level figures give no year, region, amount or note.
    #expect(
      Set(records[0].keys) == [
        "id", "dimension", "label", "role", "kind", "low", "high", "currency", "source",
      ])
    #expect(!result.stdout.contains("null"))
  }

  @Test func markdownIsATablePerDimension() throws {
    let result = try ToolRunner.run(["salaries", "--format", "markdown"])
    #expect(result.stdout.hasPrefix("## Average salary\n"))
    #expect(result.stdout.contains("| San Francisco, CA | $136,287 |  |\n"))
    #expect(result.stdout.contains("_Note: "))
  }

  @Test(ToolRunner.onTerminal, arguments: [50, 100])
  func onATerminalTablesFitTheWidth(columns: Int) throws {
    let result = try ToolRunner.runOnTerminal(
      ["salaries", "--no-pager"], columns: columns, rows: 500)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\u{1B}["), "styled on a terminal")
    let plain = result.stdout.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(plain.contains("By years of experience\n"))
    #expect(plain.contains("Note: "))
    #expect(plain.contains("─") == (columns >= 60), "a table from 60 columns, blocks below")
    #expect(plain.split(separator: "\n").allSatisfy { $0.count <= columns })
  }

  /// The (low or single amount) figures of `salaries --sort amount --reverse` in `format`, in
  /// order, with the dimension of each record.
  static func sortedFigures(format: String) throws -> [(dimension: String, amount: Int?)] {
    let result = try ToolRunner.run([
      "salaries", "--sort", "amount", "--reverse", "--format", format,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let separator: Character = format == "csv" ? "," : "\t"
    var lines = result.stdout.split(whereSeparator: \.isNewline).map {
      $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
    if format != "plain" { lines.removeFirst() }  // the header
    // plain: dimension, label, role, figure…; tsv/csv: id, dimension, label, role, kind, amount, low
    return lines.map { fields in
      if format == "plain" {
        let digits = fields[3].split(separator: " ").first { $0.contains("$") }?.filter(\.isNumber)
        return (fields[0], digits.flatMap { Int($0) })
      }
      return (fields[1], Int(fields[5]) ?? Int(fields[6]))
    }
  }

  @Test(arguments: ["plain", "tsv", "csv"])
  func sortingByAmountOrdersOneListAcrossDimensions(format: String) throws {
    let figures = try Self.sortedFigures(format: format)
    let amounts = figures.compactMap(\.amount)
    #expect(amounts.count > 10)
    #expect(amounts == amounts.sorted(by: >))
    #expect(figures.first?.amount == amounts.max())
    // One list: the dimensions are interleaved, not one block each.
    let blocks = figures.map(\.dimension).reduce(into: [String]()) { blocks, dimension in
      if blocks.last != dimension { blocks.append(dimension) }
    }
    #expect(blocks.count > Set(blocks).count)
  }

  @Test func sortedJSONIsOneListHighestFirst() throws {
    let result = try ToolRunner.run([
      "salaries", "--sort", "amount", "--reverse", "--format", "json",
    ])
    let records =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    let amounts = try #require(records).compactMap { ($0["amount"] ?? $0["low"]) as? Int }
    #expect(amounts.count > 10)
    #expect(amounts == amounts.sorted(by: >))
  }

  @Test func chartRespectsTheFiltersAndSortOrder() throws {
    let result = try ToolRunner.run(
      [
        "salaries", "--chart", "--by", "percentile", "--max", "200k", "--sort", "amount",
        "--reverse",
      ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let rows = lines.filter { $0.hasPrefix("  ") && $0.contains("$") && !$0.contains("$0") }
    #expect(
      rows.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
        "90th percentile", "75th percentile", "25th percentile",
      ])
    #expect(!result.stdout.contains("Top earners"), "--max leaves out the cap above it")
    #expect(!result.stdout.contains("By city"), "--by keeps one dimension")
  }

  @Test func chartListsCitiesWithoutAnAmountUnderIt() throws {
    let result = try ToolRunner.run(["salaries", "--chart", "--city", "CA"])
    #expect(result.status == 0)
    let stdout = result.stdout
    let notDrawn = try #require(stdout.range(of: "Not drawn: no dollar amount"))
    #expect(stdout[notDrawn.upperBound...].contains("Santa Monica, CA"))
    #expect(stdout[..<notDrawn.lowerBound].contains("San Francisco, CA"))
  }

  @Test func chartAndFormatExcludeEachOther() throws {
    let result = try ToolRunner.run(["salaries", "--chart", "--format", "csv"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("error: --chart and --format cannot be used together"))
  }
}
