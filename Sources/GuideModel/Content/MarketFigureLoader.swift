import JSON
import TextSupport

/// Reads `Data/market.json` (`{"schemaVersion": 1, "figures": [...]}`) into `MarketFigure`s,
/// checking every rule of its shape (`allFields`, `kindSpecificFields`) and reporting the first
/// break with its position.
package enum MarketFigureLoader {
  /// The file the figures are read from, relative to `Data/`.
  package static let file = "market.json"

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
  private static let kindSpecificFields = Set(Kind.allCases.flatMap(\.fields)).sorted()

  /// The figures of `text`, the contents of the file shown as `file`, in file order.
  /// With `problems`, a broken figure is kept there and left out, and the others load; without,
  /// the first one throws.
  package static func load(
    _ text: String, file: String, problems: ProblemSink? = nil
  ) throws(JSONError) -> [MarketFigure] {
    let root = try JSONParser.parse(text, file: file).object()
      .fields(allowed: ["schemaVersion", "figures"])
    try ContentRules.checkSchemaVersion(root)
    var idLocations: [String: SourceLocation] = [:]
    return try problems.records(of: try root.array("figures")) { element throws(JSONError) in
      let (figure, idLocation) = try figure(from: element)
      if let first = idLocations[figure.id] {
        throw .duplicateRecord(kind: "figure", id: figure.id, firstAt: first, at: idLocation)
      }
      idLocations[figure.id] = idLocation
      return figure
    }
  }

  /// One figure, and where its id is (for duplicate-id errors).
  private static func figure(
    from element: JSONValue
  ) throws(JSONError) -> (MarketFigure, SourceLocation) {
    let fields = try element.object().fields(allowed: allFields)
    let id = try fields.id("id")
    let kind = try fields.choice("kind", as: Kind.self)
    try fields.rejectFields(kindSpecificFields, notUsedBy: kind.rawValue, uses: kind.fields)
    let figure = MarketFigure(
      id: id,
      label: try fields.text("label"),
      value: try amount(of: kind, in: fields.requiring(for: "kind '\(kind.rawValue)'")),
      topic: try fields.id("topic"),
      source: try fields.text("source"),
      year: try fields.year(),
      period: try fields.optionalText("period"),
      note: try fields.optionalText("note"),
      isApproximate: try fields.optionalBool("approximate") ?? false,
      location: element.location)
    return (figure, fields.location(of: "id"))
  }

  private static func amount(
    of kind: Kind, in fields: JSONFields
  ) throws(JSONError) -> MarketFigure.Amount {
    switch kind {
    case .amount:
      return .amount(try fields.nonNegative("value"), unit: try fields.text("unit"))
    case .range:
      let low = try fields.nonNegative("low")
      let high = try fields.nonNegative("high")
      try fields.checkRange(low: low, high: high, NumberFormatting.plain)
      return .range(low: low, high: high, unit: try fields.text("unit"))
    case .percent:
      return .percent(try fields.nonNegative("value"))
    case .count:
      return .count(try fields.nonNegativeInt("value"))
    }
  }
}
