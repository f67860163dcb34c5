/// One block of a Markdown document, with the line and column where it starts.
public struct MarkdownBlock: Sendable, Equatable {
  /// What the block is.
  public enum Kind: Sendable, Equatable {
    /// An ATX (`#`) or setext heading of level 1 to 6.
    case heading(level: Int, content: [MarkdownInline])
    /// A paragraph of inline content.
    case paragraph([MarkdownInline])
    /// A bullet or ordered list.
    case list(MarkdownList)
    /// A block quote and the blocks inside it.
    case blockQuote([MarkdownBlock])
    /// A fenced or indented code block; `info` is the fence's info string (empty if none).
    case codeBlock(info: String, code: String)
    /// A thematic break (`---`, `***`, `___`).
    case thematicBreak
    /// A GFM table.
    case table(MarkdownTable)
    /// Raw HTML kept as it stands.
    case html(String)
  }

  /// What the block is.
  public var kind: Kind
  /// The line where the block starts, counted from 1.
  public var line: Int
  /// The column where the block's first character stands, counted from 1.
  public var column: Int

  /// Creates a block.
  init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }
}
