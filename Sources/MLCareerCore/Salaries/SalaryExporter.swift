import TextSupport

/// Writes salary records in every format `mlcareer salaries --format` offers.
public enum SalaryExporter {
  /// One record per line: dimension, label, role, figure as printed, kind, currency, year,
  /// region, source and note, tab-separated, so `grep` finds a record's whole line.
  static func plain(_ records: [SalaryRecord]) -> String {
    var writer = SeparatedValues.Writer(comma: false, capacity: records.count * 160)
    for record in records {
      writer.field(record.dimension)
      writer.field(record.label)
      writer.field(record.role)
      writer.field(SalaryFormatter.figure(record))
      writer.field(record.kind.rawValue)
      writer.field(record.currency)
      writer.field(record.year.map(String.init) ?? "")
      writer.field(record.region ?? "")
      writer.field(record.attribution)
      writer.field(record.note ?? "")
      writer.endRow()
    }
    return writer.output.string
  }

  /// The header row of the tsv and csv formats: the record fields of `Data/salaries.json`.
  static let columns = SalaryLoader.recordFields

  /// The fields of `record` in `columns` order, numbers unformatted, absent values empty.
  static func cells(_ record: SalaryRecord) -> [String] {
    let bounds = record.figure.rangeBounds
    return [
      record.id, record.dimension, record.label, record.role, record.kind.rawValue,
      record.figure.amount.map(String.init) ?? "", bounds.map { String($0.low) } ?? "",
      bounds.map { String($0.high) } ?? "",
      record.figure.percent.map(NumberFormatting.plain) ?? "", record.currency,
      record.year.map(String.init) ?? "", record.region ?? "", record.attribution,
      record.note ?? "",
    ]
  }

  /// A header row and one row per record, tab-separated, tabs and line breaks in values turned
  /// into spaces.
  static func tsv(_ records: [SalaryRecord]) -> String {
    SeparatedValues.tsv([columns] + records.map(cells))
  }

  /// RFC 4180: a header row, fields quoted when they hold a comma, quote or line break (quotes
  /// doubled), every line ended by CRLF.
  static func csv(_ records: [SalaryRecord]) -> String {
    SeparatedValues.csv([columns] + records.map(cells))
  }
}
