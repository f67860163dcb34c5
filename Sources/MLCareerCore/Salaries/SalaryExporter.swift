import GuideModel
import TextSupport

/// Writes salary records as `mlcareer salaries` prints them in a pipe, and as JSON and
/// Markdown; csv and tsv are `RecordTable.salaries`, the table `SalaryTableRenderer`.
package enum SalaryExporter {
  /// One record per line: dimension, label, role, figure as printed, kind, currency, year,
  /// region, source and note, tab-separated, so `grep` finds a record's whole line.
  package static func plain(_ records: [SalaryRecord]) -> String {
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
}
