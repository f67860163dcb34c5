import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer salaries [--by DIMENSION] [--city TEXT] [--role TEXT] [--min AMOUNT] [--max AMOUNT]
/// [--sort amount|label] [--reverse] [--format …]`: the salary figures, filtered and ordered.
enum SalariesCommand: Command {
  /// What the command accepts and what its help says.
  static let name = "salaries"

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
      OptionSpec(
        "by", value: "dimension", help: "Show the figures along this dimension only.",
        values: .dynamic("salary-dimensions")),
      OptionSpec("city", value: "text", help: "Keep only rows whose location contains this text."),
      OptionSpec("role", value: "text", help: "Keep only rows whose role contains this text."),
      OptionSpec(
        "min", value: "amount",
        help: "Keep only rows paying at least this amount (120000, 120k or $120,000)."),
      OptionSpec("max", value: "amount", help: "Keep only rows paying at most this amount."),
      OptionSpec(
        "sort", value: "key",
        help: "Order the rows by amount or by label instead of the guide's order.",
        values: .cases(of: SalaryQuery.SortKey.self)),
      .flag("reverse", help: "Reverse the order of the rows."),
      .flag(
        "chart",
        help: "Draw the figures as bars on one dollar axis; figures with no amount are listed."),
      .format(
        OutputFormat.records,
        text: "a table on a terminal and one tab-separated figure a line when piped"),
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
    rules: [.exclusive(["chart", "format"])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let data = try context.salaryData()
    let parsed = context.parsed
    var query = SalaryQuery()
    if let name = parsed.value(of: "by") {
      let names = data.dimensions.map(\.id).joined(separator: ", ")
      query.dimension = try data.resolveDimension(name).resolved(
        kind: "salary dimension", name: name, hint: "Dimensions: \(names)."
      ).id
    }
    query.city = parsed.value(of: "city")
    query.role = parsed.value(of: "role")
    query.minimum = try amount("min", context: context)
    query.maximum = try amount("max", context: context)
    do {
      try SalaryQuery.checkBounds(minimum: query.minimum, maximum: query.maximum)
    } catch {
      throw .usage(parsed.inconsistentValues(error.description))
    }
    query.sort = parsed.value(of: "sort", as: SalaryQuery.SortKey.self)
    query.reverse = parsed.flag("reverse")
    let format = format(context)
    // The chart, like the table, keeps each dimension together.
    query.acrossDimensions = format != .table && format != .markdown && !parsed.flag("chart")

    let records = query.apply(to: data)
    guard !records.isEmpty else { throw .failure(noMatch(query, data: data, parsed: parsed)) }
    if parsed.flag("chart") {
      context.print(SalaryChartRenderer.render(records, of: data, options: context.renderOptions))
      return
    }
    context.print(
      SalaryExporter.render(records, of: data, format: format, options: context.renderOptions))
  }

  /// The format asked for; text is a table on a terminal and plain lines in a pipe.
  private static func format(_ context: CommandContext) -> SalaryFormat {
    switch context.format {
    case .text, .html: context.terminal.isTerminal ? .table : .plain  // html: export only
    case .json: .json
    case .markdown: .markdown
    case .csv: .csv
    case .tsv: .tsv
    }
  }

  /// The amount of option `name`, or `nil` when it is not given; a usage error when it is not
  /// an amount.
  private static func amount(_ name: String, context: CommandContext) throws(CommandError) -> Int? {
    guard let text = context.parsed.value(of: name) else { return nil }
    do {
      return try SalaryQuery.amount(text)
    } catch {
      throw .usage(
        context.parsed.unusableValue(
          text, for: name, expected: "an amount such as 120000, 120k or $120,000"))
    }
  }

  /// What to say when nothing matches: the filters given, and where to look instead.
  private static func noMatch(_ query: SalaryQuery, data: SalaryData, parsed: ParsedCommand)
    -> String
  {
    let given = ["by", "city", "role", "min", "max"].compactMap { name in
      parsed.value(of: name).map { "--\(name) '\($0.terminalSafe())'" }
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
