import JSON

/// Reads `Data/salaries.json` into typed records and rejects any record that breaks the rules:
/// an unknown kind or dimension, a negative figure, a range whose low end is above its high end,
/// a number its kind does not carry, or a duplicate.
public enum SalaryLoader {
  /// The salary file's path relative to `Data/`.
  static let file = "salaries.json"

  /// The schema version this loader reads.
  static let schemaVersion = 1

  /// The record fields, in the order exports write them.
  static let recordFields = [
    "id", "dimension", "label", "role", "kind", "amount", "low", "high", "percent", "currency",
    "year", "region", "source", "note",
  ]

  /// Loads the salary figures compiled into the binary.
  public static func embedded() throws(SalaryError) -> SalaryData {
    guard let text = EmbeddedData.contents(of: file) else { throw .missingFile(file) }
    return try load(text, file: file)
  }

  /// Loads salary figures from the text of a salary file; `file` names it in errors.
  static func load(_ text: String, file: String) throws(SalaryError) -> SalaryData {
    let fields = try decoding {
      () throws(JSONError) in
      try JSONParser.parse(text, file: "Data/" + file).object()
        .fields(allowed: ["schemaVersion", "footnote", "dimensions", "records"])
    }
    let version = try decoding { () throws(JSONError) in try fields.int("schemaVersion") }
    guard version == schemaVersion else {
      throw .invalidValue(
        "schema version \(version) is not supported; expected \(schemaVersion)",
        at: fields.location(of: "schemaVersion"))
    }
    let footnote = try decoding { () throws(JSONError) in try fields.string("footnote") }
    let dimensions = try self.dimensions(
      try decoding { () throws(JSONError) in try fields.array("dimensions") })
    let records = try self.records(
      try decoding { () throws(JSONError) in try fields.array("records") }, dimensions: dimensions)
    return SalaryData(dimensions: dimensions, records: records, footnote: footnote)
  }

  /// Reads a JSON array of records, such as `--format json` writes, against known dimensions.
  static func records(
    json text: String, file: String, dimensions: [SalaryDimension]
  ) throws(SalaryError) -> [SalaryRecord] {
    let values = try decoding { () throws(JSONError) in
      try JSONParser.parse(text, file: "Data/" + file).array()
    }
    return try records(values, dimensions: dimensions)
  }

  private static func dimensions(_ values: [JSONValue]) throws(SalaryError) -> [SalaryDimension] {
    var seen: [String: SourceLocation] = [:]
    var result: [SalaryDimension] = []
    for value in values {
      let dimension = try decoding { () throws(JSONError) in
        let fields = try value.object().fields(allowed: ["id", "title", "labelHeading", "aliases"])
        let aliases = try fields.optionalArray("aliases")?.map {
          (alias) throws(JSONError) in try alias.string()
        }
        return SalaryDimension(
          id: try fields.string("id"), title: try fields.string("title"),
          labelHeading: try fields.optionalString("labelHeading") ?? "Label",
          aliases: aliases ?? [], location: value.location)
      }
      for name in [dimension.id] + dimension.aliases {
        if let first = seen[name] {
          throw .duplicateDimension(name, firstAt: first, at: dimension.location)
        }
        seen[name] = dimension.location
      }
      result.append(dimension)
    }
    return result
  }

  private static func records(
    _ values: [JSONValue], dimensions: [SalaryDimension]
  ) throws(SalaryError) -> [SalaryRecord] {
    let known = dimensions.map(\.id)
    var ids: [String: SourceLocation] = [:]
    var keys: [String: SourceLocation] = [:]
    var result: [SalaryRecord] = []
    for value in values {
      let record = try self.record(value, dimensions: known)
      if let first = ids[record.id] {
        throw .duplicateRecord("the id '\(record.id)'", firstAt: first, at: record.location)
      }
      ids[record.id] = record.location
      let key = "\(record.dimension)\u{0}\(record.label)\u{0}\(record.role)"
      if let first = keys[key] {
        throw .duplicateRecord(
          "'\(record.label)' (\(record.role)) in '\(record.dimension)'", firstAt: first,
          at: record.location)
      }
      keys[key] = record.location
      result.append(record)
    }
    return result
  }

