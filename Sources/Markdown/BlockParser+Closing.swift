/// What happens when a block closes, and GFM tables, which turn a paragraph's last line into
/// a header row.
extension BlockParser {
  /// Finishes a block that no line will continue.
  @inline(__always)
  mutating func finalize(_ index: Int) {
    switch nodes[index].kind {
    case .paragraph:
      resolveReferenceDefinitions(in: index)
      if nodes[index].contentStart == nodes[index].contentEnd {
        remove(index)
        return
      }
    case .codeBlock where nodes[index].fence.character == 0:
      var end = nodes[index].contentEnd
      while end > nodes[index].contentStart && isBlank(lines[end - 1]) { end -= 1 }
      nodes[index].contentEnd = end
    case .list:
      nodes[index].marker.isTight = isTight(list: index)
    default:
      break
    }
    if nodes[index].parent == 0 { closedTopLevelBlocks += 1 }
  }

  /// Whether a content line holds only spaces and tabs.
  func isBlank(_ line: ContentLine) -> Bool {
    bytes.skippingSpacesAndTabs(from: line.start, to: line.end) == line.end
  }

  /// Unlinks a block (the last child of its parent) from the tree.
  mutating func remove(_ index: Int) {
    let parent = nodes[index].parent
    let previous = nodes[index].previous
    let next = nodes[index].next
    if previous >= 0 { nodes[previous].next = next } else { nodes[parent].firstChild = next }
    if next >= 0 { nodes[next].previous = previous } else { nodes[parent].lastChild = previous }
    nodes[index].kind = .removed
  }

  /// A list is loose when a blank line separates two of its items, or two blocks of an item.
  func isTight(list: Int) -> Bool {
    var item = nodes[list].firstChild
    while item >= 0 {
      if nodes[item].lastLineBlank && nodes[item].next >= 0 { return false }
      var child = nodes[item].firstChild
      while child >= 0 {
        if (nodes[item].next >= 0 || nodes[child].next >= 0) && endsWithBlankLine(child) {
          return false
        }
        child = nodes[child].next
      }
      item = nodes[item].next
    }
    return true
  }

  /// Whether a block, or the last item or block at the end of it, ended with a blank line.
  func endsWithBlankLine(_ index: Int) -> Bool {
    var current = index
    while true {
      if nodes[current].lastLineBlank { return true }
      let kind = nodes[current].kind
      guard kind == .list || kind == .item, nodes[current].lastChild >= 0 else { return false }
      current = nodes[current].lastChild
    }
  }

  /// Takes the link reference definitions off the start of a paragraph into `references`.
  mutating func resolveReferenceDefinitions(in index: Int) {
    let first = nodes[index].contentStart
    let end = nodes[index].contentEnd
    guard first < end, bytes[lines[first].start] == UInt8(ascii: "[") else { return }
    var consumedLines = 0
    var buffer: [UInt8] = []
    swap(&buffer, &scratch)
    Self.withText(of: lines[first..<end], in: bytes, scratch: &buffer) { text in
      var position = 0
      while position < text.count,
        let next = LinkSyntax.referenceDefinition(text, from: position, into: &references)
      {
        position = next
      }
      if position >= text.count {
        consumedLines = end - first
      } else {
        for byte in text[0..<position] where byte == 0x0A { consumedLines += 1 }
      }
    }
    swap(&buffer, &scratch)
    nodes[index].contentStart = first + consumedLines
  }

  /// Calls `body` with the text of `lines` joined by line feeds: a slice of the input when the
  /// lines follow each other there (separated by a line feed and indentation), else a copy.
  static func withText<Result>(
    of lines: ArraySlice<ContentLine>, in bytes: UnsafeBufferPointer<UInt8>,
    scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    guard let first = lines.first, let last = lines.last else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    var contiguous = true
    var previousEnd = first.end
    for line in lines.dropFirst() {
      if previousEnd >= bytes.count || bytes[previousEnd] != 0x0A || line.start <= previousEnd {
        contiguous = false
        break
      }
      if bytes.skippingSpacesAndTabs(from: previousEnd + 1, to: line.start) != line.start {
        contiguous = false
        break
      }
      previousEnd = line.end
    }
    if contiguous {
      return body(UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]))
    }
    scratch.removeAll(keepingCapacity: true)
    for line in lines {
      if line.start != first.start { scratch.append(0x0A) }  // lines start at distinct bytes
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]))
    }
    return scratch.withUnsafeBufferPointer(body)
  }

  /// Turns the open paragraph's last line into a table header when the current line is a
  /// delimiter row with as many cells; returns the table, or -1.
  mutating func startTable(after paragraph: Int) -> Int {
    guard let alignments = TableScanner.alignments(bytes, from: firstNonspace, to: lineEnd),
      nodes[paragraph].contentEnd > nodes[paragraph].contentStart
    else { return -1 }
    let headerIndex = nodes[paragraph].contentEnd - 1
    let header = lines[headerIndex]
    var headerCells: [Range<Int>] = []
    TableScanner.cells(bytes, from: header.start, to: header.end, into: &headerCells)
    guard headerCells.count == alignments.count else { return -1 }
    var headerLineStart = header.start
    while headerLineStart > 0 && !bytes[headerLineStart - 1].isLineEnding { headerLineStart -= 1 }
    nodes[paragraph].contentEnd = headerIndex
    closeTop()
    let table = addBlock(.table, under: open.count - 1, column: header.start - headerLineStart + 1)
    nodes[table].line = lineNumber - 1
    nodes[table].contentStart = headerIndex
    addTextLine(to: table)
    return consumingLine(for: table)
  }
}
