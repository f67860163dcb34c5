import GuideModel
import TextSupport

/// Writes salary records as `mlcareer salaries` prints them in a pipe, and as JSON and
/// Markdown; csv and tsv are `RecordTable.salaries`, the table `SalaryTableRenderer`.
public enum SalaryExporter {
  /// One record per line: dimension, label, role, figure as printed, kind, currency, year,
  /// region, source and note, tab-separated, so `grep` finds a record's whole line.
  public static func plain(_ records: [SalaryRecord]) -> String {
    // Written piece by piece into one buffer: gathering the pieces and joining them cost a
    // string array a record and a copy of every piece more.
    var output = OutputBuffer(capacity: records.count * 160)
    for record in records {
      field(record.dimension, first: true, into: &output)
      field(record.label, into: &output)
      field(record.role, into: &output)
      field(SalaryFormatter.figure(record), into: &output)
      field(record.kind.rawValue, into: &output)
      field(record.currency, into: &output)
      field(record.year.map(String.init) ?? "", into: &output)
      field(record.region ?? "", into: &output)
      field(record.attribution, into: &output)
      field(record.note ?? "", into: &output)
      output.append(byte: 0x0A)
    }
    return output.string
  }

  /// Writes `value` as `asTabSeparatedField` writes it, after a tab unless it is the first of
  /// its line. A value without tab or line break, nearly every one, is checked byte by byte
  /// and written as it is, as splitting it into characters cost more than all else
  /// `salaries` does (1.7 M of 5.5 M instructions).
  private static func field(_ value: String, first: Bool = false, into output: inout OutputBuffer) {
    if !first { output.append(byte: 0x09) }
    var value = value
    let plain = value.withUTF8 { bytes in
      !bytes.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
    output.append(plain ? value : value.asTabSeparatedField)
  }
}