  private static func record(
    _ value: JSONValue, dimensions: [String]
  ) throws(SalaryError) -> SalaryRecord {
    let fields = try decoding { () throws(JSONError) in
      try value.object().fields(allowed: recordFields)
    }
    func text(_ key: String) throws(SalaryError) -> String {
      let text = try decoding { () throws(JSONError) in try fields.string(key) }
      guard !text.isEmpty else {
        throw .invalidValue("'\(key)' is empty", at: fields.location(of: key))
      }
      return text
    }
    func optionalText(_ key: String) throws(SalaryError) -> String? {
      try decoding { () throws(JSONError) in try fields.optionalString(key) }
    }
    let id = try text("id")
    let dimension = try text("dimension")
    guard dimensions.contains(dimension) else {
      throw .unknownDimension(dimension, known: dimensions, at: fields.location(of: "dimension"))
    }
    let kindName = try text("kind")
    guard let kind = SalaryKind(rawValue: kindName) else {
      throw .unknownKind(kindName, at: fields.location(of: "kind"))
    }
    let currency = try text("currency")
    guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      throw .invalidValue(
        "'currency' is '\(currency)'; expected a three-letter code such as 'USD'",
        at: fields.location(of: "currency"))
    }
    let year = try decoding { () throws(JSONError) in try fields.optionalInt("year") }
    if let year, !(1900...2100).contains(year) {
      throw .invalidValue(
        "'year' is \(year); expected a year such as 2024", at: fields.location(of: "year"))
    }
    return SalaryRecord(
      id: id, dimension: dimension, label: try text("label"), role: try text("role"),
      figure: try figure(kind, fields), currency: currency, year: year,
      region: try optionalText("region"), source: try text("source"),
      note: try optionalText("note"), location: value.location)
  }

  /// The figure of a record of kind `kind`: its numbers present, others absent or `null`.
  private static func figure(
    _ kind: SalaryKind, _ fields: JSONFields
  ) throws(SalaryError) -> SalaryFigure {
    let numbers: [String] =
      switch kind {
      case .amount, .average, .approximate, .upTo: ["amount"]
      case .range: ["low", "high"]
      case .percentAboveNational: ["percent"]
      case .noFigure: []
      }
    for field in ["amount", "low", "high", "percent"] where !numbers.contains(field) {
      if fields.optionalValue(field) != nil {
        throw .fieldNotForKind(field: field, kind: kind, at: fields.keyLocation(of: field))
      }
    }
    let required = fields.requiring(for: "kind '\(kind.rawValue)'")
    func money(_ key: String) throws(SalaryError) -> Int {
      let value = try decoding { () throws(JSONError) in try required.int(key) }
      guard value >= 0 else { throw .negativeAmount(field: key, at: fields.location(of: key)) }
      return value
    }
    switch kind {
    case .amount: return .amount(try money("amount"))
    case .average: return .average(try money("amount"))
    case .approximate: return .approximate(try money("amount"))
    case .upTo: return .upTo(try money("amount"))
    case .range:
      let low = try money("low")
      let high = try money("high")
      guard low <= high else {
        throw .lowAboveHigh(low: low, high: high, at: fields.location(of: "low"))
      }
      return .range(low: low, high: high)
    case .percentAboveNational:
      let percent = try decoding { () throws(JSONError) in try required.double("percent") }
      guard percent >= 0 else {
        throw .negativeAmount(field: "percent", at: fields.location(of: "percent"))
      }
      return .percentAboveNational(percent)
    case .noFigure:
      return .noFigure
    }
  }

  /// Runs JSON decoding, turning its error into a salary error.
  private static func decoding<T>(_ body: () throws(JSONError) -> T) throws(SalaryError) -> T {
    do {
      return try body()
    } catch {
      throw .json(error)
    }
  }
}
