import TextSupport

/// Autolinks (`<https://…>`, `<name@host>`) and raw inline HTML.
extension InlineParser {
  /// An autolink, raw HTML, or a literal `<`.
  mutating func handleLessThan(at position: Int) -> Int {
    let uri = uriAutolinkEnd(at: position)
    if let end = uri ?? emailAutolinkEnd(at: position) {
      let address = String(
        decoding: UnsafeBufferPointer(rebasing: text[position + 1..<end - 1]), as: UTF8.self)
      targets.append(
        LinkTarget(destination: uri == nil ? "mailto:" + address : address, title: ""))
      let link = append(.link, position, position)
      nodes[link].target = targets.count - 1
      let label = nodes.count
      nodes.append(Node(start: position + 1, end: end - 1, kind: .text))
      nodes[link].firstChild = label
      nodes[link].lastChild = label
      return end
    }
    if let end = html.scan(text, from: position, limit: text.count) {
      append(.html, position, end)
      return end
    }
    appendText(position, position + 1)
    return position + 1
  }

  /// The end of a URI autolink (`<https://x>`) starting at `start`, or nil.
  private func uriAutolinkEnd(at start: Int) -> Int? {
    let count = text.count
    var index = start + 1
    guard index < count, text[index].isASCIILetter else { return nil }
    // Scheme: 2–32 letters, digits, `+`, `.` or `-`, then `:`.
    while index < count && index - start - 1 < 33 {
      let byte = text[index]
      guard
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
          || byte == UInt8(ascii: "-")
      else { break }
      index += 1
    }
    let schemeLength = index - start - 1
    guard index < count, text[index] == UInt8(ascii: ":"), schemeLength >= 2, schemeLength <= 32
    else { return nil }
    index += 1
    while index < count {
      let byte = text[index]
      if byte == UInt8(ascii: ">") { return index + 1 }
      if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") { return nil }
      index += 1
    }
    return nil
  }

  private func emailAutolinkEnd(at start: Int) -> Int? {
    let count = text.count
    var index = start + 1
    let localStart = index
    // The local part: letters, digits and the punctuation an email address allows.
    while index < count,
      text[index].isASCIIAlphanumeric || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(text[index])
    {
      index += 1
    }
    guard index > localStart, index < count, text[index] == UInt8(ascii: "@") else { return nil }
    index += 1
    // Domain labels: alphanumeric at both ends, hyphens inside, at most 63 bytes each.
    while true {
      let labelStart = index
      while index < count && (text[index].isASCIIAlphanumeric || text[index] == UInt8(ascii: "-")) {
        index += 1
      }
      let length = index - labelStart
      guard length >= 1, length <= 63, text[labelStart] != UInt8(ascii: "-"),
        text[index - 1] != UInt8(ascii: "-"), index < count
      else { return nil }
      if text[index] == UInt8(ascii: ">") { return index + 1 }
      guard text[index] == UInt8(ascii: ".") else { return nil }
      index += 1
    }
  }
}
