/// Parses link reference definitions (`[label]: /url "title"`) at the start of a paragraph.
enum ReferenceDefinitionParser {
  /// Parses one definition at `start` of a paragraph's text and records it under its
  /// normalized label, unless the label has one already (the first definition wins); returns
  /// the position after the line it ends on (past the line feed), or nil when there is none.
  static func parse(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int,
    into references: inout [String: LinkTarget]
  ) -> Int? {
    let limit = text.count
    var index = start
    while index < limit && text[index].isSpaceOrTab { index += 1 }
    guard index < limit, text[index] == UInt8(ascii: "["),
      let labelEnd = LinkSyntax.scanLabel(text, from: index, limit: limit),
      labelEnd < limit, text[labelEnd] == UInt8(ascii: ":"),
      let label = LinkSyntax.normalizedLabel(text, index + 1..<labelEnd - 1)
    else { return nil }
    index = LinkSyntax.skipWhitespace(text, from: labelEnd + 1, limit: limit)
    guard let destination = LinkSyntax.scanDestination(text, from: index, limit: limit),
      destination.isAngled || !destination.content.isEmpty
    else { return nil }
    let end: Int
    var title = ""
    let titleStart = LinkSyntax.skipWhitespace(text, from: destination.end, limit: limit)
    if titleStart > destination.end,
      let scanned = LinkSyntax.scanTitle(text, from: titleStart, limit: limit),
      let lineEnd = endOfLine(text, from: scanned.end)
    {
      title = LinkSyntax.unescaped(text, scanned.content)
      end = lineEnd
    } else {
      guard let lineEnd = endOfLine(text, from: destination.end) else { return nil }
      end = lineEnd
    }
    if references[label] == nil {
      references[label] = LinkTarget(
        destination: LinkSyntax.unescaped(text, destination.content), title: title)
    }
    return end
  }

  /// The position after the line feed ending the line, when only spaces and tabs lie before it.
  private static func endOfLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index < text.count && text[index].isSpaceOrTab { index += 1 }
    if index >= text.count { return text.count }
    return text[index] == 0x0A ? index + 1 : nil
  }
}
