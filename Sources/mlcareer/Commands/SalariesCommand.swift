import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer salaries [--by DIMENSION] [--city TEXT] [--role TEXT] [--min AMOUNT] [--max AMOUNT]
/// [--sort amount|label] [--reverse] [--format …]`: the salary figures, filtered and ordered.
enum SalariesCommand: Command {
  static let name = "salaries"

  /// `--by`: a dimension of the guide or a pack, so resolved by the command.
  static let by = Option<String?>(
    "by", value: "dimension", help: "Show the figures along this dimension only.",
    values: .dynamic("salary-dimensions"))

  static let city = Option<String?>(
    "city", value: "text", help: "Keep only rows whose location contains this text.")

  static let role = Option<String?>(
    "role", value: "text", help: "Keep only rows whose role contains this text.")

  static let minimum = amount(
    "min", help: "Keep only rows paying at least this amount (120000, 120k or $120,000).")

  static let maximum = amount("max", help: "Keep only rows paying at most this amount.")

  static let sort = Option<SalaryQuery.SortKey?>(
    "sort", value: "key",
    help: "Order the rows by amount or by label instead of the guide's order.",
    cases: SalaryQuery.SortKey.self)

  static let reverse = Flag("reverse", help: "Reverse the order of the rows.")

  static let chart = Flag(
    "chart", help: "Draw the figures as bars on one dollar axis; figures with no amount are listed."
  )

  static let format = Option.format(
    OutputFormat.records,
    text: "a table on a terminal and one tab-separated figure a line when piped")

  static let spec = CommandSpec(
    name,
    abstract: "Show salary figures, broken down, filtered and sorted as you ask.",
    discussion: """
      The figures are yearly pay in US dollars, as reported by the guide's sources. Without \
      --by, every figure is shown; --by groups them along one dimension, such as experience or \
      location. --city, --role, --min and --max keep only the matching rows; a range matches \
      when it overlaps --min and --max.

      On a terminal each dimension is a table, or one block per figure on a narrow screen. \
      Piped, the output is plain: one figure a line, every column, tab-separated, for grep. The \
      tsv, csv and json formats, with amounts as plain numbers, are meant for spreadsheets and \
      other programs. In these \
      one-list outputs --sort orders every figure as one list, so 'mlcareer salaries --sort \
      amount --reverse | head -1' is the highest figure; tables sort within each dimension.
      """,
    options: [
      by.spec, city.spec, role.spec, minimum.spec, maximum.spec, sort.spec, reverse.spec,
      chart.spec, format.spec,
    ],
    examples: [
      .init(
        "mlcareer salaries --by experience --chart",
        "Compare pay from entry level to senior as bars on one axis."),
      .init(
        "mlcareer salaries --by city --sort amount --reverse",
        "City averages, highest first, then top-paying cities the sources give no average for."),
      .init("mlcareer salaries | grep -i francisco", "Find one figure in the plain output."),
      .init("mlcareer salaries --format csv > salaries.csv", "Save the figures for a spreadsheet."),
    ],
    rules: [.exclusive([chart.spec.long, format.spec.long])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let data = try context.salaryData()
    let parsed = context.parsed
    var query = SalaryQuery()
    if let name = parsed[by] {
      let names = data.dimensions.map(\.id).joined(separator: ", ")
      query.dimension = try data.resolveDimension(name).resolved(
        kind: "salary dimension", name: name, hint: "Dimensions: \(names)."
      ).id
    }
    query.city = parsed[city]
    query.role = parsed[role]
    query.minimum = parsed[minimum]
    query.maximum = parsed[maximum]
    do {
      try SalaryQuery.checkBounds(minimum: query.minimum, maximum: query.maximum)
    } catch {
      throw .usage(parsed.inconsistentValues(error.description))
    }
    query.sort = parsed[sort]
    query.reverse = parsed[reverse]
    let format = parsed[format]
    let table = format == .text && context.terminal.isTerminal
    // The chart, like the table, keeps each dimension together.
    query.acrossDimensions = !table && format != .markdown && !parsed[chart]

    let records = query.apply(to: data)
    guard !records.isEmpty else { throw .failure(noMatch(query, data: data, parsed: parsed)) }
    if parsed[chart] {
      context.print(SalaryChartRenderer.render(records, of: data, options: context.renderOptions))
      return
    }
    switch format {
    case .json:
      context.print(json: SalaryExporter.output(records))
    case .markdown:
      context.print(SalaryExporter.markdown(records, of: data))
    case .csv, .tsv:
      context.print(rows: RecordTable.salaries(records), as: format)
    case .text, .html:  // the parser takes html for export only
      context.print(
        table
          ? SalaryTableRenderer.render(records, of: data, options: context.renderOptions)
          : SalaryExporter.plain(records))
    }
  }

  /// `--min` or `--max`: an amount such as 120000, 120k or $120,000; `nil` when not given.
  private static func amount(_ long: String, help: String) -> Option<Int?> {
    Option(
      long, value: "amount", help: help, expected: "an amount such as 120000, 120k or $120,000"
    ) { text in try? SalaryQuery.amount(text) }
  }

  /// What to say when nothing matches: the filters given, and where to look instead.
  private static func noMatch(_ query: SalaryQuery, data: SalaryData, parsed: ParsedCommand)
    -> String
  {
    // The filters as typed: `--min 100k`, not the amount it stands for.
    let given = [by.spec, city.spec, role.spec, minimum.spec, maximum.spec].compactMap { option in
      parsed.given(option).last.map { "\(option.longName) '\($0.terminalSafe())'" }
    }
    var message = "no salary figure matches " + given.joined(separator: " ")
    if let city = query.city, SalaryQuery(city: city).apply(to: data).isEmpty {
      let cities = SalaryQuery(dimension: SalaryQuery.cityDimension).apply(to: data).map(\.label)
      message += "\nCities in the guide: \(cities.joined(separator: "; "))."
    } else {
      message += "\nRun 'mlcareer salaries' to see every figure."
    }
    return message
  }
}
