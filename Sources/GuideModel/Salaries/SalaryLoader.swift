import JSON
import TextSupport

/// Reads `Data/salaries.json` into typed records and rejects any record that breaks the rules:
/// an unknown kind or dimension, a negative or impossibly large figure, a range whose low end is
/// above its high end, a number its kind does not carry, or a duplicate.
package enum SalaryLoader {
  /// The salary file's path relative to `Data/`.
  package static let file = "salaries.json"

  /// The record fields, in the order exports write them.
  package static let recordFields = [
    "id", "dimension", "label", "role", "kind", "amount", "low", "high", "percent", "currency",
    "year", "region", "source", "note", "aliases",
  ]

  /// The largest amount a record may give: every sum, axis and comparison of amounts this size
  /// stays far from overflowing.
  package static let largestAmount = 1_000_000_000_000

  /// Loads salary figures from the text of a salary file shown as `file` in errors. A pack's
  /// file may leave out `footnote` and `dimensions` and use those of `known`, and its
  /// disagreements may name the records of `knownRecords`; with `problems`, a broken
  /// dimension, record or disagreement is kept there and left out, else the first one throws.
  package static func load(
    _ text: String, file: String, pack: PackInfo? = nil, known: [SalaryDimension] = [],
    knownRecords: [String] = [], problems: ProblemSink? = nil
  ) throws(JSONError) -> SalaryData {
    let fields = try JSONParser.parse(text, file: file).object()
      .fields(allowed: ["schemaVersion", "footnote", "dimensions", "records", "disagreements"])
    try ContentRules.checkSchemaVersion(fields)
    let footnote = pack == nil ? try fields.text("footnote") : try fields.optionalText("footnote")
    let dimensions = try self.dimensions(
      pack == nil ? try fields.array("dimensions") : try fields.optionalArray("dimensions") ?? [],
      problems: problems)
    var records = try self.records(
      try fields.array("records"),
      dimensions: known.filter { known in
        !dimensions.contains { $0.id == known.id }
      } + dimensions, problems: problems)
    for index in records.indices { records[index].pack = pack }
    let ids = Set(knownRecords + records.map(\.id))
    let disagreements = try problems.records(of: try fields.optionalArray("disagreements") ?? []) {
      value throws(JSONError) in
      let fields = try value.object().fields(allowed: ["id", "text", "records"])
      let disagreement = SalaryDisagreement(
        id: try fields.id("id"), text: try fields.text("text", oneLine: true),
        records: try fields.strings("records", required: true))
      if let unknown = disagreement.records.first(where: { !ids.contains($0) }) {
        throw .invalidValue(
          "the disagreement '\(disagreement.id)' names no record '\(unknown)'",
          at: fields.location(of: "records"))
      }
      return disagreement
    }
    return SalaryData(
      dimensions: dimensions, records: records, footnote: footnote ?? "",
      disagreements: disagreements)
  }

  private static func dimensions(
    _ values: [JSONValue], problems: ProblemSink? = nil
  ) throws(JSONError) -> [SalaryDimension] {
    var seen: [String: SourceLocation] = [:]
    return try problems.records(of: values) { value throws(JSONError) in
      let fields = try value.object().fields(allowed: ["id", "title", "labelHeading", "aliases"])
      let aliases = try fields.optionalArray("aliases")?.map {
        (alias) throws(JSONError) in try alias.string()
      }
      let dimension = SalaryDimension(
        id: try fields.id("id"), title: try fields.text("title"),
        labelHeading: try fields.optionalText("labelHeading") ?? "Label",
        aliases: aliases ?? [], location: value.location)
      for name in [dimension.id] + dimension.aliases {
        if let first = seen[name] {
          throw .invalidValue(
            "the dimension name '\(name)' is already used (line \(first.line))",
            at: dimension.location)
        }
        seen[name] = dimension.location
      }
      return dimension
    }
  }

  /// The records of `values`, each of one of `dimensions`: a salary file's, or the array
  /// `--format json` writes.
  package static func records(
    _ values: [JSONValue], dimensions: [SalaryDimension], problems: ProblemSink? = nil
  ) throws(JSONError) -> [SalaryRecord] {
    let known = dimensions.map(\.id)
    var ids: [String: SourceLocation] = [:]
    var keys: [String: SourceLocation] = [:]
    return try problems.records(of: values) { value throws(JSONError) in
      let record = try self.record(value, dimensions: known)
      if let first = ids[record.id] {
        throw .duplicateRecord(kind: "record", id: record.id, firstAt: first, at: record.location)
      }
      ids[record.id] = record.location
      // Figures for one label may differ in year, region, currency or source, not in all.
      let key = [
        record.dimension, record.label, record.role, record.year.map(String.init) ?? "",
        record.region ?? "", record.currency, record.source,
      ].joined(separator: "\u{0}")
      if let first = keys[key] {
        throw .invalidValue(
          "a second record for '\(record.label)' (\(record.role)) in '\(record.dimension)' "
            + "with the same year, region, currency and source "
            + "(the first is at line \(first.line))", at: record.location)
      }
      keys[key] = record.location
      return record
    }
  }

  private static func record(
    _ value: JSONValue, dimensions: [String]
  ) throws(JSONError) -> SalaryRecord {
    let fields = try value.object().fields(allowed: recordFields)
    let id = try fields.id("id")
    let dimension = try fields.reference("dimension", among: dimensions)
    let kind = try fields.choice("kind", as: SalaryKind.self)
    let currency = try fields.text("currency")
    guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      throw .invalidValue(
        "'currency' is '\(currency)'; expected a three-letter code such as 'USD'",
        at: fields.location(of: "currency"))
    }
    return SalaryRecord(
      id: id, dimension: dimension, label: try fields.text("label"), role: try fields.text("role"),
      figure: try figure(kind, fields), currency: currency, year: try fields.year(),
      region: try fields.optionalText("region"), source: try fields.text("source"),
      note: try fields.optionalText("note"),
      aliases: try fields.strings("aliases", required: false),
      location: value.location)
  }

  /// The figure of a record of kind `kind`: its numbers present, others absent or `null`.
  private static func figure(
    _ kind: SalaryKind, _ fields: JSONFields
  ) throws(JSONError) -> SalaryFigure {
    let numbers: [String] =
      switch kind {
      case .amount, .average, .approximate, .upTo: ["amount"]
      case .range, .averageRange: ["low", "high"]
      case .percentAboveNational: ["percent"]
      case .noFigure: []
      }
    try fields.rejectFields(
      ["amount", "low", "high", "percent"], notUsedBy: kind.rawValue, uses: numbers)
    let required = fields.requiring(for: "kind '\(kind.rawValue)'")
    func money(_ key: String) throws(JSONError) -> Int {
      let value = try required.nonNegativeInt(key)
      guard value <= largestAmount else {
        throw .invalidValue(
          "'\(key)' is \(value), above the largest amount mlcareer handles, "
            + NumberFormatting.grouped(largestAmount), at: fields.location(of: key))
      }
      return value
    }
    switch kind {
    case .amount: return .amount(try money("amount"))
    case .average: return .average(try money("amount"))
    case .approximate: return .approximate(try money("amount"))
    case .upTo: return .upTo(try money("amount"))
    case .range, .averageRange:
      let (low, high) = (try money("low"), try money("high"))
      try fields.checkRange(low: low, high: high, String.init)
      return kind == .range ? .range(low: low, high: high) : .averageRange(low: low, high: high)
    case .percentAboveNational:
      return .percentAboveNational(try required.nonNegative("percent"))
    case .noFigure:
      return .noFigure
    }
  }
}
