import GuideModel
import TextSupport

/// Writes salary records as `mlcareer salaries` prints them in a pipe, and as JSON and
/// Markdown; csv and tsv are `RecordTable.salaries`, the table `SalaryTableRenderer`.
package enum SalaryExporter {
  /// One record per line: dimension, label, role, figure as printed, kind, currency, year,
  /// region, source, note and aliases, tab-separated, so `grep` finds a record's whole line.
  package static func plain(_ records: [SalaryRecord]) -> String {
    SeparatedValues.tsv(
      records.map { record in
        [
          record.dimension, record.label, record.role, SalaryFormatter.figure(record),
          record.kind.rawValue, record.currency, record.year.map(String.init) ?? "",
          record.region ?? "", record.attribution, record.note ?? "",
          record.aliases.joined(separator: ", "),
        ]
      })
  }
}
