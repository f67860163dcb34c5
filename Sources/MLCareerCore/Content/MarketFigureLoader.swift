import JSON
import TextSupport

/// Reads `Data/market.json` into `MarketFigure`s, checking every rule of its shape and
/// reporting the first break with its position.
///
/// The file is `{"schemaVersion": 1, "figures": [...]}`; each figure has `id`, `label`,
/// `kind`, `topic` and `source`, optionally `year`, `period`, `note` and `approximate`, and
/// by kind: `amount` needs `value` and `unit`, `range` needs `low`, `high` and `unit`,
/// `percent` needs `value`, `count` needs a whole `value`. Numbers may not be negative.
enum MarketFigureLoader {
  /// The version of the file's shape this code reads.
  static let schemaVersion = 1

  /// The kinds of figure and the fields each one uses besides the common ones.
  private enum Kind: String, CaseIterable {
    case amount, range, percent, count

    var fields: [String] {
      switch self {
      case .amount: return ["value", "unit"]
      case .range: return ["low", "high", "unit"]
      case .percent, .count: return ["value"]
      }
    }
  }

  private static let allFields = [
    "id", "label", "kind", "value", "low", "high", "unit", "year", "period", "note",
    "approximate", "topic", "source",
  ]
  /// The fields some kind uses and another does not allow.
  private static let kindSpecificFields = Set(Kind.allCases.flatMap(\.fields))

  /// The figures of `text`, the contents of `file` (relative to `Data/`), in file order.
  static func load(_ text: String, file: String) throws(JSONError) -> [MarketFigure] {
    let root = try JSONParser.parse(text, file: "Data/" + file).object()
      .fields(allowed: ["schemaVersion", "figures"])
    let version = try root.int("schemaVersion")
    guard version == schemaVersion else {
      throw .invalidValue(
        "unsupported schemaVersion \(version); this version of mlcareer reads \(schemaVersion)",
        at: root.location(of: "schemaVersion"))
    }
    var figures: [MarketFigure] = []
    var idLocations: [String: SourceLocation] = [:]
    for element in try root.array("figures") {
      let (figure, idLocation) = try figure(from: element)
      if let first = idLocations[figure.id] {
        throw .duplicateRecord(kind: "figure", id: figure.id, firstAt: first, at: idLocation)
      }
      idLocations[figure.id] = idLocation
      figures.append(figure)
    }
    return figures
  }

  /// One figure, and where its id is (for duplicate-id errors).
  private static func figure(
    from element: JSONValue
  ) throws(JSONError) -> (MarketFigure, SourceLocation) {
    let fields = try element.object().fields(allowed: allFields)
    let id = try slug("id", in: fields)
    let kindName = try fields.string("kind")
    guard let kind = Kind(rawValue: kindName) else {
      let hint = Suggestions.hint(for: kindName, among: Kind.allCases.map(\.rawValue))
      throw .invalidValue("unknown kind '\(kindName)'; " + hint, at: fields.location(of: "kind"))
    }
    for key in fields.keys where kindSpecificFields.contains(key) && !kind.fields.contains(key) {
      let uses = kind.fields.map { "'\($0)'" }.joined(separator: ", ")
      throw .invalidValue(
        "'\(key)' does not apply to kind '\(kind.rawValue)', which uses \(uses)",
        at: fields.keyLocation(of: key))
    }
    let figure = MarketFigure(
      id: id,
      label: try nonEmpty("label", in: fields),
      value: try amount(of: kind, in: fields.requiring(for: "kind '\(kind.rawValue)'")),
      topic: try slug("topic", in: fields),
      source: try nonEmpty("source", in: fields),
      year: try year(in: fields),
      period: try optionalNonEmpty("period", in: fields),
      note: try optionalNonEmpty("note", in: fields),
      isApproximate: try fields.optionalBool("approximate") ?? false,
      location: element.location)
    return (figure, fields.location(of: "id"))
  }

  private static func amount(
    of kind: Kind, in fields: JSONFields
  ) throws(JSONError) -> MarketFigure.Amount {
    switch kind {
    case .amount:
      return .amount(try nonNegative("value", in: fields), unit: try nonEmpty("unit", in: fields))
    case .range:
      let low = try nonNegative("low", in: fields)
      let high = try nonNegative("high", in: fields)
      guard low <= high else {
        throw .invalidValue(
          "'low' (\(NumberFormatting.plain(low))) is above 'high' (\(NumberFormatting.plain(high)))",
          at: fields.location(of: "low"))
      }
      return .range(low: low, high: high, unit: try nonEmpty("unit", in: fields))
    case .percent:
      return .percent(try nonNegative("value", in: fields))
    case .count:
      let count = try fields.int("value")
      guard count >= 0 else { throw negative("value", count.description, in: fields) }
      return .count(count)
    }
  }

  // MARK: Field rules

  private static func nonNegative(_ key: String, in fields: JSONFields) throws(JSONError) -> Double
  {
    let value = try fields.double(key)
    guard value >= 0 else { throw negative(key, NumberFormatting.plain(value), in: fields) }
    return value
  }

  private static func negative(_ key: String, _ shown: String, in fields: JSONFields) -> JSONError {
    .invalidValue("'\(key)' must not be negative, found \(shown)", at: fields.location(of: key))
  }

  private static func nonEmpty(_ key: String, in fields: JSONFields) throws(JSONError) -> String {
    let value = try fields.string(key)
    guard !value.allSatisfy(\.isWhitespace) else {
      throw .invalidValue("'\(key)' must not be empty", at: fields.location(of: key))
    }
    return value
  }

  private static func optionalNonEmpty(
    _ key: String, in fields: JSONFields
  ) throws(JSONError) -> String? {
    guard fields.optionalValue(key) != nil else { return nil }
    return try nonEmpty(key, in: fields)
  }

  /// A string of lowercase ASCII letters and digits in words joined by single hyphens.
  private static func slug(_ key: String, in fields: JSONFields) throws(JSONError) -> String {
    let value = try fields.string(key)
    let words = value.split(separator: "-", omittingEmptySubsequences: false)
    let isSlug = words.allSatisfy { word in
      !word.isEmpty
        && word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
    guard isSlug else {
      throw .invalidValue(
        "'\(key)' must be lowercase letters and digits joined by hyphens, "
          + "such as 'ml-market-2023'; found '\(value)'",
        at: fields.location(of: key))
    }
    return value
  }

  private static let plausibleYears = 1900...2100

  private static func year(in fields: JSONFields) throws(JSONError) -> Int? {
    guard let year = try fields.optionalInt("year") else { return nil }
    guard plausibleYears.contains(year) else {
      throw .invalidValue(
        "'year' \(year) is not a plausible year (expected "
          + "\(plausibleYears.lowerBound)–\(plausibleYears.upperBound))",
        at: fields.location(of: "year"))
    }
    return year
  }
}
