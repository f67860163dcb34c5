import TextSupport

/// The seven kinds of HTML block: how each starts and how each ends.
enum HTMLBlockScanner {
  /// Tag names that start an HTML block of kind 1 (which ends at their closing tag).
  private static let verbatimTags = Set(
    ["pre", "script", "style", "textarea"].compactMap { key($0.utf8) })

  /// Tag names that start an HTML block of kind 6 (which ends at a blank line).
  private static let blockTags = Set(
    [
      "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption",
      "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
      "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
      "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
      "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title",
      "tr", "track", "ul",
    ].compactMap { key($0.utf8) })

  /// A tag name of up to 10 letters and digits, case folded and packed six bits a character.
  private static func key(_ name: some Sequence<UInt8>) -> UInt64? {
    var key: UInt64 = 0
    var count = 0
    for byte in name {
      count += 1
      guard count <= 10 else { return nil }
      let code =
        byte.isASCIIDigit ? UInt64(byte &- 0x30) + 1 : UInt64(byte.asciiLowercased &- 0x61) + 11
      key = key << 6 | code
    }
    return key
  }

  /// The kind (1–7) of HTML block that starts at `start` (a `<`), or 0 for none.
  static func startCondition(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, lineEnd: Int,
    canInterruptParagraph: Bool
  ) -> Int {
    guard start + 1 < lineEnd else { return 0 }
    let markup = markupKind(bytes, at: start, end: lineEnd)
    if markup > 0 || bytes[start + 1] == UInt8(ascii: "!") { return markup }
    let isClosing = bytes[start + 1] == UInt8(ascii: "/")
    let nameStart = start + (isClosing ? 2 : 1)
    var nameEnd = nameStart
    while nameEnd < lineEnd && bytes[nameEnd].isASCIIAlphanumeric { nameEnd += 1 }
    guard nameEnd > nameStart, bytes[nameStart].isASCIILetter else { return 0 }
    let name = key(UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])) ?? 0
    let after: UInt8 = nameEnd < lineEnd ? bytes[nameEnd] : 0x0A
    let endsName = after == 0x0A || after.isSpaceOrTab || after == UInt8(ascii: ">")
    if !isClosing && verbatimTags.contains(name) && endsName { return 1 }
    if blockTags.contains(name) && (endsName || hasPrefix("/>", bytes, at: nameEnd, end: lineEnd)) {
      return 6
    }
    guard canInterruptParagraph, !verbatimTags.contains(name) else { return 0 }
    let tagEnd =
      isClosing
      ? RawHTMLScanner.closingTag(bytes, from: start, limit: lineEnd)
      : RawHTMLScanner.openTag(bytes, from: start, limit: lineEnd)
    guard let tagEnd else { return 0 }
    return bytes.skippingSpacesAndTabs(from: tagEnd, to: lineEnd) == lineEnd ? 7 : 0
  }

  /// Whether the line text in `start..<end` holds the end condition of a kind 1–5 block.
  static func endsBlock(
    _ kind: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Bool {
    switch kind {
    case 1:
      let ends: [StaticString] = ["</pre>", "</script>", "</style>", "</textarea>"]
      return (start..<end).contains { index in
        bytes[index] == UInt8(ascii: "<")
          && ends.contains { hasPrefix($0, bytes, at: index, end: end, ignoringCase: true) }
      }
    case 2...5: return find(endMarker(of: kind), bytes, from: start, to: end) != nil
    default: return false
    }
  }

  /// The kind (2–5) of the comment, processing instruction, declaration or CDATA section that
  /// opens at `start` (a `<`), or 0 for none: HTML blocks and raw HTML tell them by one rule.
  static func markupKind(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int {
    if hasPrefix("<?", bytes, at: start, end: end) { return 3 }
    guard hasPrefix("<!", bytes, at: start, end: end) else { return 0 }
    if hasPrefix("<!--", bytes, at: start, end: end) { return 2 }
    if hasPrefix("<![CDATA[", bytes, at: start, end: end) { return 5 }
    return start + 2 < end && bytes[start + 2].isASCIILetter ? 4 : 0
  }

  /// What ends markup of kind 2–5 (see `markupKind`): `-->`, `?>`, `>` or `]]>`.
  static func endMarker(of kind: Int) -> StaticString {
    switch kind {
    case 2: "-->"
    case 3: "?>"
    case 4: ">"
    default: "]]>"
    }
  }

  static func hasPrefix(
    _ prefix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int,
    ignoringCase: Bool = false
  ) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard index + count <= end else { return false }
    return (0..<count).allSatisfy { offset in
      let byte = bytes[index + offset]
      return (ignoringCase ? byte.asciiLowercased : byte) == prefix.utf8Start[offset]
    }
  }

  static func find(
    _ needle: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    let first = needle.utf8Start[0]
    return (start..<end).first { bytes[$0] == first && hasPrefix(needle, bytes, at: $0, end: end) }
  }
}
