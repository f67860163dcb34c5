import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer salaries [--by DIMENSION] [--city TEXT] [--role TEXT] [--min AMOUNT] [--max AMOUNT]
/// [--currency CODE] [--sort amount|label] [--reverse] [--format …]`: the salary figures,
/// filtered and ordered.
enum SalariesCommand: Command {
  static let name = "salaries"

  /// `--by`: a dimension of the guide or a pack, so resolved by the command.
  static let by = Option<String?>(
    "by", value: "dimension", help: "Show the figures along this dimension only.",
    values: .dynamic("salary-dimensions"))

  static let city = Option<String?>(
    "city", value: "text",
    help: "Keep only rows whose location, or a short form such as nyc, has a word starting so.")

  static let role = Option<String?>(
    "role", value: "text", help: "Keep only rows whose role has words starting with this text.")

  static let minimum = amount(
    "min", help: "Keep only rows paying at least this amount (120k, $120,000, £90k, 90k GBP).")

  static let maximum = amount("max", help: "Keep only rows paying at most this amount.")

  static let currency = Option<String?>(
    "currency", value: "code", help: "Keep only figures in this currency, such as GBP.",
    expected: "a three-letter currency code such as USD or GBP"
  ) { text in SalaryQuery.isCurrencyCode(Substring(text)) ? text.uppercased() : nil }

  static let sort = Option<SalaryQuery.SortKey?>(
    "sort", value: "key",
    help: "Order the rows by amount or by label instead of the guide's order.",
    cases: SalaryQuery.SortKey.self)

  static let reverse = Flag("reverse", help: "Reverse the order of the rows.")

  static let chart = Flag(
    "chart",
    help: "Draw the figures as bars on one axis, in dollars or --currency's; others are listed.")

  static let format = Option.format(
    OutputFormat.records,
    text: "a table on a terminal and one tab-separated figure a line when piped")

  static let spec = CommandSpec(
    name,
    abstract: "Show salary figures, broken down, filtered and sorted as you ask.",
    discussion: """
      The figures are yearly pay, each in its own currency (the guide's in US dollars), as \
      reported by the sources. Without --by, every figure is shown; --by groups them along one \
      dimension, such as experience or location. --city, --role, --min, --max and --currency \
      keep only the matching rows. --city and --role match words from their start, in any \
      case: 'san fran' finds San Francisco, 'ancisco' finds nothing. A range matches when it \
      overlaps --min and --max. An amount with no currency is in US dollars, or in --currency's; \
      figures in another currency never pass it, nothing is converted, and standard error says \
      how many were left out.

      On a terminal each dimension is a table, or one block per figure on a narrow screen. \
      Piped, the output is plain: one figure a line, every column, tab-separated, for grep. The \
      tsv, csv and json formats, with amounts as plain numbers, are meant for spreadsheets and \
      other programs. In these one-list outputs --sort orders every figure as one list, each \
      currency in turn, so 'mlcareer salaries --sort amount --reverse | head -1' is the highest \
      figure; tables sort within each dimension.
      """,
    options: [
      by.spec, city.spec, role.spec, minimum.spec, maximum.spec, currency.spec, sort.spec,
      reverse.spec, chart.spec, format.spec,
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
    let data = context.library().salaryData()
    let parsed = context.parsed
    var query = SalaryQuery(
      city: parsed[city], role: parsed[role], minimum: parsed[minimum], maximum: parsed[maximum],
      currency: parsed[currency], sort: parsed[sort], reverse: parsed[reverse])
    if let name = parsed[by] {
      // A dimension the data lacks is a bad value, as one outside --sort's list is.
      let names = "one of: " + data.dimensions.map(\.id).joined(separator: ", ")
      switch data.resolveDimension(name) {
      case .found(let dimension): query.dimension = dimension.id
      case .ambiguous(let ids), .notFound(let ids):
        throw .usage(parsed.unusableValue(name, for: by, expected: names, suggestion: ids.first))
      }
    }
    do {
      try query.checkBounds()
    } catch {
      throw .usage(parsed.inconsistentValues(error.description))
    }
    let format = parsed[format]
    let table = format == .text && context.showsScreen
    // The chart, like the table, keeps each dimension together.
    query.acrossDimensions = !table && format != .markdown && !parsed[chart]

    let records = query.apply(to: data)
    for (other, count) in query.otherCurrencies(in: data) {
      Console.error(
        "mlcareer: note: \(count) figure\(count == 1 ? "" : "s") in \(other) left out: "
          + "amounts compare within one currency, here \(query.amountCurrency); see "
          + (count == 1 ? "it" : "them") + " with --currency \(other)\n")
    }
    guard !records.isEmpty else { throw .failure(noMatch(query, data: data, parsed: parsed)) }
    if parsed[chart] {
      context.print(SalaryChartRenderer.render(records, of: data, options: context.renderOptions))
      return
    }
    context.print(
      format, json: { SalaryExporter.output(records) }, rows: { RecordTable.salaries(records) },
      markdown: { SalaryExporter.markdown(records, of: data) },
      text: {
        table
          ? SalaryTableRenderer.render(records, of: data, options: $0)
          : SalaryExporter.plain(records)
      })
  }

  /// `--min` or `--max`: an amount such as 120k, $120,000 or 90k GBP; `nil` when not given.
  private static func amount(_ long: String, help: String) -> Option<Money?> {
    Option(
      long, value: "amount", help: help,
      expected: "an amount such as 120000, 120k, $120,000, £90k or 90k GBP"
    ) { text in SalaryQuery.amount(text) }
  }

  /// What to say when nothing matches: the filters given, and where to look instead.
  private static func noMatch(_ query: SalaryQuery, data: SalaryData, parsed: ParsedCommand)
    -> String
  {
    // The filters as typed: `--min 100k`, not the amount it stands for.
    let given = [by.spec, city.spec, role.spec, minimum.spec, maximum.spec, currency.spec]
      .compactMap { option in
        parsed.given(option)?.last.map { "\(option.longName) '\($0.terminalSafe())'" }
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
