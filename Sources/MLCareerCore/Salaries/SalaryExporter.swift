import GuideModel
import JSON
import Markdown
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

  /// A JSON array of records, each with the keys of `SalaryLoader.recordFields` in that order
  /// (a key whose value does not apply is left out, as in all our JSON) and amounts as numbers;
  /// `SalaryLoader` reads it back.
  package static func output(_ records: [SalaryRecord]) -> JSONOutput {
    .array(records.map(output))
  }

  static func output(_ record: SalaryRecord) -> JSONOutput {
    let bounds = record.figure.rangeBounds
    return [
      "id": .string(record.id),
      "dimension": .string(record.dimension),
      "label": .string(record.label),
      "role": .string(record.role),
      "kind": .string(record.kind.rawValue),
      "amount": JSONOutput(record.figure.amount),
      "low": JSONOutput(bounds?.low),
      "high": JSONOutput(bounds?.high),
      "percent": JSONOutput(record.figure.percent),
      "currency": .string(record.currency),
      "year": JSONOutput(record.year),
      "region": JSONOutput(record.region),
      "source": .string(record.attribution),
      "note": JSONOutput(record.note),
      "aliases": record.aliases.isEmpty ? nil : .array(record.aliases.map(JSONOutput.string)),
    ]
  }

  /// `{dimensions: [{id, title, labelHeading, aliases}], records, footnote, disagreements:
  /// [{id, text, records}]}`: all of `salaries`, as `mlcareer export` writes it.
  static func output(_ salaries: SalaryData) -> JSONOutput {
    [
      "dimensions": .array(
        salaries.dimensions.map { dimension in
          [
            "id": .string(dimension.id), "title": .string(dimension.title),
            "labelHeading": .string(dimension.labelHeading),
            "aliases": .array(dimension.aliases.map(JSONOutput.string)),
          ]
        }),
      "records": .array(salaries.records.map(output)),
      "footnote": .string(salaries.footnote),
      "disagreements": .array(
        salaries.disagreements.map { disagreement in
          [
            "id": .string(disagreement.id), "text": .string(disagreement.text),
            "records": .array(disagreement.records.map(JSONOutput.string)),
          ]
        }),
    ]
  }

  /// A GitHub-flavoured Markdown table per dimension under a `##` heading with its subtitle,
  /// figures right-aligned, and the notes on its records' disagreements at the end.
  package static func markdown(_ records: [SalaryRecord], of data: SalaryData) -> String {
    var blocks: [String] = []
    for group in SalaryTableGroup.groups(records, of: data) {
      let rows = [group.columns.map(\.heading)] + group.rows
      let alignments = group.columns.map { $0.isRightAligned ? "---:" : ":---" }
      blocks.append(
        "## \(group.dimension.title.markdownEscaped)\n\n_\(group.subtitle.markdownEscaped)_\n\n"
          + RecordTable.markdown(rows, alignments: alignments))
    }
    if !blocks.isEmpty, let note = SalaryFormatter.note(records, of: data) {
      blocks.append("_Note: \((note + " " + data.footnote).markdownEscaped)_\n")
    }
    return blocks.joined(separator: "\n")
  }
}
