/// Emphasis: delimiter runs and CommonMark's `process emphasis` procedure.
extension InlineParser {
  /// How a character next to a delimiter run counts for flanking.
  enum CharacterClass {
    case whitespace, punctuation, other
  }

  /// A run of `*` or `_`: a text node, and a delimiter when it can open or close emphasis.
  mutating func handleDelimiterRun(at position: Int) -> Int {
    let character = text[position]
    var end = position + 1
    while end < text.count && text[end] == character { end += 1 }
    let before = characterClass(before: position)
    let after = characterClass(after: end)
    let leftFlanking = after != .whitespace && (after != .punctuation || before != .other)
    let rightFlanking = before != .whitespace && (before != .punctuation || after != .other)
    let canOpen: Bool
    let canClose: Bool
    if character == UInt8(ascii: "*") {
      canOpen = leftFlanking
      canClose = rightFlanking
    } else {
      canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
      canClose = rightFlanking && (!leftFlanking || after == .punctuation)
    }
    let node = append(.text, position, end)
    if canOpen || canClose {
      let index = delimiters.count
      delimiters.append(
        Delimiter(
          node: node, character: character, count: end - position, originalCount: end - position,
          canOpen: canOpen, canClose: canClose, previous: topDelimiter))
      if topDelimiter >= 0 { delimiters[topDelimiter].next = index } else { firstDelimiter = index }
      topDelimiter = index
    }
    return end
  }

  /// The class of the character that ends at `position` (the start of the text counts as
  /// whitespace).
  @inline(__always)
  func characterClass(before position: Int) -> CharacterClass {
    guard position > 0 else { return .whitespace }
    var start = position - 1
    while start > 0 && text[start] & 0xC0 == 0x80 && position - start < 4 { start -= 1 }
    return characterClass(after: start)
  }

  /// The class of the character that starts at `position` (the end counts as whitespace).
  @inline(__always)
  func characterClass(after position: Int) -> CharacterClass {
    guard position < text.count else { return .whitespace }
    let byte = text[position]
    if byte < 0x80 { return Self.classify(byte) }
    return Self.classify(scalar(at: position))
  }

  private func scalar(at index: Int) -> Unicode.Scalar {
    var bytes = text[index...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return "\u{FFFD}" }
    return scalar
  }

  @inline(__always)
  private static func classify(_ byte: UInt8) -> CharacterClass {
    if byte.isMarkdownWhitespace { return .whitespace }
    return byte.isASCIIPunctuation ? .punctuation : .other
  }

  @inline(never)
  private static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
    switch scalar.properties.generalCategory {
    case .spaceSeparator:
      return .whitespace
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return .punctuation
    default:
      return .other
    }
  }

  /// Matches closers with openers above the delimiter `bottom` (-1 for the whole stack),
  /// wrapping what lies between them in emphasis, then drops those delimiters.
  mutating func processEmphasis(bottom: Int) {
    var closer = bottom >= 0 ? delimiters[bottom].next : firstDelimiter
    // Most paragraphs and link texts hold no delimiter at all: nothing to match or drop.
    if closer < 0 { return }
    for index in openersBottom.indices { openersBottom[index] = bottom }
    while closer >= 0 {
      let current = delimiters[closer]
      guard current.canClose else {
        closer = current.next
        continue
      }
      let slot =
        (current.character == UInt8(ascii: "*") ? 0 : 6) + (current.canOpen ? 3 : 0)
        + current.originalCount % 3
      var opener = current.previous
      var found = false
      while opener >= 0 && opener != bottom && opener != openersBottom[slot] {
        let candidate = delimiters[opener]
        if candidate.canOpen && candidate.character == current.character {
          let oddMatch =
            (current.canOpen || candidate.canClose) && current.originalCount % 3 != 0
            && (candidate.originalCount + current.originalCount) % 3 == 0
          if !oddMatch {
            found = true
            break
          }
        }
        opener = candidate.previous
      }
      guard found else {
        openersBottom[slot] = current.previous
        if !current.canOpen { removeDelimiter(closer) }
        closer = current.next
        continue
      }
      let used = current.count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
      delimiters[opener].count -= used
      delimiters[closer].count -= used
      let openerNode = delimiters[opener].node
      nodes[openerNode].end -= used
      nodes[current.node].start += used
      wrap(after: openerNode, before: current.node, in: used == 2 ? .strong : .emphasis)
      delimiters[opener].next = closer
      delimiters[closer].previous = opener
      if delimiters[opener].count == 0 { removeDelimiter(opener) }
      if delimiters[closer].count == 0 {
        let next = delimiters[closer].next
        removeDelimiter(closer)
        closer = next
      }
    }
    if bottom >= 0 {
      delimiters[bottom].next = -1
      topDelimiter = bottom
    } else {
      firstDelimiter = -1
      topDelimiter = -1
    }
  }

  @inline(__always)
  private mutating func removeDelimiter(_ index: Int) {
    let previous = delimiters[index].previous
    let next = delimiters[index].next
    if previous >= 0 { delimiters[previous].next = next } else { firstDelimiter = next }
    if next >= 0 { delimiters[next].previous = previous } else { topDelimiter = previous }
  }

  /// Moves the nodes between `opener` and `closer` into a new `kind` node put between them.
  @inline(__always)
  private mutating func wrap(after opener: Int, before closer: Int, in kind: NodeKind) {
    let wrapper = nodes.count
    var node = Node(start: 0, end: 0, previous: opener, next: closer, kind: kind)
    let first = nodes[opener].next
    if first != closer {
      let last = nodes[closer].previous
      node.firstChild = first
      node.lastChild = last
      nodes[first].previous = -1
      nodes[last].next = -1
    }
    nodes.append(node)
    nodes[opener].next = wrapper
    nodes[closer].previous = wrapper
  }
}
