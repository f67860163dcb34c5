import Foundation
import Markdown

@testable import GuideModel
@testable import MLCareerCore

/// Checks that every money and percentage figure in prose is one of the typed records' figures,
/// and that any year or region the prose attaches to it is that record's own.
///
/// The rule, exactly:
/// - Prose is read one sentence at a time. A sentence is a paragraph, a list item's text, a
///   heading or a table row, or a part of one cut after `.`, `!` or `?` where a space and a
///   capital letter follow. Semicolons and colons do not cut.
/// - A *figure* is money, `$` and a number with an optional `billion`, or a range written
///   `$A–$B`, `$A–B`, `$A-B` or `$A to $B` (then one figure); a percentage, a number followed
///   by `%`; or a count, a number grouped in thousands without `$` (`1,000,000`).
/// - A figure *matches* a record when their units agree (dollars, billions of dollars, percent,
///   count) and, for a range, its two ends are the record's low and high; for one number, it is
///   the record's amount or one end of the record's range (`the mid-level floor of $132,830`).
///   A figure that matches no record breaks the rule.
/// - A *year* is a number from 1900 to 2099 outside the figures. A *region* is `US` (but not
///   `US dollars`), `U.S.`, `USA` or `United States`, all the United States; or `global`,
///   `globally` or `worldwide`.
/// - A year or region *attaches* to every figure in its own sentence. A sentence without a
///   figure sets a scope instead: its years and regions attach to every figure after it in its
///   passage, in the passages under it and, unless it is a heading, in the passages after it
///   under the same parent. So a topic's lead covers the whole topic, a section's heading its
///   section, a table's header its rows, and `For the United States in 2024:` what follows it.
/// - For every year and region attached to a figure, some record the figure matches must have
///   that year (its `year`, or an end of its `period`) and that region (a salary record's
///   `region`; a market figure is global when its label says so). `$132,830–$207,165 in 2024`
///   breaks the rule because the mid-level record has no year; `$187.95 billion worldwide`
///   because the healthcare figure has no region.
///
/// Negations are not understood: `not for the US` names the US. Say what is missing without
/// naming it: `no region is given`.
struct FigureProvenanceChecker {
  /// What a figure counts.
  enum Unit: Hashable, CustomStringConvertible {
    case dollars, billionDollars, percent, count

    var description: String {
      switch self {
      case .dollars: "dollars"
      case .billionDollars: "billions of dollars"
      case .percent: "percent"
      case .count: "count"
      }
    }
  }

  /// A typed record as the rule compares it: its numbers, years and region.
  struct Record: Equatable {
    var id: String
    var unit: Unit
    var low: Double
    var high: Double
    var isRange = false
    /// The record's year, or both ends of its period; empty when it has neither.
    var years: Set<Int> = []
    /// `United States`, `global` or nil.
    var region: String? = nil
  }

  /// A figure found in prose.
  struct Figure: Equatable {
    var text: String
    var unit: Unit
    var low: Double
    var high: Double
    var isRange: Bool
  }

  /// One break of the rule: the sentence and what is wrong in it.
  struct Violation: Equatable, CustomStringConvertible {
    var sentence: String
    var message: String
    var description: String { "\(message)\n    in: \(sentence)" }
  }

  /// What checking found: how many figures and labelled figures were checked, and the breaks.
  struct Report {
    var figures = 0
    var labelledFigures = 0
    var violations: [Violation] = []
  }

  let records: [Record]

  init(records: [Record]) {
    self.records = records
  }

  /// The checker for the guide's salary records and market figures.
  init(salaries: [SalaryRecord], market: [MarketFigure]) {
    records = salaries.compactMap(Self.record) + market.compactMap(Self.record)
  }

  /// A piece of prose and the passages it scopes.
  struct Passage {
    var text: String
    var children: [Passage] = []
    /// Whether a scope set in `text` also covers the passages after this one (not so for
    /// headings of sections and tables).
    var scopesSiblings = true
  }

  /// The years and regions in force.
  struct Labels {
    var years: Set<Int> = []
    var regions: Set<String> = []
    var isEmpty: Bool { years.isEmpty && regions.isEmpty }

    mutating func formUnion(_ other: Labels) {
      years.formUnion(other.years)
      regions.formUnion(other.regions)
    }
  }

  /// Checks `text` read as paragraphs, one a line.
  func check(_ text: String) -> Report {
    check(text.split(separator: "\n").map { Passage(text: String($0)) })
  }

  /// Checks every sentence of `passages` and of the passages under them.
  func check(_ passages: [Passage]) -> Report {
    var report = Report()
    check(passages, scope: Labels(), into: &report)
    return report
  }

