/// Links and images: brackets, inline destinations and reference lookups.
extension InlineParser {
  /// Records a `[` (or `![` when `length` is 2) as text and as a possible link opener.
  mutating func pushBracket(at position: Int, length: Int) {
    let node = append(.text, position, position + length)
    if !brackets.isEmpty { brackets[brackets.count - 1].hasBracketAfter = true }
    brackets.append(
      Bracket(
        node: node, position: position + length, isImage: length == 2,
        delimiterBottom: topDelimiter))
  }

  /// A `]`: closes the last bracket into a link or image when an inline destination or a
  /// defined reference follows, else stays text.
  mutating func handleCloseBracket(at position: Int) -> Int {
    guard let opener = brackets.last, opener.isActive else {
      if !brackets.isEmpty { brackets.removeLast() }
      appendText(position, position + 1)
      return position + 1
    }
    let after = position + 1
    let inlineTarget =
      after < text.count && text[after] == UInt8(ascii: "(") ? inlineLinkTail(from: after + 1) : nil
    if let (target, end) = inlineTarget
      ?? (references.isEmpty ? nil : referenceTarget(opener, closer: position))
    {
      targets.append(target)
      makeLink(opener, target: targets.count - 1)
      return end
    }
    brackets.removeLast()
    appendText(position, position + 1)
    return position + 1
  }

  /// The destination and title in `(…)` after a link's text, and the position after the `)`.
  private func inlineLinkTail(from start: Int) -> (LinkTarget, Int)? {
    let count = text.count
    var index = LinkSyntax.skipWhitespace(text, from: start, limit: count)
    guard index < count else { return nil }
    if text[index] == UInt8(ascii: ")") {
      return (LinkTarget(destination: "", title: ""), index + 1)
    }
    guard let destination = LinkSyntax.scanDestination(text, from: index, limit: count) else {
      return nil
    }
    index = LinkSyntax.skipWhitespace(text, from: destination.end, limit: count)
    var title = ""
    if index > destination.end,
      let scanned = LinkSyntax.scanTitle(text, from: index, limit: count)
    {
      title = LinkSyntax.unescaped(text, scanned.content)
      index = LinkSyntax.skipWhitespace(text, from: scanned.end, limit: count)
    }
    guard index < count, text[index] == UInt8(ascii: ")") else { return nil }
    return (
      LinkTarget(destination: LinkSyntax.unescaped(text, destination.content), title: title),
      index + 1
    )
  }

  /// The defined target of a full (`[text][label]`), collapsed (`[text][]`) or shortcut
  /// (`[text]`) reference, and the position after it.
  private func referenceTarget(_ opener: Bracket, closer: Int) -> (LinkTarget, Int)? {
    let after = closer + 1
    if after < text.count && text[after] == UInt8(ascii: "["),
      let labelEnd = LinkSyntax.scanLabel(text, from: after, limit: text.count),
      labelEnd - after > 2
    {
      guard let label = LinkSyntax.normalizedLabel(text, after + 1..<labelEnd - 1),
        let target = references[label]
      else { return nil }
      return (target, labelEnd)
    }
    guard !opener.hasBracketAfter,
      closer - opener.position <= LinkSyntax.maximumLabelLength,
      let label = LinkSyntax.normalizedLabel(text, opener.position..<closer),
      let target = references[label]
    else { return nil }
    let isCollapsed =
      after + 1 < text.count && text[after] == UInt8(ascii: "[")
      && text[after + 1] == UInt8(ascii: "]")
    return (target, isCollapsed ? after + 2 : after)
  }

  /// Turns the opener's node into a link or image holding every node after it.
  private mutating func makeLink(_ opener: Bracket, target: Int) {
    processEmphasis(bottom: opener.delimiterBottom)
    let node = opener.node
    nodes[node].kind = opener.isImage ? .image : .link
    nodes[node].isMergeable = false
    nodes[node].target = target
    let first = nodes[node].next
    if first >= 0 {
      nodes[node].firstChild = first
      nodes[node].lastChild = tail
      nodes[first].previous = -1
      nodes[node].next = -1
      tail = node
    }
    brackets.removeLast()
    if !opener.isImage {
      // A link holds no link: the `[`s before it may no longer open one.
      for index in brackets.indices.reversed() where !brackets[index].isImage {
        if !brackets[index].isActive { break }
        brackets[index].isActive = false
      }
    }
  }
}
