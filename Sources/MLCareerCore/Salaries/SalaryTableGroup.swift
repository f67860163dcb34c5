import GuideModel
import TextSupport

/// The records of one dimension laid out for reading: which columns they need and the subtitle
/// that states what all of them share (role, unit, region, year).
struct SalaryTableGroup {
  enum Column: Equatable {
    case label(String)
    case role
    case figure
    case region
    case year
    case source
    case note

    var heading: String {
      switch self {
      case .label(let heading): heading
      case .role: "Role"
      case .figure: "Pay"
      case .region: "Region"
      case .year: "Year"
      case .note: "Note"
      case .source: "Source"
      }
    }

    /// Whether the column's values are aligned to the right (numbers).
    var isRightAligned: Bool { self == .figure || self == .year }

    /// The column's value for `record`, empty where it has none.
    func value(_ record: SalaryRecord) -> String {
      switch self {
      case .label: record.label
      case .role: record.role
      case .figure: SalaryFormatter.figure(record)
      case .region: record.region ?? "not stated"
      case .year: record.year.map(String.init) ?? "not stated"
      case .note: record.note ?? ""
      case .source: record.attribution
      }
    }
  }

  let dimension: SalaryDimension
  let records: [SalaryRecord]
  let columns: [Column]
  /// What every record shares, such as `AI/ML engineers`, `USD a year`, `United States`,
  /// `2024`.
  let subtitleParts: [String]

  static let separator = " · "

  /// The subtitle on one line: `AI/ML engineers · USD a year · United States · 2024`.
  var subtitle: String { subtitleParts.joined(separator: Self.separator) }

  /// Each record's cells, one a column: the rows of the terminal, Markdown and HTML tables.
  var rows: [[String]] { records.map { record in columns.map { $0.value(record) } } }

  /// `records`, split by dimension in the order they come.
  static func groups(_ records: [SalaryRecord], of data: SalaryData) -> [SalaryTableGroup] {
    var ids: [String] = []
    for record in records where !ids.contains(record.dimension) { ids.append(record.dimension) }
    return ids.map { id in
      let dimension =
        data.dimension(id)
        ?? SalaryDimension(
          id: id, title: id, location: SourceLocation(file: "", line: 1, column: 1))
      return SalaryTableGroup(dimension: dimension, records: records.filter { $0.dimension == id })
    }
  }

  init(dimension: SalaryDimension, records: [SalaryRecord]) {
    self.dimension = dimension
    self.records = records
    let role = Self.shared(records.map(\.role))
    let currency = Self.shared(records.map(\.currency))
    let region = Self.shared(records.map(\.region))
    let year = Self.shared(records.map(\.year))
    var columns: [Column] = [.label(dimension.labelHeading)]
    // A role that only repeats its label (`By role`) needs no column of its own.
    if role == nil, records.contains(where: { $0.role != $0.label }) { columns.append(.role) }
    columns.append(.figure)
    if region == nil { columns.append(.region) }
    if year == nil { columns.append(.year) }
    // Figures from a pack say where they come from, beside the guide's own.
    if records.contains(where: { $0.pack != nil }) { columns.append(.source) }
    // Last, so that long notes can wrap.
    if records.contains(where: { $0.note != nil }) { columns.append(.note) }
    self.columns = columns

    var parts: [String] = []
    if let role { parts.append(role) }
    parts.append(currency.map { "\($0) a year" } ?? "a year, each in the currency shown")
    switch (region, year) {
    case (.some(nil), .some(nil)): parts.append("region and year not stated")
    default:
      if let region { parts.append(region ?? "region not stated") }
      if let year { parts.append(year.map(String.init) ?? "year not stated") }
    }
    subtitleParts = parts
  }

  /// The value every element has, or `nil` when they differ (or there are none).
  private static func shared<T: Equatable>(_ values: [T]) -> T? {
    guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
    return first
  }
}