  private func check(_ passages: [Passage], scope: Labels, into report: inout Report) {
    var scope = scope
    for passage in passages {
      var own = scope
      for sentence in Self.sentences(passage.text) {
        let (figures, rest) = Self.figures(in: sentence)
        let labels = Self.labels(in: rest)
        if figures.isEmpty {
          own.formUnion(labels)
        } else {
          var attached = own
          attached.formUnion(labels)
          check(figures, labelled: attached, in: sentence, into: &report)
        }
      }
      check(passage.children, scope: own, into: &report)
      if passage.scopesSiblings { scope = own }
    }
  }

  private func check(
    _ figures: [Figure], labelled labels: Labels, in sentence: String, into report: inout Report
  ) {
    for figure in figures {
      report.figures += 1
      let matching = records.filter { Self.figure(figure, matches: $0) }
      guard !matching.isEmpty else {
        report.violations.append(
          Violation(
            sentence: sentence,
            message: "\(figure.text) (\(figure.unit)) matches no salary record or market figure"))
        continue
      }
      if !labels.isEmpty { report.labelledFigures += 1 }
      let ids = matching.map(\.id).joined(separator: ", ")
      for year in labels.years.sorted() where !matching.contains(where: { $0.years.contains(year) })
      {
        let has = Set(matching.flatMap(\.years)).sorted().map(String.init)
        report.violations.append(
          Violation(
            sentence: sentence,
            message: "\(figure.text) is given the year \(year) here, but its record (\(ids)) "
              + (has.isEmpty ? "has no year" : "has \(has.joined(separator: ", "))")))
      }
      for region in labels.regions.sorted()
      where !matching.contains(where: { $0.region == region }) {
        let has = Set(matching.compactMap(\.region)).sorted().joined(separator: ", ")
        report.violations.append(
          Violation(
            sentence: sentence,
            message: "\(figure.text) is given the region \(region) here, but its record (\(ids)) "
              + (has.isEmpty ? "has no region" : "has \(has)")))
      }
    }
  }

  /// The years and regions `text` names.
  static func labels(in text: String) -> Labels {
    Labels(
      years: Set(matches(yearPattern, in: text).compactMap { Int($0) }),
      regions: regions(in: text))
  }

  static func figure(_ figure: Figure, matches record: Record) -> Bool {
    guard figure.unit == record.unit else { return false }
    if figure.isRange {
      return record.isRange && figure.low == record.low && figure.high == record.high
    }
    return figure.low == record.low || figure.low == record.high
  }

  // MARK: Reading prose

