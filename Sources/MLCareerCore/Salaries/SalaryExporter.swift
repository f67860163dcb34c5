import TextSupport

/// Writes salary records in every format `mlcareer salaries --format` offers.
public enum SalaryExporter {
  /// One record per line: dimension, label, role, figure as printed, kind, currency, year,
  /// region, source and note, tab-separated, so `grep` finds a record's whole line.
  static func plain(_ records: [SalaryRecord]) -> String {
    // The pieces gathered and copied once into the result (see `concatenated`).
    var pieces: [String] = []
    pieces.reserveCapacity(records.count * 20)
    for record in records {
      let fields = [
        record.dimension, record.label, record.role, SalaryFormatter.figure(record),
        record.kind.rawValue, record.currency, record.year.map(String.init) ?? "",
        record.region ?? "", record.attribution, record.note ?? "",
      ]
      for (index, field) in fields.enumerated() {
        if index > 0 { pieces.append("\t") }
        pieces.append(tabSeparatedField(field))
      }
      pieces.append("\n")
    }
    return pieces.concatenated()
  }

  /// `value` as `asTabSeparatedField` writes it; a value without tab or line break, nearly
  /// every one, is checked byte by byte and kept, as splitting it into characters cost more
  /// than all else `salaries` does (1.7 M of 5.5 M instructions).
  private static func tabSeparatedField(_ value: String) -> String {
    var value = value
    let plain = value.withUTF8 { bytes in
      !bytes.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
    return plain ? value : value.asTabSeparatedField
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
