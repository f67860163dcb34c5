import TextSupport

/// Recognises raw HTML: tags, comments, processing instructions, declarations and CDATA.
struct RawHTMLScanner {
  /// The markup kinds (see `HTMLBlockScanner.markupKind`), as bits, whose end marker a search
  /// did not find before the end of the text: a later search for it fails at once (keeping a
  /// paragraph full of `<!--` linear).
  private var endMissing: UInt8 = 0

  /// The end of the raw HTML starting at `start` (a `<`), or nil.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
    guard start + 1 < limit else { return nil }
    if bytes[start + 1] == UInt8(ascii: "/") {
      return Self.closingTag(bytes, from: start, limit: limit)
    }
    let kind = HTMLBlockScanner.markupKind(bytes, at: start, end: limit)
    guard kind > 0 else { return Self.openTag(bytes, from: start, limit: limit) }
    guard endMissing & 1 << kind == 0 else { return nil }
    // From the third byte, so the shortest comments, `<!-->` and `<!--->`, end at their `-->`.
    let marker = HTMLBlockScanner.endMarker(of: kind)
    guard let found = HTMLBlockScanner.find(marker, bytes, from: start + 2, to: limit) else {
      endMissing |= 1 << kind
      return nil
    }
    return found + marker.utf8CodeUnitCount
  }

  /// The end of a tag name starting at `index`, or nil.
  private static func tagNameEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int)
    -> Int?
  {
    guard index < limit, bytes[index].isASCIILetter else { return nil }
    var end = index + 1
    while end < limit && (bytes[end].isASCIIAlphanumeric || bytes[end] == UInt8(ascii: "-")) {
      end += 1
    }
    return end
  }

  /// The end of an open tag (`<a href="x">`) starting at `start`, or nil.
  static func openTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
    guard var index = tagNameEnd(bytes, start + 1, limit) else { return nil }
    while true {
      let afterName = index
      index = LinkSyntax.skipWhitespace(bytes, from: index, limit: limit)
      guard index < limit else { return nil }
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") { return index + 1 }
      if byte == UInt8(ascii: "/") {
        return index + 1 < limit && bytes[index + 1] == UInt8(ascii: ">") ? index + 2 : nil
      }
      guard index > afterName,
        byte.isASCIILetter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      else { return nil }
      index += 1
      while index < limit {
        let next = bytes[index]
        guard
          next.isASCIIAlphanumeric || next == UInt8(ascii: "_") || next == UInt8(ascii: ".")
            || next == UInt8(ascii: ":") || next == UInt8(ascii: "-")
        else { break }
        index += 1
      }
      let beforeValue = LinkSyntax.skipWhitespace(bytes, from: index, limit: limit)
      guard beforeValue < limit, bytes[beforeValue] == UInt8(ascii: "=") else { continue }
      var value = LinkSyntax.skipWhitespace(bytes, from: beforeValue + 1, limit: limit)
      guard value < limit else { return nil }
      let quote = bytes[value]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        value += 1
        while value < limit && bytes[value] != quote { value += 1 }
        guard value < limit else { return nil }
        index = value + 1
      } else {
        let valueStart = value
        while value < limit {
          let next = bytes[value]
          if next.isMarkdownWhitespace || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")
            || next == UInt8(ascii: "=") || next == UInt8(ascii: "<") || next == UInt8(ascii: ">")
            || next == UInt8(ascii: "`")
          {
            break
          }
          value += 1
        }
        guard value > valueStart else { return nil }
        index = value
      }
    }
  }

  /// The end of a closing tag (`</a>`) at `start`, whose `</` the callers have seen, or nil.
  static func closingTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
    guard let nameEnd = tagNameEnd(bytes, start + 2, limit) else { return nil }
    let index = LinkSyntax.skipWhitespace(bytes, from: nameEnd, limit: limit)
    return index < limit && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
  }
}
