import JSON
import TestSupport
import Testing
import TextSupport

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore

/// The salary chart: bars on one dollar axis, drawn to scale and to the width, Unicode or ASCII,
/// figures without an amount listed rather than drawn.
@Suite struct SalaryChartRendererTests {
  static let location = TextSupport.SourceLocation(file: "fixture.json", line: 1, column: 1)

  /// Two dimensions with every kind of figure.
  static let data = SalaryData(
    dimensions: [
      SalaryDimension(id: "level", title: "By level", location: location),
      SalaryDimension(id: "city", title: "By city", location: location),
    ],
    records: records, footnote: "Fixture figures, not from any source.")

  static let records = [
    SalaryRecord(
      id: "junior", dimension: "level", label: "Junior", role: "Engineers",
      figure: .range(low: 60_000, high: 90_000), year: 2024, source: "s"),
    SalaryRecord(
      id: "senior", dimension: "level", label: "Senior", role: "Engineers",
      figure: .range(low: 120_000, high: 200_000), year: 2024, source: "s"),
    SalaryRecord(
      id: "top", dimension: "level", label: "Top earners", role: "Engineers",
      figure: .upTo(300_000), year: 2024, source: "s"),
    SalaryRecord(
      id: "springfield", dimension: "city", label: "Springfield", role: "Engineers",
      figure: .average(100_000), year: 2024, source: "s"),
    SalaryRecord(
      id: "shelbyville", dimension: "city", label: "Shelbyville", role: "Engineers",
      figure: .approximate(150_000), year: 2024, source: "s"),
    SalaryRecord(
      id: "ogdenville", dimension: "city", label: "Ogdenville", role: "Engineers",
      figure: .percentAboveNational(12.5), year: 2024, source: "s"),
    SalaryRecord(
      id: "north-haverbrook", dimension: "city", label: "North Haverbrook", role: "Engineers",
      figure: .noFigure, year: 2024, source: "s"),
  ]

  private func chart(
    _ records: [SalaryRecord] = records, width: Int, unicode: Bool = true, color: Bool = false
  ) -> String {
    SalaryChartRenderer.render(
      records, of: Self.data,
      options: RenderOptions(
        width: width, measure: min(width, 100), color: color, isTerminal: true, unicode: unicode))
  }

  @Test(arguments: [44, 90])
  func matchesItsSnapshot(width: Int) throws {
    try Snapshot.expect(chart(width: width), matches: "Salaries/chart-\(width).txt")
  }

  @Test func asciiChartMatchesItsSnapshot() throws {
    let text = chart(width: 72, unicode: false)
    try Snapshot.expect(text, matches: "Salaries/chart-ascii-72.txt")
    // The drawing is ASCII; the figures keep their own text (en dashes, middle dots).
    #expect(!text.contains { "█▏▎▍▌▋▊▉●├┼┤─".contains($0) })
    #expect(text.contains("####") && text.contains("+----"))
  }

  @Test(arguments: [40, 44, 60, 72, 80, 90, 120, 200])
  func noLineIsWiderThanTheWidth(width: Int) {
    for unicode in [true, false] {
      for line in chart(width: width, unicode: unicode, color: true).split(separator: "\n") {
        #expect(String(line).displayWidth <= width, "\(line)")
      }
    }
  }

  /// The bar of "up to" figures of `amounts`, measured in eighths of a cell.
  private func barLengths(_ amounts: [Int], width: Int, unicode: Bool) -> [Int] {
    let records = amounts.enumerated().map { index, amount in
      SalaryRecord(
        id: "r\(index)", dimension: "level", label: "Row \(index)", role: "Engineers",
        figure: .upTo(amount), source: "s")
    }
    let lines = chart(records, width: width, unicode: unicode).split(separator: "\n")
    return amounts.indices.map { index in
      let line = lines.first { $0.hasPrefix("  Row \(index) ") } ?? ""
      return line.reduce(0) { total, character in
        switch character {
        case "█", "#": total + 8
        case "▏": total + 1
        case "▎": total + 2
        case "▍": total + 3
        case "▌": total + 4
        case "▋": total + 5
        case "▊": total + 6
        case "▉": total + 7
        default: total
        }
      }
    }
  }

  @Test(arguments: [60, 100])
  func aBarsLengthIsProportionalToItsAmount(width: Int) {
    let amounts = [50_000, 100_000, 175_000, 400_000]
    let lengths = barLengths(amounts, width: width, unicode: true)
    #expect(lengths.allSatisfy { $0 > 0 }, "\(lengths)")
    let perDollar = Double(lengths[3]) / Double(amounts[3])
    for (amount, length) in zip(amounts, lengths) {
      // Within one eighth of a cell of exact proportion.
      #expect(abs(Double(length) - Double(amount) * perDollar) <= 1.0, "\(amount): \(length)")
    }
    let ascii = barLengths(amounts, width: width, unicode: false)
    let asciiPerDollar = Double(ascii[3]) / Double(amounts[3])
    for (amount, length) in zip(amounts, ascii) {
      // ASCII rounds to whole cells: within half a cell.
      #expect(abs(Double(length) - Double(amount) * asciiPerDollar) <= 4.0, "\(amount): \(length)")
    }
  }

