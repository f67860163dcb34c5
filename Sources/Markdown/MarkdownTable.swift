/// A GFM table: a header row, its column alignments and the body rows.
public struct MarkdownTable: Sendable, Equatable {
  /// How a column's cells are aligned.
  public enum Alignment: Sendable, Equatable {
    case none, left, center, right
  }

  /// One alignment per column.
  public var alignments: [Alignment]
  /// The header cells.
  public var header: [[MarkdownInline]]
  /// The body rows; each has exactly `alignments.count` cells.
  public var rows: [[[MarkdownInline]]]
}
