/// Splits a document into a tree of blocks, one line at a time, following CommonMark's
/// algorithm: a line first continues the open blocks it can, then may open new blocks, and
/// what remains of it becomes text of the innermost open block.
///
/// The parser reads the input's bytes in place: a block's text is kept as ranges of the input
/// (`lines`), and strings are only made later, for the leaves, by `BlockTreeBuilder`.
struct BlockParser {
  /// How deep containers (block quotes, lists and items) may nest; deeper markers are text.
  static let maximumDepth = 100

  let bytes: UnsafeBufferPointer<UInt8>
  /// The parser stops once this many top-level blocks are complete.
  let blockLimit: Int
  /// Every block, the document first; children are linked by index.
  var nodes: [BlockNode]
  /// The open blocks from the document down to the innermost one.
  var open: [Int] = [0]
  /// The text lines of every leaf block, in order; each leaf owns a contiguous range.
  var lines: [ContentLine] = []
  /// The link reference definitions found so far, by normalized label.
  var references: [String: LinkTarget] = [:]
  var closedTopLevelBlocks = 0
  /// Set, and parsing stopped, when a line holds a zero byte: the input must be cleaned first.
  var containsNul = false
  var scratch: [UInt8] = []

  // The line being parsed.
  var lineNumber = 0
  var lineStart = 0
  /// Where the line's text ends, before its line ending.
  var lineEnd = 0
  /// How far the line has been consumed, as a byte offset and as a column (tabs expanded).
  var offset = 0
  var column = 0
  /// Whether the byte at `offset` is a tab of which only some columns were consumed.
  var partiallyConsumedTab = false
  var firstNonspace = 0
  /// Columns of indentation from `offset` to `firstNonspace`.
  var indent = 0
  /// Whether the rest of the line is blank.
  var blank = false
  /// Set when a block start used up the whole line (heading, fence, thematic break).
  var lineConsumed = false

  /// Parses `bytes` into the storage of `buffers` (an earlier parse's, or new), which
  /// `takeBuffers` gives back.
  init(bytes: UnsafeBufferPointer<UInt8>, blockLimit: Int, buffers: ParseBuffers) {
    self.bytes = bytes
    self.blockLimit = blockLimit
    nodes = buffers.nodes
    lines = buffers.lines
    nodes.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
    // Reserving for a block every 32 bytes, more than list-heavy text needs, costs only address
    // space (pages are touched as nodes are added) and spares a copy of every node.
    nodes.reserveCapacity(bytes.count / 32 + 8)
    lines.reserveCapacity(bytes.count / 40 + 8)
    nodes.append(BlockNode(kind: .document, parent: -1, line: 1, column: 1, content: 0))
  }

  /// The storage of `nodes` and `lines`, taken from the parser, which is left with none.
  mutating func takeBuffers() -> ParseBuffers {
    var buffers = ParseBuffers()
    swap(&buffers.nodes, &nodes)
    swap(&buffers.lines, &lines)
    return buffers
  }

  /// Parses the input (or its first `blockLimit` top-level blocks) into `nodes`, unless it
  /// finds a zero byte (`containsNul`).
  mutating func parse() {
    let count = bytes.count
    // A byte order mark is not part of the text (as cmark and our JSON parser read it).
    let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var position = hasBOM ? 3 : 0
    while position < count && closedTopLevelBlocks < blockLimit {
      let end = Self.lineEnd(in: bytes, from: position, sawNul: &containsNul)
      if containsNul { return }
      lineNumber += 1
      lineStart = position
      lineEnd = end
      processLine()
      position = end
      if position < count {
        let crlf = bytes[position] == 0x0D && position + 1 < count && bytes[position + 1] == 0x0A
        position += crlf ? 2 : 1
      }
    }
    while open.count > 1 {
      closeTop()
    }
  }