  @Test func rangesStartAtTheirLowFigureAndSingleFiguresAreMarks() throws {
    let lines = chart(width: 90).split(separator: "\n").map(String.init)
    let junior = try #require(lines.first { $0.hasPrefix("  Junior") })
    let senior = try #require(lines.first { $0.hasPrefix("  Senior") })
    let top = try #require(lines.first { $0.hasPrefix("  Top earners") })
    let start = { (line: String) in line.firstIndex { "█▏▎▍▌▋▊▉".contains($0) } }
    let juniorStart = try #require(start(junior))
    let seniorStart = try #require(start(senior))
    let topStart = try #require(start(top))
    #expect(topStart < juniorStart, "an 'up to' bar starts at the axis start")
    #expect(juniorStart < seniorStart, "a range starts at its low figure")
    let springfield = try #require(lines.first { $0.hasPrefix("  Springfield") })
    #expect(springfield.filter { $0 == "●" }.count == 1)
    #expect(!springfield.contains("█"))
    #expect(junior.hasSuffix("$60,000 – $90,000"), "the amount beside the bar")
  }

  @Test func figuresWithoutAnAmountAreListedNotDrawn() throws {
    let text = chart(width: 90)
    let lines = text.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex { $0.hasPrefix("Not drawn") })
    let listed = lines[heading...]
    #expect(listed.contains { $0.contains("Ogdenville") && $0.contains("+12.5%") })
    #expect(listed.contains { $0.contains("North Haverbrook") && $0.contains("no figure given") })
    #expect(!lines[..<heading].contains { $0.contains("Ogdenville") })
  }

  @Test func everyDimensionSharesOneAxis() {
    let axes = chart(width: 90).split(separator: "\n").filter { $0.contains("├") }
    #expect(axes.count == 2)
    #expect(Set(axes).count == 1, "the same scale under every dimension")
  }

  @Test func anotherCurrencyIsNotPutOnTheDollarAxis() {
    let euros = SalaryRecord(
      id: "berlin", dimension: "city", label: "Berlin", role: "Engineers",
      figure: .average(70_000), currency: "EUR", source: "s")
    let text = chart(Self.records + [euros], width: 90)
    #expect(text.contains("Berlin") && text.contains("(in EUR, not on the dollar axis)"))
  }

  @Test(arguments: [20, 30, 40, 44, 60, 80, 120, 200])
  func everyTickHasALabelAtEveryWidth(width: Int) throws {
    for unicode in [true, false] {
      let lines = chart(width: width, unicode: unicode).split(separator: "\n").map(String.init)
      let axis = try #require(lines.firstIndex { $0.contains(unicode ? "├" : "+-") })
      let ticks = lines[axis].filter { (unicode ? "├┼┤" : "+").contains($0) }.count
      let labels = lines[axis + 1].split(separator: " ").filter { $0.hasPrefix("$") }.count
      #expect(ticks == labels, "\(lines[axis])\n\(lines[axis + 1])")
    }
  }

  @Test func labelsTakeTheRoomTheyNeedBeforeTheBarsShrink() throws {
    let long = SalaryRecord(
      id: "long", dimension: "level", label: "Data scientists with machine learning expertise",
      role: "Engineers", figure: .range(low: 1, high: 2), source: "s")
    for width in [120, 200] {
      let lines = chart([long] + Self.records, width: width).split(separator: "\n")
      let row = try #require(lines.first { $0.hasPrefix("  Data scientists") })
      #expect(row.contains("expertise") && row.hasSuffix("$1 – $2"), "one line at \(width)")
      #expect(lines.allSatisfy { $0.count <= width })
    }
    let wide = chart(width: 200).split(separator: "\n")
    #expect(wide.contains { $0.count > 180 }, "the chart fills a wide screen")
  }

  @Test func figuresInOneOtherCurrencyAreDrawnOnAnAxisOfTheirOwn() throws {
    let pounds = Self.records.filter { $0.dimension == "level" }.map { record in
      SalaryRecord(
        id: record.id, dimension: record.dimension, label: record.label, role: record.role,
        figure: record.figure, currency: "GBP", source: "s")
    }
    let text = chart(pounds, width: 60)
    #expect(text.contains("£0") && text.contains("£100k") && !text.contains("$"))
    #expect(text.contains("60,000 GBP – 90,000 GBP") && !text.contains("Not drawn"))
  }

  @Test func anAxisForTheLargestAmountAPackMayGiveDoesNotOverflow() {
    let huge = SalaryRecord(
      id: "huge", dimension: "level", label: "Huge", role: "Engineers",
      figure: .upTo(SalaryLoader.largestAmount), source: "s")
    #expect(chart([huge], width: 60).contains("up to $1,000,000,000,000"))
    let axis = SalaryChartRenderer.Axis(maximum: .max, columns: 40)
    #expect(axis.maximum >= SalaryLoader.largestAmount)
  }
}
