/// A parsed Markdown document: its top-level blocks in source order.
public struct MarkdownDocument: Sendable, Equatable {
  /// The top-level blocks.
  public var blocks: [MarkdownBlock]
}
