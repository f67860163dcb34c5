import Testing

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore
@testable import Markdown
@testable import TextSupport

/// The machine-readable and pipe formats: one record a line for grep, csv and json that read
/// back to the same records, Markdown tables.
@Suite struct SalaryExporterTests {
  private let data = EmbeddedData.salaries

  /// Records with every kind of figure and text that needs quoting or escaping.
  private let awkward = [
    SalaryRecord(
      id: "a", dimension: "city", label: #"Zürich, "ZH""#, role: "Engineers | leads",
      figure: .range(low: 1, high: 2), currency: "CHF", year: 2024, region: "Europe",
      source: "s", note: "two\nlines", aliases: ["zrh", "zh"]),
    SalaryRecord(
      id: "b", dimension: "city", label: "東京", role: "R", figure: .percentAboveNational(21.8),
      source: "s"),
    SalaryRecord(
      id: "c", dimension: "city", label: "Tab\there", role: "R", figure: .noFigure, source: "s"),
    SalaryRecord(id: "d", dimension: "level", label: "D", role: "R", figure: .upTo(5), source: "s"),
    SalaryRecord(
      id: "e", dimension: "level", label: "E", role: "R", figure: .approximate(7), source: "s"),
    SalaryRecord(
      id: "f", dimension: "level", label: "F", role: "R", figure: .amount(0), source: "s"),
    SalaryRecord(
      id: "g", dimension: "level", label: "G", role: "R", figure: .average(9), source: "s"),
  ]

