/// Where a link goes: its destination and title, escapes and entities resolved.
struct LinkTarget: Equatable {
  var destination: String
  var title: String
}

/// The pieces of link syntax shared by inline links and link reference definitions: labels,
/// destinations and titles.
enum LinkSyntax {
  /// The most bytes a link label may hold between its brackets.
  static let maximumLabelLength = 999

  /// How deep unescaped parentheses may nest in a link destination.
  static let maximumParenthesisDepth = 32

  /// The position after the `]` of a link label starting at `start` (a `[`), or nil.
  static func scanLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
    let end = min(limit, start + 2 + maximumLabelLength)
    return closing(UInt8(ascii: "]"), bytes, from: start + 1, limit: end) {
      $0 == UInt8(ascii: "[")
    }.map { $0 + 1 }
  }

  /// The position of the first `closer` from `start` that no backslash escapes, or nil when a
  /// byte `stops` accepts comes first, or none comes: how a label, an angled destination and a
  /// title each find their end.
  @inline(__always)
  private static func closing(
    _ closer: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
    stops: (UInt8) -> Bool
  ) -> Int? {
    var index = start
    while index < limit {
      let byte = bytes[index]
      if byte == closer { return index }
      if stops(byte) { return nil }
      index +=
        byte == UInt8(ascii: "\\") && index + 1 < limit && bytes[index + 1].isASCIIPunctuation
        ? 2 : 1
    }
    return nil
  }

  /// A link destination starting at `start`: `<…>` or a run without spaces or controls whose
  /// parentheses balance. Returns its content's range (empty is possible) and the end.
  static func scanDestination(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int)
    -> (content: Range<Int>, end: Int, isAngled: Bool)?
  {
    var index = start
    if index < limit && bytes[index] == UInt8(ascii: "<") {
      let end = closing(UInt8(ascii: ">"), bytes, from: start + 1, limit: limit) {
        $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "<")
      }
      return end.map { (start + 1..<$0, $0 + 1, true) }
    }
    var depth = 0
    loop: while index < limit {
      let byte = bytes[index]
      // Most bytes of a destination are none of `(`, `)`, `\`, a space, a control or DEL.
      if byte > UInt8(ascii: ")") && byte != UInt8(ascii: "\\") && byte != 0x7F {
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\\") where index + 1 < limit && bytes[index + 1].isASCIIPunctuation:
        index += 2
        continue
      case UInt8(ascii: "("):
        // Like cmark, give up past 32 levels: it keeps `[a](` repeated linear.
        depth += 1
        if depth > maximumParenthesisDepth { return nil }
      case UInt8(ascii: ")"):
        if depth == 0 { break loop }
        depth -= 1
      default:
        if byte <= 0x20 || byte == 0x7F { break loop }
      }
      index += 1
    }
    guard depth == 0 else { return nil }
    return (start..<index, index, false)
  }

  /// A link title starting at `start`: `"…"`, `'…'` or `(…)`. Returns its content's range and
  /// the position after its closing quote.
  static func scanTitle(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int)
    -> (content: Range<Int>, end: Int)?
  {
    guard start < limit else { return nil }
    let opening = bytes[start]
    let closer: UInt8
    switch opening {
    case UInt8(ascii: "\""), UInt8(ascii: "'"): closer = opening
    case UInt8(ascii: "("): closer = UInt8(ascii: ")")
    default: return nil
    }
    let end = closing(closer, bytes, from: start + 1, limit: limit) {
      opening == UInt8(ascii: "(") && $0 == UInt8(ascii: "(")
    }
    return end.map { (start + 1..<$0, $0 + 1) }
  }

  /// The position after the spaces, tabs and line endings from `start`.
  static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int)
    -> Int
  {
    var index = start
    while index < limit && bytes[index].isMarkdownWhitespace { index += 1 }
    return index
  }

  /// The text of `range` with backslash escapes and entity references resolved, and the
  /// indentation after each line ending dropped.
  static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    guard
      slice.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 == 0x0A })
    else { return String(decoding: slice, as: UTF8.self) }
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") && index + 1 < range.upperBound
        && bytes[index + 1].isASCIIPunctuation
      {
        output.append(bytes[index + 1])
        index += 2
      } else if byte == UInt8(ascii: "&"),
        let end = EntityDecoder.decode(bytes, at: index, limit: range.upperBound, into: &output)
      {
        index = end
      } else if byte == 0x0A {
        output.append(byte)
        index += 1
        index = bytes.skippingSpacesAndTabs(from: index, to: range.upperBound)
      } else {
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The key a label is matched by: whitespace runs collapsed to one space, trimmed, and case
  /// folded. Nil when the label is blank.
  static func normalizedLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    // Most labels are already normal: lowercase ASCII with single inner spaces.
    var isNormal = !range.isEmpty
    var previousWasSpace = true
    for index in range {
      let byte = bytes[index]
      if byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte.isMarkdownWhitespace && (byte != 0x20 || previousWasSpace))
      {
        isNormal = false
        break
      }
      previousWasSpace = byte == 0x20
    }
    if isNormal && !previousWasSpace {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var isASCII = true
    let label = String(unsafeUninitializedCapacity: range.count) { output in
      var count = 0
      var pendingSpace = false
      for index in range {
        let byte = bytes[index]
        if byte.isMarkdownWhitespace {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          output[count] = 0x20
          count += 1
          pendingSpace = false
        }
        if byte >= 0x80 { isASCII = false }
        output[count] = byte.asciiLowercased
        count += 1
      }
      return count
    }
    guard !label.isEmpty else { return nil }
    return isASCII ? label : label.lowercased().uppercased().lowercased()
  }

  /// Parses one link reference definition (`[label]: /url "title"`) at `start` of a paragraph's
  /// text and records it under its normalized label, unless the label has one already (the
  /// first definition wins); returns the position after the line it ends on (past the line
  /// feed), or nil when there is none.
  static func referenceDefinition(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int,
    into references: inout [String: LinkTarget]
  ) -> Int? {
    let limit = text.count
    var index = text.skippingSpacesAndTabs(from: start, to: limit)
    guard index < limit, text[index] == UInt8(ascii: "["),
      let labelEnd = scanLabel(text, from: index, limit: limit),
      labelEnd < limit, text[labelEnd] == UInt8(ascii: ":"),
      let label = normalizedLabel(text, index + 1..<labelEnd - 1)
    else { return nil }
    index = skipWhitespace(text, from: labelEnd + 1, limit: limit)
    guard let destination = scanDestination(text, from: index, limit: limit),
      destination.isAngled || !destination.content.isEmpty
    else { return nil }
    var title = ""
    var end = endOfLine(text, from: destination.end)
    let titleStart = skipWhitespace(text, from: destination.end, limit: limit)
    if titleStart > destination.end,
      let scanned = scanTitle(text, from: titleStart, limit: limit),
      let lineEnd = endOfLine(text, from: scanned.end)
    {
      title = unescaped(text, scanned.content)
      end = lineEnd
    }
    guard let end else { return nil }
    if references[label] == nil {
      references[label] = LinkTarget(
        destination: unescaped(text, destination.content), title: title)
    }
    return end
  }

  /// The position after the line feed ending the line, when only spaces and tabs lie before it.
  private static func endOfLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let index = text.skippingSpacesAndTabs(from: start, to: text.count)
    if index >= text.count { return text.count }
    return text[index] == 0x0A ? index + 1 : nil
  }
}
