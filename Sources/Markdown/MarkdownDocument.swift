/// A parsed Markdown document: its top-level blocks in source order.
public struct MarkdownDocument: Sendable, Equatable {
  /// The top-level blocks.
  public var blocks: [MarkdownBlock]
  /// How many lines the parser read, counted as it counts them: a line feed, a carriage return
  /// and the pair of them each end a line. Block line numbers are never above it.
  public var lineCount: Int = 0
}
