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
  /// The number of an ordered marker (at most nine digits).
  @Int32Backed var start = 1
  /// Columns of indentation before the marker.
  @Int32Backed var markerOffset = 0
  /// Columns from the marker's start to the item's content.
  @Int32Backed var padding = 0
  var isOrdered = false
  /// The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`).
  var character: UInt8 = 0
  /// Whether the list is tight (set when the list is closed).
  var isTight = true

  /// Whether an item with this marker continues a list started by `other`.
  func continues(_ other: ListMarker) -> Bool {
    isOrdered == other.isOrdered && character == other.character
  }
}

/// A code fence's facts. The info string is the content line just before the code's lines.
struct CodeFence {
  /// `` ` `` or `~`; 0 for an indented code block.
  var character: UInt8
  /// How many fence characters opened the block.
  var length: Int
  /// Columns of indentation of the opening fence, removed from the content lines.
  var offset: Int
}

/// One line (or the part of it) that a leaf block holds.
struct ContentLine {
  /// Where the text starts in the input.
  @Int32Backed var start: Int
  /// Where it ends, before the line ending.
  @Int32Backed var end: Int
  /// Spaces to put before the text, left over from a tab that was only partly indentation.
  @Int32Backed var leadingSpaces = 0
}

/// A block while the document is parsed: a node of a tree kept in an array and linked by index.
struct BlockNode {
  @Int32Backed var parent: Int
  @Int32Backed var firstChild = -1
  @Int32Backed var lastChild = -1
  @Int32Backed var previous = -1
  @Int32Backed var next = -1
  /// 1-based line and column of the block's first character.
  @Int32Backed var line: Int
  @Int32Backed var column: Int
  /// The block's text lines: a range of `BlockParser.lines`.
  @Int32Backed var contentStart: Int
  @Int32Backed var contentEnd: Int
  /// For lists and items.
  var marker = ListMarker()
  var kind: BlockNodeKind
  /// Whether the last line this block (or a descendant) took was blank.
  var lastLineBlank = false
  private var storedLevel: UInt8 = 0

  init(kind: BlockNodeKind, parent: Int, line: Int, column: Int, content: Int) {
    self.kind = kind
    self.parent = parent
    self.line = line
    self.column = column
    contentStart = content
    contentEnd = content
  }

  /// The heading level, or the HTML block's start condition (1–7).
  var level: Int {
    get { Int(storedLevel) }
    set { storedLevel = UInt8(truncatingIfNeeded: newValue) }
  }

  /// For code blocks: kept in the list marker's place, which a code block does not use, so
  /// every node is smaller.
  var fence: CodeFence {
    get {
      CodeFence(character: marker.character, length: marker.start, offset: marker.markerOffset)
    }
    set {
      marker.character = newValue.character
      marker.start = newValue.length
      marker.markerOffset = newValue.offset
    }
  }
}
