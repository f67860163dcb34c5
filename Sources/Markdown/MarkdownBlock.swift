/// One block of a Markdown document, with the line and column where it starts.
public struct MarkdownBlock: Sendable, Equatable {
  /// What the block is. Code blocks, lists and tables are kept out of line (`indirect`), so
  /// that every block takes the size of the small cases, the most of them.
  public enum Kind: Sendable, Equatable {
    /// An ATX (`#`) or setext heading of level 1 to 6.
    case heading(level: Int, content: [MarkdownInline])
    /// A paragraph of inline content.
    case paragraph([MarkdownInline])
    /// A bullet or ordered list.
    indirect case list(MarkdownList)
    /// A block quote and the blocks inside it.
    case blockQuote([MarkdownBlock])
    /// A fenced or indented code block; `info` is the fence's info string (empty if none).
    indirect case codeBlock(info: String, code: String)
    /// A thematic break (`---`, `***`, `___`).
    case thematicBreak
    /// A GFM table.
    indirect case table(MarkdownTable)
    /// Raw HTML kept as it stands.
    case html(String)
  }

  /// What the block is.
  public var kind: Kind
  // Stored in 32 bits, as the parser's own nodes are, since a document holds many blocks.
  private let storedLine: Int32
  private let storedColumn: Int32

  /// The line where the block starts, counted from 1.
  public var line: Int { Int(storedLine) }
  /// The column where the block's first character stands, counted from 1.
  public var column: Int { Int(storedColumn) }

  init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    storedLine = Int32(truncatingIfNeeded: line)
    storedColumn = Int32(truncatingIfNeeded: column)
  }
}