  @Test func plainPrintsOneRecordPerLineWithEveryColumn() {
    let lines = SalaryExporter.plain(awkward).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == awkward.count + 1)
    #expect(lines.last == "")
    for line in lines.dropLast() {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 11)
    }
    #expect(
      lines[0]
        == "city\tZürich, \"ZH\"\tEngineers | leads\t1 CHF – 2 CHF\trange\tCHF\t2024\tEurope\ts\ttwo lines\tzrh, zh"
    )
    #expect(lines[2] == "city\tTab here\tR\tno figure given\tnoFigure\tUSD\t\t\ts\t\t")
  }

  @Test(arguments: [
    ("francisco", "$136,287"), ("Chicago", "$102,934"),
    ("santa monica", "+21.8% vs national average"),
    ("berkeley", "no figure given"),
  ])
  func grepForACityFindsItsFigure(city: String, figure: String) {
    let plain = SalaryExporter.plain(SalaryQuery().apply(to: data))
    let hits = plain.split(separator: "\n").filter { $0.lowercased().contains(city.lowercased()) }
    #expect(hits.count == 1)
    #expect(hits.first?.contains("\t" + figure + "\t") == true)
  }

  @Test func tsvHasAHeaderAndRawNumbers() {
    let lines = SeparatedValues.tsv(RecordTable.salaries(Array(awkward.prefix(2)))).split(
      separator: "\n")
    #expect(
      lines[0]
        == "id\tdimension\tlabel\trole\tkind\tamount\tlow\thigh\tpercent\tcurrency\tyear\tregion\tsource\tnote\taliases"
    )
    #expect(
      lines[1].hasPrefix("a\tcity\tZürich, \"ZH\"\tEngineers | leads\trange\t\t1\t2\t\tCHF\t2024"))
    #expect(lines[2] == "b\tcity\t東京\tR\tpercentAboveNational\t\t\t\t21.8\tUSD\t\t\ts\t\t")
  }

  @Test func csvQuotesWhatNeedsQuotingAndEndsLinesWithCRLF() {
    let csv = SeparatedValues.csv(RecordTable.salaries(Array(awkward.prefix(1))))
    #expect(
      csv
        == "id,dimension,label,role,kind,amount,low,high,percent,currency,year,region,source,note,"
        + "aliases\r\n"
        + "a,city,\"Zürich, \"\"ZH\"\"\",Engineers | leads,range,,1,2,,CHF,2024,Europe,s,\"two\nlines\","
        + "\"zrh, zh\"\r\n"
    )
  }

  @Test func csvQuotesAWindowsLineBreak() {
    let record = SalaryRecord(
      id: "w", dimension: "level", label: "W", role: "R", figure: .amount(1), source: "s",
      note: "one\r\ntwo")
    #expect(SeparatedValues.csv(RecordTable.salaries([record])).hasSuffix(",s,\"one\r\ntwo\",\r\n"))
  }

  @Test func csvReadsBackToTheSameRecords() throws {
    for records in [awkward, data.records] {
      let rows = try CSVReader.rows(SeparatedValues.csv(RecordTable.salaries(records)))
      #expect(rows.first == SalaryLoader.recordFields)
      #expect(try rows.dropFirst().map(record(fromCells:)) == records)
    }
  }

  @Test func jsonReadsBackToTheSameRecords() throws {
    let dimensions = data.dimensions
    for records in [awkward, data.records] {
      let json = JSONWriter.render(SalaryExporter.output(records))
      let read = try SalaryLoader.records(
        try JSONParser.parse(json, file: "export.json").array(), dimensions: dimensions)
      #expect(read == records)
    }
  }

  @Test func jsonHasItsKeysInAStableOrderAndAmountsAsNumbers() throws {
    let json = JSONWriter.render(SalaryExporter.output(data.records))
    let values = try JSONParser.parse(json, file: "export.json").array()
    for value in values {
      // Keys without a value are left out; the others keep the order of the fields.
      let keys = try value.object().members.map(\.key)
      #expect(keys == SalaryLoader.recordFields.filter(keys.contains))
      #expect(keys.starts(with: ["id", "dimension", "label", "role", "kind"]))
    }
    #expect(!json.contains("null"))
    #expect(json.contains(#""amount": 136287,"#))
    #expect(json.contains(#""low": 101752,"#))
    #expect(json.contains(#""percent": 21.8,"#))
  }

  @Test func markdownHasAHeadingAndATablePerDimension() {
    let markdown = SalaryExporter.markdown(awkward, of: data)
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(headings == ["## By city", "## By career level"])
    #expect(markdown.contains(#"| Zürich, "ZH" | Engineers \| leads | 1 CHF – 2 CHF |"#))
    #expect(markdown.contains("| :--- | :--- | ---: |"))
    #expect(markdown.contains("two lines"))
    #expect(
      markdown.hasSuffix(
        "_Note: For where the sources' figures disagree, see 'mlcareer show salaries'. "
          + "\(data.footnote.markdownEscaped)_\n"))
  }

  @Test func markdownOfTheGuideHasEveryFigure() {
    let markdown = SalaryExporter.markdown(data.records, of: data)
    for record in data.records {
      #expect(
        markdown.contains("| \(SalaryFormatter.figure(record).markdownEscaped) |"), "\(record.id)")
    }
  }

  /// A record from the cells of a csv row, numbers read back by kind.
  private func record(fromCells cells: [String]) throws -> SalaryRecord {
    let field = Dictionary(uniqueKeysWithValues: zip(SalaryLoader.recordFields, cells))
    func int(_ key: String) throws -> Int { try #require(Int(field[key] ?? "")) }
    let figure: SalaryFigure =
      switch SalaryKind(rawValue: field["kind"] ?? "") {
      case .amount: .amount(try int("amount"))
      case .average: .average(try int("amount"))
      case .approximate: .approximate(try int("amount"))
      case .upTo: .upTo(try int("amount"))
      case .range: .range(low: try int("low"), high: try int("high"))
      case .averageRange: .averageRange(low: try int("low"), high: try int("high"))
      case .percentAboveNational: .percentAboveNational(try #require(Double(field["percent"]!)))
      case .noFigure, nil: .noFigure
      }
    func optional(_ key: String) -> String? { field[key].flatMap { $0.isEmpty ? nil : $0 } }
    return SalaryRecord(
      id: field["id"]!, dimension: field["dimension"]!, label: field["label"]!,
      role: field["role"]!, figure: figure, currency: field["currency"]!,
      year: optional("year").flatMap { Int($0) }, region: optional("region"),
      source: field["source"]!, note: optional("note"),
      aliases: optional("aliases")?.components(separatedBy: ", ") ?? [])
  }
}

/// A strict RFC 4180 reader for the tests: CRLF line ends, quoted fields with doubled quotes.
enum CSVReader {
  struct Malformed: Error {}

  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var characters = Array(text)[...]
    var quoted = false
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        guard field.isEmpty else { throw Malformed() }
        quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r\n":
        row.append(field)
        rows.append(row)
        (row, field) = ([], "")
      case "\n", "\r":
        throw Malformed()
      default:
        field.append(character)
      }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
    return rows
  }
}
