/// What a block under construction is.
enum BlockNodeKind: UInt8 {
  case document, blockQuote, list, item, paragraph, heading, codeBlock, htmlBlock
  case thematicBreak, table
  /// A paragraph that held only link reference definitions: it yields no block.
  case removed

  /// Whether a block of this kind may hold a child of `child` kind.
  func canContain(_ child: BlockNodeKind) -> Bool {
    switch self {
    case .document, .blockQuote, .item: return child != .item
    case .list: return child == .item
    default: return false
    }
  }

  /// Whether the block takes the text of the lines it continues on (it holds no blocks).
  var isLeaf: Bool {
    switch self {
    case .document, .blockQuote, .list, .item: return false
    default: return true
    }
  }
}

/// A list marker's facts, shared by a list and its items.
struct ListMarker {
  /// Whether the marker is a number.
  var isOrdered = false
  /// The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`).
  var character: UInt8 = 0
  /// The number of an ordered marker.
  var start = 1
  /// Columns of indentation before the marker.
  var markerOffset = 0
  /// Columns from the marker's start to the item's content.
  var padding = 0
  /// Whether the list is tight (set when the list is closed).
  var isTight = true

  /// Whether an item with this marker continues a list started by `other`.
  func continues(_ other: ListMarker) -> Bool {
    isOrdered == other.isOrdered && character == other.character
  }
}

/// A code fence's facts.
struct CodeFence {
  /// `` ` `` or `~`; 0 for an indented code block.
  var character: UInt8 = 0
  /// How many fence characters opened the block.
  var length = 0
  /// Columns of indentation of the opening fence, removed from the content lines.
  var offset = 0
  /// The info string's bytes in the input.
  var infoStart = 0
  var infoEnd = 0
}

/// One line (or the part of it) that a leaf block holds.
struct ContentLine {
  /// Where the text starts in the input.
  var start: Int
  /// Where it ends, before the line ending.
  var end: Int
  /// Spaces to put before the text, left over from a tab that was only partly indentation.
  var leadingSpaces: Int = 0
}

/// A block while the document is parsed: a node of a tree kept in an array and linked by index.
struct BlockNode {
  var kind: BlockNodeKind
  var parent: Int
  var firstChild = -1
  var lastChild = -1
  var previous = -1
  var next = -1
  /// 1-based line and column of the block's first character.
  var line: Int
  var column: Int
  /// Whether the last line this block (or a descendant) took was blank.
  var lastLineBlank = false
  /// The block's text lines: a range of `BlockParser.lines`.
  var contentStart = 0
  var contentEnd = 0
  /// For lists and items.
  var marker = ListMarker()
  /// For code blocks.
  var fence = CodeFence()
  /// The heading level, or the HTML block's start condition (1–7).
  var level = 0

  init(kind: BlockNodeKind, parent: Int, line: Int, column: Int, content: Int) {
    self.kind = kind
    self.parent = parent
    self.line = line
    self.column = column
    self.contentStart = content
    self.contentEnd = content
  }
}