  /// Runs the three phases of CommonMark's algorithm on the current line.
  mutating func processLine() {
    offset = lineStart
    column = 0
    partiallyConsumedTab = false
    lineConsumed = false

    // Phase 1: which open blocks does the line continue?
    var matched = 1
    continuation: while matched < open.count {
      let index = open[matched]
      findFirstNonspace()
      switch nodes[index].kind {
      case .blockQuote:
        guard indent <= 3 && peek(firstNonspace) == UInt8(ascii: ">") else { break continuation }
        advanceOffset(indent + 1, columns: true)
        if peek(offset).isSpaceOrTab { advanceOffset(1, columns: true) }
      case .codeBlock where nodes[index].fence.character != 0:
        let fence = nodes[index].fence
        if indent <= 3 && runEndingLine(of: fence.character, at: firstNonspace) >= fence.length {
          closeTop()
          return
        }
        // The opening fence's indentation, as much of it as the line has, is not code.
        advanceOffset(min(indent, fence.offset), columns: true)
      case .item, .codeBlock:
        // Indented past an item's marker, or four columns for indented code, or blank.
        let isItem = nodes[index].kind == .item
        let width = isItem ? nodes[index].marker.markerOffset + nodes[index].marker.padding : 4
        if indent >= width {
          advanceOffset(width, columns: true)
        } else if blank && (!isItem || nodes[index].firstChild >= 0) {
          advanceOffset(firstNonspace - offset, columns: false)
        } else {
          break continuation
        }
      case .htmlBlock:
        if blank && nodes[index].level >= 6 { break continuation }
      case .paragraph, .table:
        if blank { break continuation }
      case .document, .list:
        break
      case .heading, .thematicBreak, .removed:
        break continuation
      }
      matched += 1
    }

    // Phase 2: does the line open new blocks?
    let allMatched = matched == open.count
    let tipKind = nodes[open[open.count - 1]].kind
    var maybeLazy = tipKind == .paragraph || tipKind == .table
    var container = open[matched - 1]
    var depth = matched - 1
    var started = false
    while nodes[container].kind != .codeBlock && nodes[container].kind != .htmlBlock {
      let opened = startBlock(in: container, depth: depth, maybeLazy: maybeLazy)
      if opened < 0 { break }
      started = true
      container = opened
      depth = open.count - 1
      maybeLazy = false
      if nodes[container].kind.isLeaf { break }
    }

    // Phase 3: the rest of the line is text for the container.
    findFirstNonspace()
    let kind = nodes[container].kind
    if blank && nodes[container].lastChild >= 0 {
      nodes[nodes[container].lastChild].lastLineBlank = true
    }
    let lastLineBlank =
      blank && kind != .blockQuote && kind != .heading && kind != .thematicBreak
      && !(kind == .codeBlock && nodes[container].fence.character != 0)
      && !(kind == .item && nodes[container].firstChild < 0
        && nodes[container].line == lineNumber)
    if nodes[container].lastLineBlank != lastLineBlank {
      nodes[container].lastLineBlank = lastLineBlank
    }
    var ancestor = nodes[container].parent
    while ancestor >= 0 {
      // Reading first spares most lines a write (and its uniqueness check) per ancestor.
      if nodes[ancestor].lastLineBlank { nodes[ancestor].lastLineBlank = false }
      ancestor = nodes[ancestor].parent
    }

    if lineConsumed {
      if kind == .heading || kind == .thematicBreak { closeTop() }
      return
    }
    if !started && !allMatched && !blank && tipKind == .paragraph {
      addTextLine(to: open[open.count - 1])  // lazy continuation line
      return
    }
    if !started { closeBlocks(above: depth) }
    switch kind {
    case .codeBlock:
      addVerbatimLine(to: container)
    case .htmlBlock:
      addVerbatimLine(to: container)
      let type = nodes[container].level
      if type <= 5 && HTMLBlockScanner.endsBlock(type, bytes, from: offset, to: lineEnd) {
        closeTop()
      }
    case .paragraph, .table:
      addTextLine(to: container)
    default:
      if !blank {
        let paragraph = addBlock(.paragraph, under: depth, column: firstNonspace - lineStart + 1)
        addTextLine(to: paragraph)
      }
    }
  }

  /// Appends a new open block as the last child of the innermost block that can hold it,
  /// closing the open blocks below `depth` (those the line did not continue) first.
  @inline(__always)
  mutating func addBlock(_ kind: BlockNodeKind, under depth: Int, column: Int) -> Int {
    closeBlocks(above: depth)
    while !nodes[open[open.count - 1]].kind.canContain(kind) {
      closeTop()
    }
    let parent = open[open.count - 1]
    let index = nodes.count
    var node = BlockNode(
      kind: kind, parent: parent, line: lineNumber, column: column, content: lines.count)
    let last = nodes[parent].lastChild
    node.previous = last
    nodes.append(node)
    if last >= 0 {
      nodes[last].next = index
    } else {
      nodes[parent].firstChild = index
    }
    nodes[parent].lastChild = index
    open.append(index)
    return index
  }

  @inline(__always)
  mutating func closeBlocks(above depth: Int) {
    while open.count > depth + 1 {
      closeTop()
    }
  }

  @inline(__always)
  mutating func closeTop() {
    finalize(open.removeLast())
  }
}
