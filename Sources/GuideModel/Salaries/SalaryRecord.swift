import TextSupport

/// One salary figure from the sources, typed: what it describes, for whom, and where it holds.
package struct SalaryRecord: Equatable, Sendable {
  /// A stable id, such as `city-san-francisco`.
  package let id: String
  /// The id of the dimension it belongs to, such as `city`.
  package let dimension: String
  /// What the figure is for within its dimension: `San Francisco, CA`, `5-7 years`.
  package let label: String
  /// Whose pay it is: `Machine learning engineers`.
  package let role: String
  package let figure: SalaryFigure
  /// The ISO 4217 currency code of the amounts, such as `USD`.
  package let currency: String
  /// The year the figure refers to, where the sources give one.
  package let year: Int?
  /// The country or region it covers, where the sources give one.
  package let region: String?
  /// The id of the source document it comes from.
  package let source: String
  /// The pack it comes from; `nil` for the built-in guide.
  package var pack: PackInfo? = nil
  /// A short remark, such as why a city without a figure is listed.
  package let note: String?
  /// Other names `--city` and `--role` find it by, such as `nyc`.
  package let aliases: [String]
  package let location: SourceLocation

  package init(
    id: String, dimension: String, label: String, role: String, figure: SalaryFigure,
    currency: String = "USD", year: Int? = nil, region: String? = nil, source: String,
    note: String? = nil, aliases: [String] = [],
    location: SourceLocation = SourceLocation(file: "", line: 1, column: 1)
  ) {
    self.id = id
    self.dimension = dimension
    self.label = label
    self.role = role
    self.figure = figure
    self.currency = currency
    self.year = year
    self.region = region
    self.source = source
    self.note = note
    self.aliases = aliases
    self.location = location
  }

  /// Where the record comes from as every output shows it: its source document, prefixed by
  /// its pack's id for a record of a pack (`my-team/levels-2025`).
  package var attribution: String {
    guard let pack else { return source }
    return pack.id + "/" + source
  }

  package var kind: SalaryKind { figure.kind }

  /// Two records are the same when everything but their location is.
  package static func == (lhs: SalaryRecord, rhs: SalaryRecord) -> Bool {
    lhs.id == rhs.id && lhs.dimension == rhs.dimension && lhs.label == rhs.label
      && lhs.role == rhs.role && lhs.figure == rhs.figure && lhs.currency == rhs.currency
      && lhs.year == rhs.year && lhs.region == rhs.region && lhs.source == rhs.source
      && lhs.pack == rhs.pack
      && lhs.note == rhs.note && lhs.aliases == rhs.aliases
  }
}
