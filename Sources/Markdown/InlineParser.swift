/// Parses the text of a paragraph, heading or table cell into inline content, following
/// CommonMark: one pass left to right builds a list of nodes, with a stack of emphasis
/// delimiters and a stack of brackets that are resolved when their closer is found.
///
/// The nodes live in an array and link to each other by index; text nodes are ranges of the
/// input, so strings are only made for the finished leaves. One parser is reused for every
/// block of a document, keeping its arrays' storage.
struct InlineParser {
  /// How deep emphasis, links and images may nest in the result; deeper ones are flattened.
  static let maximumDepth = 100

  enum NodeKind: UInt8 {
    /// Text: a range of the input (`decoded` when `isDecoded`).
    case text
    case softBreak, lineBreak
    /// A code span: a range of the input whose line endings become spaces.
    case code
    /// Raw HTML: a range of the input.
    case html
    case emphasis, strong, link, image
  }

  /// A node of the list the parser builds, linked to its neighbours and children by index.
  struct Node {
    @Int32Backed var start: Int
    @Int32Backed var end: Int
    @Int32Backed var previous = -1
    @Int32Backed var next = -1
    @Int32Backed var firstChild = -1
    @Int32Backed var lastChild = -1
    /// For links and images: the index in `targets`.
    @Int32Backed var target = -1
    var kind: NodeKind
    /// Whether the text is in `decoded` rather than the input.
    var isDecoded = false
    /// Whether plain text that follows in the input may extend this node.
    var isMergeable = false
  }

  /// A run of `*` or `_` that may open or close emphasis.
  struct Delimiter {
    var node: Int
    var character: UInt8
    var count: Int
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
    var previous: Int
    var next = -1
  }

  /// A `[` or `![` waiting for its `]`.
  struct Bracket {
    var node: Int
    /// The position after the bracket.
    var position: Int
    var isImage: Bool
    var isActive = true
    /// The top of the delimiter stack when the bracket was found.
    var delimiterBottom: Int
    /// Whether another bracket was found after this one.
    var hasBracketAfter = false
  }

  /// The document's link reference definitions, by normalized label.
  let references: [String: LinkTarget]
  var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var nodes: [Node] = []
  var head = -1
  var tail = -1
  var delimiters: [Delimiter] = []
  var firstDelimiter = -1
  var topDelimiter = -1
  var brackets: [Bracket] = []
  var decoded: [UInt8] = []
  var targets: [LinkTarget] = []
  var scratch: [UInt8] = []
  var openersBottom: [Int] = Array(repeating: -1, count: 12)
  var html = RawHTMLScanner()
  /// Whether a search for closing backticks has reached the end of the text, and where the
  /// last run of each length starts: together they make failed searches O(1).
  var backticksScanned = false
  var lastBacktickRun: [Int] = Array(repeating: -1, count: 33)
  var lastLongBacktickRun: [Int: Int] = [:]

  init(references: [String: LinkTarget]) {
    self.references = references
  }

  mutating func parse(_ text: UnsafeBufferPointer<UInt8>) -> [MarkdownInline] {
    var start = 0
    var end = text.count
    while start < end && text[start].isMarkdownWhitespace { start += 1 }
    while end > start && text[end - 1].isMarkdownWhitespace { end -= 1 }
    guard start < end else { return [] }
    reset(UnsafeBufferPointer(rebasing: text[start..<end]))
    scan()
    processEmphasis(bottom: -1)
    return inlines(from: head, depth: 0)
  }

  private mutating func reset(_ text: UnsafeBufferPointer<UInt8>) {
    self.text = text
    // Emptied for every block, keeping their storage: left to pile up across a document's
    // blocks, they would grow, and be copied as they grow, far past what one block needs.
    if !nodes.isEmpty { nodes.removeAll(keepingCapacity: true) }
    head = -1
    tail = -1
    if !delimiters.isEmpty { delimiters.removeAll(keepingCapacity: true) }
    firstDelimiter = -1
    topDelimiter = -1
    if !brackets.isEmpty { brackets.removeAll(keepingCapacity: true) }
    if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
    if !targets.isEmpty { targets.removeAll(keepingCapacity: true) }
    html = RawHTMLScanner()
    if backticksScanned {
      backticksScanned = false
      for index in lastBacktickRun.indices { lastBacktickRun[index] = -1 }
      lastLongBacktickRun.removeAll()
    }
  }

  /// One entry per byte value: 1 for those that may start something other than plain text.
  static let specialBytes: [UInt8] = (0...255).map {
    "\n!&*<[\\]_`".utf8.contains(UInt8($0)) ? 1 : 0
  }

