import JSON
import TextSupport

/// Reads `Data/salaries.json` into typed records and rejects any record that breaks the rules:
/// an unknown kind or dimension, a negative figure, a range whose low end is above its high end,
/// a number its kind does not carry, or a duplicate.
package enum SalaryLoader {
  /// The salary file's path relative to `Data/`.
  package static let file = "salaries.json"

  /// The record fields, in the order exports write them.
  package static let recordFields = [
    "id", "dimension", "label", "role", "kind", "amount", "low", "high", "percent", "currency",
    "year", "region", "source", "note",
  ]

  /// Loads salary figures from the text of a salary file shown as `file` in errors. A pack's
  /// file may leave out `footnote` and `dimensions` and use those of `known`; with `problems`,
  /// a broken dimension or record is kept there and left out, else the first one throws.
  package static func load(
    _ text: String, file: String, pack: PackInfo? = nil, known: [SalaryDimension] = [],
    problems: ProblemSink? = nil
  ) throws(JSONError) -> SalaryData {
    let fields = try JSONParser.parse(text, file: file).object()
      .fields(allowed: ["schemaVersion", "footnote", "dimensions", "records"])
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
    return SalaryData(dimensions: dimensions, records: records, footnote: footnote ?? "")
  }

  private static func dimensions(
    _ values: [JSONValue], problems: ProblemSink? = nil
  ) throws(JSONError) -> [SalaryDimension] {
    var seen: [String: SourceLocation] = [:]
    var result: [SalaryDimension] = []
    for value in values {
      do throws(JSONError) {
        try result.append(dimension(value, seen: &seen))
      } catch {
        try problems.keep(error)
      }
    }
    return result
  }

  private static func dimension(
    _ value: JSONValue, seen: inout [String: SourceLocation]
  ) throws(JSONError) -> SalaryDimension {
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

  /// The records of `values`, each of one of `dimensions`: a salary file's, or the array
  /// `--format json` writes.
  package static func records(
    _ values: [JSONValue], dimensions: [SalaryDimension], problems: ProblemSink? = nil
  ) throws(JSONError) -> [SalaryRecord] {
    let known = dimensions.map(\.id)
    var ids: [String: SourceLocation] = [:]
    var keys: [String: SourceLocation] = [:]
    var result: [SalaryRecord] = []
    for value in values {
      do throws(JSONError) {
        let record = try self.record(value, dimensions: known)
        if let first = ids[record.id] {
          throw .duplicateRecord(
            kind: "record", id: record.id, firstAt: first, at: record.location)
        }
        ids[record.id] = record.location
        let key = "\(record.dimension)\u{0}\(record.label)\u{0}\(record.role)"
        if let first = keys[key] {
          throw .invalidValue(
            "a second record for '\(record.label)' (\(record.role)) in '\(record.dimension)' "
              + "(the first is at line \(first.line))", at: record.location)
        }
        keys[key] = record.location
        result.append(record)
      } catch {
        try problems.keep(error)
      }
    }
    return result
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
      note: try fields.optionalText("note"), location: value.location)
  }

  /// The figure of a record of kind `kind`: its numbers present, others absent or `null`.
  private static func figure(
    _ kind: SalaryKind, _ fields: JSONFields
  ) throws(JSONError) -> SalaryFigure {
    let numbers: [String] =
      switch kind {
      case .amount, .average, .approximate, .upTo: ["amount"]
      case .range: ["low", "high"]
      case .percentAboveNational: ["percent"]
      case .noFigure: []
      }
    try fields.rejectFields(
      ["amount", "low", "high", "percent"].filter { !numbers.contains($0) },
      notUsedBy: kind.rawValue, uses: numbers)
    let required = fields.requiring(for: "kind '\(kind.rawValue)'")
    switch kind {
    case .amount: return .amount(try required.nonNegativeInt("amount"))
    case .average: return .average(try required.nonNegativeInt("amount"))
    case .approximate: return .approximate(try required.nonNegativeInt("amount"))
    case .upTo: return .upTo(try required.nonNegativeInt("amount"))
    case .range:
      let low = try required.nonNegativeInt("low")
      let high = try required.nonNegativeInt("high")
      try fields.checkRange(low: low, high: high, String.init)
      return .range(low: low, high: high)
    case .percentAboveNational:
      return .percentAboveNational(try required.nonNegative("percent"))
    case .noFigure:
      return .noFigure
    }
  }
}
