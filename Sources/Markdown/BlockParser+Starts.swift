import TextSupport

/// Recognising the lines that open a block.
extension BlockParser {
  /// Opens the block that starts at the line's first non-space byte, if any, and returns it
  /// (or -1). `container` is the innermost block the line has reached, at `depth` in `open`;
  /// `maybeLazy` says the line could still be a lazy paragraph continuation.
  mutating func startBlock(in container: Int, depth: Int, maybeLazy: Bool) -> Int {
    findFirstNonspace()
    let containerKind = nodes[container].kind
    let start = firstNonspace
    let startColumn = start - lineStart + 1
    if indent >= 4 {
      guard !maybeLazy && !blank else { return -1 }
      advanceOffset(4, columns: true)
      return addBlock(.codeBlock, under: depth, column: startColumn)
    }
    let byte = peek(start)
    if containerKind == .paragraph
      && (byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":"))
    {
      let table = startTable(after: container)
      if table >= 0 { return table }
    }
    switch byte {
    case UInt8(ascii: ">"):
      guard open.count < Self.maximumDepth else { return -1 }
      advanceOffset(start + 1 - offset, columns: false)
      if peek(offset).isSpaceOrTab { advanceOffset(1, columns: true) }
      return addBlock(.blockQuote, under: depth, column: startColumn)
    case UInt8(ascii: "#"):
      guard let heading = atxHeading(at: start) else { return -1 }
      let node = addBlock(.heading, under: depth, column: startColumn)
      nodes[node].level = heading.level
      lines.append(ContentLine(start: heading.start, end: heading.end))
      nodes[node].contentEnd = lines.count
      return consumingLine(for: node)
    case UInt8(ascii: "`"), UInt8(ascii: "~"):
      guard let (length, info) = openingFence(at: start) else { return -1 }
      let node = addBlock(.codeBlock, under: depth, column: startColumn)
      nodes[node].fence = CodeFence(character: byte, length: length, offset: indent)
      lines.append(info)
      nodes[node].contentStart = lines.count
      nodes[node].contentEnd = lines.count
      return consumingLine(for: node)
    case UInt8(ascii: "<"):
      let type = HTMLBlockScanner.startCondition(
        bytes, at: start, lineEnd: lineEnd, canInterruptParagraph: !maybeLazy)
      guard type > 0 else { return -1 }
      let node = addBlock(.htmlBlock, under: depth, column: startColumn)
      nodes[node].level = type
      return node
    case UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      if containerKind == .paragraph
        && (byte == UInt8(ascii: "=") || byte == UInt8(ascii: "-")),
        runEndingLine(of: byte, at: start) > 0
      {
        resolveReferenceDefinitions(in: container)
        guard nodes[container].contentStart < nodes[container].contentEnd else { return -1 }
        nodes[container].kind = .heading
        nodes[container].level = byte == UInt8(ascii: "=") ? 1 : 2
        return consumingLine(for: container)
      }
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"),
        isThematicBreak(at: start)
      {
        return consumingLine(for: addBlock(.thematicBreak, under: depth, column: startColumn))
      }
      return startListItem(
        in: container, depth: depth, interruptsParagraph: containerKind == .paragraph)
    default:
      return -1
    }
  }

  /// Marks the rest of the line used up by `block`, which it returns: a heading, a fence, a
  /// thematic break or a table's delimiter row leaves no text for the line's last phase.
  mutating func consumingLine(for block: Int) -> Int {
    offset = lineEnd
    lineConsumed = true
    return block
  }

  /// Opens a list item (and its list, unless the item continues `container`).
  mutating func startListItem(in container: Int, depth: Int, interruptsParagraph: Bool) -> Int {
    guard open.count + 2 <= Self.maximumDepth,
      let (found, width) = listMarker(at: firstNonspace, interruptsParagraph: interruptsParagraph)
    else { return -1 }
    var marker = found
    let startColumn = firstNonspace - lineStart + 1
    marker.markerOffset = indent
    advanceOffset(firstNonspace + width - offset, columns: false)
    // The content starts after the spaces that follow the marker, unless there are none, five
    // or more (then it is indented code, after one), or nothing follows.
    findFirstNonspace()
    if indent >= 5 || indent < 1 || blank {
      marker.padding = width + 1
      if indent > 0 { advanceOffset(1, columns: true) }
    } else {
      marker.padding = width + indent
      advanceOffset(indent, columns: true)
    }
    var depth = depth
    if nodes[container].kind != .list || !marker.continues(nodes[container].marker) {
      let list = addBlock(.list, under: depth, column: startColumn)
      nodes[list].marker = marker
      depth = open.count - 1
    }
    let item = addBlock(.item, under: depth, column: startColumn)
    nodes[item].marker = marker
    return item
  }

  /// The marker of a list item at `start` and its width in bytes.
  @inline(__always)
  func listMarker(at start: Int, interruptsParagraph: Bool) -> (ListMarker, Int)? {
    var marker = ListMarker()
    var index = start
    let byte = bytes[start]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
      marker.character = byte
      index += 1
    } else {
      var value = 0
      var digits = 0
      while index < lineEnd && bytes[index].isASCIIDigit && digits < 9 {
        value = value * 10 + Int(bytes[index] &- 0x30)
        index += 1
        digits += 1
      }
      let delimiter = peek(index)
      guard digits > 0, delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")"),
        !interruptsParagraph || value == 1
      else { return nil }
      marker.isOrdered = true
      marker.start = value
      marker.character = delimiter
      index += 1
    }
    guard index >= lineEnd || bytes[index].isSpaceOrTab else { return nil }
    // An empty item may not interrupt a paragraph.
    if interruptsParagraph && bytes[index..<lineEnd].allSatisfy(\.isSpaceOrTab) { return nil }
    return (marker, index - start)
  }

  /// An ATX heading's level and the range of its text, closing sequence removed.
  func atxHeading(at start: Int) -> (level: Int, start: Int, end: Int)? {
    var index = start
    while index < lineEnd && bytes[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - start
    guard level <= 6, index >= lineEnd || bytes[index].isSpaceOrTab else { return nil }
    var text = bytes.trimmingSpacesAndTabs(index..<lineEnd)
    var hashes = text.upperBound
    while hashes > text.lowerBound && bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes == text.lowerBound || (hashes < text.upperBound && bytes[hashes - 1].isSpaceOrTab) {
      text = bytes.trimmingSpacesAndTabs(text.lowerBound..<hashes)
    }
    return (level, text.lowerBound, text.upperBound)
  }

  /// The length of an opening code fence at `start` and its info string.
  func openingFence(at start: Int) -> (Int, ContentLine)? {
    let character = bytes[start]
    var index = start
    while index < lineEnd && bytes[index] == character { index += 1 }
    guard index - start >= 3 else { return nil }
    // A backtick fence's info string holds no backtick.
    if character == UInt8(ascii: "`") && bytes[index..<lineEnd].contains(character) { return nil }
    let info = bytes.trimmingSpacesAndTabs(index..<lineEnd)
    return (index - start, ContentLine(start: info.lowerBound, end: info.upperBound))
  }

  /// How many of `character` stand from `start` when only spaces and tabs follow them on the
  /// line, else 0: what a closing fence and a setext underline are made of.
  func runEndingLine(of character: UInt8, at start: Int) -> Int {
    var index = start
    while index < lineEnd && bytes[index] == character { index += 1 }
    return bytes[index..<lineEnd].allSatisfy(\.isSpaceOrTab) ? index - start : 0
  }

  /// Whether the line from `start` is a thematic break: three or more `-`, `*` or `_`.
  @inline(__always)
  func isThematicBreak(at start: Int) -> Bool {
    let character = bytes[start]
    let line = bytes[start..<lineEnd]
    return line.allSatisfy { $0 == character || $0.isSpaceOrTab }
      && line.count { $0 == character } >= 3
  }
}