  /// The first position at or after `start` holding a special byte, or the end.
  @inline(__always)
  static func plainTextEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    specialBytes.withUnsafeBufferPointer { table in
      let table = table.baseAddress.unsafelyUnwrapped
      let count = text.count
      var index = start
      while index + 4 <= count {
        if table[Int(text[index])] != 0 { return index }
        if table[Int(text[index + 1])] != 0 { return index + 1 }
        if table[Int(text[index + 2])] != 0 { return index + 2 }
        if table[Int(text[index + 3])] != 0 { return index + 3 }
        index += 4
      }
      while index < count && table[Int(text[index])] == 0 { index += 1 }
      return index
    }
  }

  private mutating func scan() {
    let count = text.count
    var position = 0
    while position < count {
      let end = Self.plainTextEnd(in: text, from: position)
      if end > position {
        appendText(position, end)
        position = end
        continue
      }
      switch text[position] {
      case 0x0A: position = handleNewline(at: position)
      case UInt8(ascii: "\\"): position = handleBackslash(at: position)
      case UInt8(ascii: "`"): position = handleBackticks(at: position)
      case UInt8(ascii: "*"), UInt8(ascii: "_"): position = handleDelimiterRun(at: position)
      case UInt8(ascii: "["):
        pushBracket(at: position, length: 1)
        position += 1
      case UInt8(ascii: "!"):
        if position + 1 < count && text[position + 1] == UInt8(ascii: "[") {
          pushBracket(at: position, length: 2)
          position += 2
        } else {
          appendText(position, position + 1)
          position += 1
        }
      case UInt8(ascii: "]"): position = handleCloseBracket(at: position)
      case UInt8(ascii: "<"): position = handleLessThan(at: position)
      default: position = handleAmpersand(at: position)
      }
    }
  }

  // MARK: Building the node list

  /// Appends a node to the top-level list and returns its index.
  @discardableResult @inline(__always)
  mutating func append(_ kind: NodeKind, _ start: Int, _ end: Int) -> Int {
    let index = nodes.count
    nodes.append(Node(start: start, end: end, previous: tail, kind: kind))
    if tail >= 0 { nodes[tail].next = index } else { head = index }
    tail = index
    return index
  }

  /// Appends plain input text, extending the previous text node when it ends where this starts.
  @inline(__always)
  mutating func appendText(_ start: Int, _ end: Int) {
    if tail >= 0 && nodes[tail].isMergeable && nodes[tail].end == start {
      nodes[tail].end = end
      return
    }
    let index = append(.text, start, end)
    nodes[index].isMergeable = true
  }

  /// A line ending: hard after two spaces, soft otherwise; the line's trailing spaces and the
  /// next line's indentation are dropped.
  @inline(__always)
  private mutating func handleNewline(at position: Int) -> Int {
    var isHard = false
    if tail >= 0 && nodes[tail].kind == .text && !nodes[tail].isDecoded
      && nodes[tail].end == position
    {
      let start = nodes[tail].start
      isHard = position - start >= 2 && text[position - 1] == 0x20 && text[position - 2] == 0x20
      nodes[tail].end = text.trimmingSpacesAndTabs(start..<position).upperBound
    }
    append(isHard ? .lineBreak : .softBreak, position, position)
    return text.skippingSpacesAndTabs(from: position + 1, to: text.count)
  }

  @inline(__always)
  private mutating func handleBackslash(at position: Int) -> Int {
    let next = position + 1
    if next < text.count {
      let byte = text[next]
      if byte == 0x0A {
        append(.lineBreak, position, position)
        return text.skippingSpacesAndTabs(from: next + 1, to: text.count)
      }
      if byte.isASCIIPunctuation {
        appendText(next, next + 1)
        return next + 1
      }
    }
    appendText(position, next)
    return next
  }

  private mutating func handleAmpersand(at position: Int) -> Int {
    let start = decoded.count
    guard let end = EntityDecoder.decode(text, at: position, limit: text.count, into: &decoded)
    else {
      appendText(position, position + 1)
      return position + 1
    }
    let index = append(.text, start, decoded.count)
    nodes[index].isDecoded = true
    return end
  }

  /// A code span, or the literal backticks when no run of the same length closes it.
  private mutating func handleBackticks(at position: Int) -> Int {
    let count = text.count
    var after = position
    while after < count && text[after] == UInt8(ascii: "`") { after += 1 }
    let length = after - position
    if backticksScanned && lastRun(ofLength: length) < after {
      appendText(position, after)
      return after
    }
    var index = after
    while index < count {
      if text[index] != UInt8(ascii: "`") {
        index += 1
        continue
      }
      let runStart = index
      while index < count && text[index] == UInt8(ascii: "`") { index += 1 }
      let runLength = index - runStart
      if runLength < lastBacktickRun.count {
        lastBacktickRun[runLength] = runStart
      } else {
        lastLongBacktickRun[runLength] = runStart
      }
      if runLength == length {
        var contentStart = after
        var contentEnd = runStart
        let trailing = text.trimmingSpacesAndTabs(contentStart..<contentEnd).upperBound
        if trailing > contentStart && text[trailing - 1] == 0x0A { contentEnd = trailing }
        let first = text[contentStart]
        let last = text[contentEnd - 1]
        if (first == 0x20 || first == 0x0A) && (last == 0x20 || last == 0x0A) {
          if text[contentStart..<contentEnd].contains(where: { $0 != 0x20 && $0 != 0x0A }) {
            contentStart += 1
            contentEnd -= 1
            if first == 0x0A {
              contentStart = text.skippingSpacesAndTabs(from: contentStart, to: count)
            }
          }
        }
        append(.code, contentStart, contentEnd)
        return index
      }
    }
    backticksScanned = true
    appendText(position, after)
    return after
  }

  /// Where the last run of `length` backticks seen by a search starts, or -1.
  private func lastRun(ofLength length: Int) -> Int {
    length < lastBacktickRun.count ? lastBacktickRun[length] : lastLongBacktickRun[length] ?? -1
  }
}