  /// `line` cut after `.`, `!` or `?` where a space and a capital letter (or `*`, `(`) follow.
  static func sentences(_ line: String) -> [String] {
    let marked = line.replacingOccurrences(
      of: #"(?<=[.!?])\s+(?=[A-Z*(])"#, with: "\n", options: .regularExpression)
    return marked.split(separator: "\n").map(String.init)
  }

  private static let number = #"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"#
  private static let moneyPattern =
    #"\$"# + number + #"(?:(?:\s*[–-]\s*\$?|\s+to\s+\$)"# + number + #")?(\s+billion\b)?"#
  private static let percentPattern = #"(?<![\d.,])(\d+(?:\.\d+)?)\s?%"#
  private static let countPattern = #"(?<![\d.,$])(\d{1,3}(?:,\d{3})+)(?![\d%]|[.,]\d)"#
  private static let yearPattern = #"(?<![\d$.,])(?:19|20)\d\d(?![\d%]|[.,]\d)"#

  /// The figures in `sentence`, and the sentence with them blanked out.
  static func figures(in sentence: String) -> (figures: [Figure], rest: String) {
    var figures: [Figure] = []
    var rest = sentence as NSString
    for pattern in [moneyPattern, percentPattern, countPattern] {
      let expression = try! NSRegularExpression(pattern: pattern)
      let whole = NSRange(location: 0, length: rest.length)
      for match in expression.matches(in: rest as String, range: whole) {
        let text = rest.substring(with: match.range)
        func value(_ group: Int) -> Double? {
          let range = match.range(at: group)
          guard range.location != NSNotFound else { return nil }
          return Double(rest.substring(with: range).replacingOccurrences(of: ",", with: ""))
        }
        guard let low = value(1) else { continue }
        let unit: Unit
        if pattern == percentPattern {
          unit = .percent
        } else if pattern == countPattern {
          unit = .count
        } else {
          unit = match.range(at: 3).location == NSNotFound ? .dollars : .billionDollars
        }
        let high = pattern == moneyPattern ? value(2) : nil
        figures.append(
          Figure(text: text, unit: unit, low: low, high: high ?? low, isRange: high != nil))
      }
      // Blank the figures out, so their digits are not read as years.
      for match in expression.matches(in: rest as String, range: whole) {
        rest =
          rest.replacingCharacters(
            in: match.range, with: String(repeating: " ", count: match.range.length)) as NSString
      }
    }
    return (figures, rest as String)
  }

  /// The regions `text` names, as `United States` or `global`.
  static func regions(in text: String) -> Set<String> {
    var regions: Set<String> = []
    let unitedStates =
      #"(?<![A-Za-z.])(?:U\.S\.|USA|US(?! dollars?\b))(?![A-Za-z])|\b[Uu]nited [Ss]tates\b"#
    if !matches(unitedStates, in: text).isEmpty {
      regions.insert("United States")
    }
    if !matches(#"(?i)\b(?:global|globally|worldwide)\b"#, in: text).isEmpty {
      regions.insert("global")
    }
    return regions
  }

  private static func matches(_ pattern: String, in text: String) -> [String] {
    let expression = try! NSRegularExpression(pattern: pattern)
    let string = text as NSString
    return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map {
      string.substring(with: $0.range)
    }
  }

  // MARK: Records

  /// A salary record as the rule sees it; nil for one without a figure.
  static func record(_ salary: SalaryRecord) -> Record? {
    let years: Set<Int> = salary.year.map { [$0] } ?? []
    let place = salary.region.map { Self.region(named: $0) }
    switch salary.figure {
    case .range(let low, let high), .averageRange(let low, let high):
      return Record(
        id: salary.id, unit: .dollars, low: Double(low), high: Double(high), isRange: true,
        years: years, region: place)
    case .percentAboveNational(let percent):
      return Record(
        id: salary.id, unit: .percent, low: percent, high: percent, years: years, region: place)
    case .noFigure:
      return nil
    default:
      let amount = Double(salary.figure.amount ?? 0)
      return Record(
        id: salary.id, unit: .dollars, low: amount, high: amount, years: years, region: place)
    }
  }

  /// A market figure as the rule sees it; nil for an amount in a unit other than dollars.
  static func record(_ figure: MarketFigure) -> Record? {
    var years: Set<Int> = figure.year.map { [$0] } ?? []
    if let period = figure.period {
      years.formUnion(period.split(separator: "-").compactMap { Int($0) })
    }
    let region = figure.label.lowercased().contains("global") ? "global" : nil
    func unit(_ name: String) -> Unit? {
      if name == "USD" { return .dollars }
      return name.hasPrefix("USD billion") ? .billionDollars : nil
    }
    switch figure.value {
    case .amount(let value, let name):
      guard let unit = unit(name) else { return nil }
      return Record(
        id: figure.id, unit: unit, low: value, high: value, years: years, region: region)
    case .range(let low, let high, let name):
      guard let unit = unit(name) else { return nil }
      return Record(
        id: figure.id, unit: unit, low: low, high: high, isRange: true, years: years,
        region: region)
    case .percent(let value):
      return Record(
        id: figure.id, unit: .percent, low: value, high: value, years: years, region: region)
    case .count(let value):
      return Record(
        id: figure.id, unit: .count, low: Double(value), high: Double(value), years: years,
        region: region)
    }
  }

  /// `United States` for the names of the United States, `global` for global, else the name.
  static func region(named name: String) -> String {
    let found = Self.regions(in: name)
    return found.count == 1 ? found.first! : name
  }

  // MARK: Topics

  /// A topic as passages: its lead over its introduction and sections, each section's heading
  /// over its blocks.
  static func passages(of topic: Topic) -> [Passage] {
    let sections = topic.sections.map { section in
      Passage(text: section.title, children: passages(section.blocks), scopesSiblings: false)
    }
    return [
      Passage(text: topic.summaryText, children: passages(topic.introduction) + sections)
    ]
  }

  /// Blocks as passages: a list item's first paragraph over its other blocks, a table's header
  /// over its rows.
  static func passages(_ blocks: [MarkdownBlock]) -> [Passage] {
    blocks.flatMap { block -> [Passage] in
      switch block.kind {
      case .heading(_, let content), .paragraph(let content):
        return [Passage(text: content.plainText)]
      case .list(let list):
        return list.items.map { item in
          guard case .paragraph(let content)? = item.blocks.first?.kind else {
            return Passage(text: "", children: passages(item.blocks))
          }
          return Passage(
            text: content.plainText, children: passages(Array(item.blocks.dropFirst())))
        }
      case .blockQuote(let inner):
        return passages(inner)
      case .table(let table):
        func row(_ cells: [[MarkdownInline]]) -> String {
          cells.map(\.plainText).joined(separator: " | ")
        }
        return [
          Passage(
            text: row(table.header), children: table.rows.map { Passage(text: row($0)) },
            scopesSiblings: false)
        ]
      case .codeBlock, .thematicBreak, .html:
        return []
      }
    }
  }
}
