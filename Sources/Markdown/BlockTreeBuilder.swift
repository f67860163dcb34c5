import TextSupport

/// Turns the block parser's tree into `MarkdownBlock` values, parsing the inline content of
/// the leaves (now that every link reference definition is known).
struct BlockTreeBuilder {
  let bytes: UnsafeBufferPointer<UInt8>
  let nodes: [BlockNode]
  var lines: [ContentLine]
  var inline: InlineParser
  var scratch: [UInt8] = []
  /// The cell ranges of the table row being built, kept between rows.
  var cellRanges: [Range<Int>] = []

  /// Takes the parser's nodes and lines (leaving it none), so that dropping a task marker
  /// from a line does not copy every line.
  init(_ parser: inout BlockParser) {
    bytes = parser.bytes
    let buffers = parser.takeBuffers()
    nodes = buffers.nodes
    lines = buffers.lines
    inline = InlineParser(references: parser.references)
  }

  /// The storage of the nodes and lines, for the next parse.
  consuming func takeBuffers() -> ParseBuffers {
    ParseBuffers(nodes: nodes, lines: lines)
  }

  /// The blocks inside block `parent`, at most `limit` of them.
  mutating func children(of parent: Int, limit: Int = .max) -> [MarkdownBlock] {
    var result: [MarkdownBlock] = []
    result.reserveCapacity(min(childCount(of: parent), limit))
    var child = nodes[parent].firstChild
    while child >= 0 && result.count < limit {
      if let block = block(child) { result.append(block) }
      child = nodes[child].next
    }
    return result
  }

  private func childCount(of parent: Int) -> Int {
    var count = 0
    var child = nodes[parent].firstChild
    while child >= 0 {
      count += 1
      child = nodes[child].next
    }
    return count
  }

  private mutating func block(_ index: Int) -> MarkdownBlock? {
    let node = nodes[index]
    let content = node.contentStart..<node.contentEnd
    let kind: MarkdownBlock.Kind
    switch node.kind {
    case .paragraph:
      kind = .paragraph(inlines(of: content))
    case .heading:
      kind = .heading(level: node.level, content: inlines(of: content))
    case .codeBlock:
      var info = ""
      if node.fence.character != 0 {
        let line = lines[node.contentStart - 1]
        info = LinkSyntax.unescaped(bytes, line.start..<line.end)
      }
      kind = .codeBlock(info: info, code: verbatim(content))
    case .htmlBlock:
      kind = .html(verbatim(content))
    case .thematicBreak:
      kind = .thematicBreak
    case .blockQuote:
      kind = .blockQuote(children(of: index))
    case .list:
      kind = .list(list(index))
    case .table:
      kind = .table(table(content))
    case .document, .item, .removed:
      return nil
    }
    return MarkdownBlock(kind, line: node.line, column: node.column)
  }

  private mutating func list(_ index: Int) -> MarkdownList {
    var items: [MarkdownListItem] = []
    items.reserveCapacity(childCount(of: index))
    var item = nodes[index].firstChild
    while item >= 0 {
      let checkbox = takeTaskMarker(of: item)
      items.append(
        MarkdownListItem(checkbox: checkbox, blocks: children(of: item), line: nodes[item].line))
      item = nodes[item].next
    }
    let marker = nodes[index].marker
    return MarkdownList(
      isOrdered: marker.isOrdered, start: marker.isOrdered ? marker.start : 1,
      isTight: marker.isTight, items: items)
  }

  /// Whether an item starts with a GFM task marker (`[ ]`, `[x]`), which is then dropped from
  /// its first paragraph.
  private mutating func takeTaskMarker(of item: Int) -> Bool? {
    let paragraph = nodes[item].firstChild
    guard paragraph >= 0, nodes[paragraph].kind == .paragraph else { return nil }
    let lineIndex = nodes[paragraph].contentStart
    let line = lines[lineIndex]
    let start = line.start
    guard line.end - start >= 3, bytes[start] == UInt8(ascii: "["),
      bytes[start + 2] == UInt8(ascii: "]")
    else { return nil }
    let mark = bytes[start + 1]
    guard mark == 0x20 || mark == 0x09 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X")
    else { return nil }
    guard start + 3 == line.end || bytes[start + 3].isSpaceOrTab else { return nil }
    let rest = bytes.skippingSpacesAndTabs(from: start + 3, to: line.end)
    guard rest < line.end || nodes[paragraph].contentEnd - lineIndex > 1 else { return nil }
    lines[lineIndex].start = rest
    return mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X")
  }

  private mutating func table(_ content: Range<Int>) -> MarkdownTable {
    let delimiter = lines[content.lowerBound + 1]
    let alignments =
      TableScanner.alignments(bytes, from: delimiter.start, to: delimiter.end) ?? [.none]
    let header = row(lines[content.lowerBound], columns: alignments.count)
    var rows: [[[MarkdownInline]]] = []
    rows.reserveCapacity(content.count - 2)
    for index in (content.lowerBound + 2)..<content.upperBound {
      rows.append(row(lines[index], columns: alignments.count))
    }
    return MarkdownTable(alignments: alignments, header: header, rows: rows)
  }

  /// A table row's cells, as many as the table has columns.
  private mutating func row(_ line: ContentLine, columns: Int) -> [[MarkdownInline]] {
    var cells: [[MarkdownInline]] = []
    cells.reserveCapacity(columns)
    TableScanner.cells(bytes, from: line.start, to: line.end, into: &cellRanges)
    for range in cellRanges.prefix(columns) {
      let slice = UnsafeBufferPointer(rebasing: bytes[range])
      // `\|` is a pipe inside the cell, code spans included: the escape goes before parsing.
      // A cell holds a `|` only so, as any other ends it.
      guard ByteScan.firstIndex(of: UInt8(ascii: "|"), in: slice, from: 0) != nil else {
        cells.append(inline.parse(slice))
        continue
      }
      let unescaped = slice.indices.compactMap { index -> UInt8? in
        let escapesPipe =
          slice[index] == UInt8(ascii: "\\") && index + 1 < slice.count
          && slice[index + 1] == UInt8(ascii: "|")
        return escapesPipe ? nil : slice[index]
      }
      cells.append(unescaped.withUnsafeBufferPointer { inline.parse($0) })
    }
    while cells.count < columns { cells.append([]) }
    return cells
  }

  private mutating func inlines(of range: Range<Int>) -> [MarkdownInline] {
    var buffer: [UInt8] = []
    swap(&buffer, &scratch)
    defer { swap(&buffer, &scratch) }
    return BlockParser.withText(of: lines[range], in: bytes, scratch: &buffer) {
      inline.parse($0)
    }
  }

  /// The lines in `range` as they stand, each ended by a line feed.
  private mutating func verbatim(_ range: Range<Int>) -> String {
    scratch.removeAll(keepingCapacity: true)
    for line in lines[range] {
      for _ in 0..<line.leadingSpaces { scratch.append(0x20) }
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]))
      scratch.append(0x0A)
    }
    return String(decoding: scratch, as: UTF8.self)
  }
}
