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
  private var storedStart: Int32 = 1
  private var storedMarkerOffset: Int32 = 0
  private var storedPadding: Int32 = 0
  /// Whether the marker is a number.
  var isOrdered = false
  /// The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`).
  var character: UInt8 = 0
  /// Whether the list is tight (set when the list is closed).
  var isTight = true

  /// The number of an ordered marker (at most nine digits).
  var start: Int {
    get { Int(storedStart) }
    set { storedStart = Int32(truncatingIfNeeded: newValue) }
  }
  /// Columns of indentation before the marker.
  var markerOffset: Int {
    get { Int(storedMarkerOffset) }
    set { storedMarkerOffset = Int32(truncatingIfNeeded: newValue) }
  }
  /// Columns from the marker's start to the item's content.
  var padding: Int {
    get { Int(storedPadding) }
    set { storedPadding = Int32(truncatingIfNeeded: newValue) }
  }

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
///
/// Stored in 32 bits, as `BlockNode` is, since a document has one per line of text.
struct ContentLine {
  private var storedStart: Int32
  private var storedEnd: Int32
  private var storedLeadingSpaces: Int32 = 0

  init(start: Int, end: Int) {
    storedStart = Int32(truncatingIfNeeded: start)
    storedEnd = Int32(truncatingIfNeeded: end)
  }

  /// Where the text starts in the input.
  var start: Int {
    get { Int(storedStart) }
    set { storedStart = Int32(truncatingIfNeeded: newValue) }
  }
  /// Where it ends, before the line ending.
  var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = Int32(truncatingIfNeeded: newValue) }
  }
  /// Spaces to put before the text, left over from a tab that was only partly indentation.
  var leadingSpaces: Int {
    get { Int(storedLeadingSpaces) }
    set { storedLeadingSpaces = Int32(truncatingIfNeeded: newValue) }
  }
}

/// A block while the document is parsed: a node of a tree kept in an array and linked by index.
///
/// Indices and numbers are stored in 32 bits to keep the node small (a large document has
/// tens of thousands); they read and write as `Int`.
struct BlockNode {
  private var storage:
    (
      parent: Int32, firstChild: Int32, lastChild: Int32, previous: Int32, next: Int32,
      line: Int32, column: Int32, contentStart: Int32, contentEnd: Int32
    )
  /// For lists and items.
  var marker = ListMarker()
  var kind: BlockNodeKind
  /// Whether the last line this block (or a descendant) took was blank.
  var lastLineBlank = false
  private var storedLevel: UInt8 = 0

  init(kind: BlockNodeKind, parent: Int, line: Int, column: Int, content: Int) {
    self.kind = kind
    let content = Int32(truncatingIfNeeded: content)
    storage = (
      Int32(truncatingIfNeeded: parent), -1, -1, -1, -1, Int32(truncatingIfNeeded: line),
      Int32(truncatingIfNeeded: column), content, content
    )
  }

  var parent: Int {
    get { Int(storage.parent) }
    set { storage.parent = Int32(truncatingIfNeeded: newValue) }
  }
  var firstChild: Int {
    get { Int(storage.firstChild) }
    set { storage.firstChild = Int32(truncatingIfNeeded: newValue) }
  }
  var lastChild: Int {
    get { Int(storage.lastChild) }
    set { storage.lastChild = Int32(truncatingIfNeeded: newValue) }
  }
  var previous: Int {
    get { Int(storage.previous) }
    set { storage.previous = Int32(truncatingIfNeeded: newValue) }
  }
  var next: Int {
    get { Int(storage.next) }
    set { storage.next = Int32(truncatingIfNeeded: newValue) }
  }
  /// 1-based line and column of the block's first character.
  var line: Int {
    get { Int(storage.line) }
    set { storage.line = Int32(truncatingIfNeeded: newValue) }
  }
  var column: Int {
    get { Int(storage.column) }
    set { storage.column = Int32(truncatingIfNeeded: newValue) }
  }
  /// The block's text lines: a range of `BlockParser.lines`.
  var contentStart: Int {
    get { Int(storage.contentStart) }
    set { storage.contentStart = Int32(truncatingIfNeeded: newValue) }
  }
  var contentEnd: Int {
    get { Int(storage.contentEnd) }
    set { storage.contentEnd = Int32(truncatingIfNeeded: newValue) }
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
