import GuideModel
import JSON

extension SalaryExporter {
  /// A JSON array of records, each with the keys of `columns` in that order (a key whose value
  /// does not apply is left out, as in all our JSON) and amounts as numbers; `SalaryLoader`
  /// reads it back.
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
}
