/// A GFM table: a header row, its column alignments and the body rows.
public struct MarkdownTable: Sendable, Equatable {
  /// How a column's cells are aligned; the raw value is its number in the serialized form.
  public enum Alignment: Int, Sendable, Equatable {
    case none, left, center, right
  }

  /// One alignment per column.
  public var alignments: [Alignment]
  /// The header cells.
  public var header: [[MarkdownInline]]
  /// The body rows; each has exactly `alignments.count` cells.
  public var rows: [[[MarkdownInline]]]
}
