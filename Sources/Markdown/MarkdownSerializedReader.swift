/// Reads the serialized form of `MarkdownDocument` (see `MarkdownDocument.serialized()`): a
/// cursor over its UTF-8 bytes that answers `nil` for anything out of shape, and never reads
/// past the end or nests without bound.
struct MarkdownSerializedReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0

  /// How deep blocks and inlines may nest together: past anything the parser makes of a
  /// readable file (its containers stop at 100), short of what would exhaust the stack.
  private static let depthLimit = 1_000

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { offset == bytes.count }

  /// A whole number ended by `,`.
  mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      if byte == UInt8(ascii: ",") { return digits > 0 ? value : nil }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      digits += 1
    }
    return nil
  }

  /// A count of things to read, each taking at least one byte: never more than are left.
  private mutating func count() -> Int? {
    guard let count = number(), count <= bytes.count - offset else { return nil }
    return count
  }

  private mutating func tag() -> UInt8? {
    guard offset < bytes.count else { return nil }
    defer { offset += 1 }
    return bytes[offset]
  }

  private mutating func string() -> String? {
    guard let length = number(), length <= bytes.count - offset else { return nil }
    defer { offset += length }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
  }

  mutating func blocks(depth: Int) -> [MarkdownBlock]? {
    guard depth < Self.depthLimit else { return nil }
    return sequence { $0.block(depth: depth) }
  }

  /// A count, then that many elements, each read by `element`; `nil` when any is out of shape.
  private mutating func sequence<Element>(_ element: (inout Self) -> Element?) -> [Element]? {
    guard let count = count() else { return nil }
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count {
      guard let next = element(&self) else { return nil }
      elements.append(next)
    }
    return elements
  }

  private mutating func block(depth: Int) -> MarkdownBlock? {
    guard let tag = tag(), let line = number(), let column = number() else { return nil }
    let kind: MarkdownBlock.Kind?
    switch tag {
    case UInt8(ascii: "H"):
      guard let level = number(), let content = inlines(depth: depth) else { return nil }
      kind = .heading(level: level, content: content)
    case UInt8(ascii: "P"): kind = inlines(depth: depth).map(MarkdownBlock.Kind.paragraph)
    case UInt8(ascii: "L"): kind = list(depth: depth).map(MarkdownBlock.Kind.list)
    case UInt8(ascii: "Q"): kind = blocks(depth: depth + 1).map(MarkdownBlock.Kind.blockQuote)
    case UInt8(ascii: "C"):
      guard let info = string(), let code = string() else { return nil }
      kind = .codeBlock(info: info, code: code)
    case UInt8(ascii: "R"): kind = .thematicBreak
    case UInt8(ascii: "T"): kind = table(depth: depth).map(MarkdownBlock.Kind.table)
    case UInt8(ascii: "M"): kind = string().map(MarkdownBlock.Kind.html)
    default: kind = nil
    }
    guard let kind else { return nil }
    return MarkdownBlock(kind, line: line, column: column)
  }

  private mutating func list(depth: Int) -> MarkdownList? {
    guard let ordered = flag(), let start = number(), let tight = flag(),
      let items = sequence({ $0.item(depth: depth) })
    else { return nil }
    return MarkdownList(isOrdered: ordered, start: start, isTight: tight, items: items)
  }

  private mutating func item(depth: Int) -> MarkdownListItem? {
    guard let checkbox = number(), checkbox <= 2, let line = number(),
      let blocks = blocks(depth: depth + 1)
    else { return nil }
    return MarkdownListItem(
      checkbox: checkbox == 0 ? nil : checkbox == 2, blocks: blocks, line: line)
  }

  private mutating func flag() -> Bool? {
    switch number() {
    case 0: false
    case 1: true
    default: nil
    }
  }

  private mutating func table(depth: Int) -> MarkdownTable? {
    guard let alignments = sequence({ $0.number().flatMap(MarkdownTable.Alignment.init) }),
      let header = cells(depth: depth),
      let rows = sequence({ $0.cells(depth: depth) })
    else { return nil }
    return MarkdownTable(alignments: alignments, header: header, rows: rows)
  }

  private mutating func cells(depth: Int) -> [[MarkdownInline]]? {
    sequence { $0.inlines(depth: depth) }
  }

  private mutating func inlines(depth: Int) -> [MarkdownInline]? {
    guard depth < Self.depthLimit else { return nil }
    return sequence { $0.inline(depth: depth) }
  }

  private mutating func inline(depth: Int) -> MarkdownInline? {
    switch tag() {
    case UInt8(ascii: "t"): return string().map(MarkdownInline.text)
    case UInt8(ascii: "s"): return .softBreak
    case UInt8(ascii: "b"): return .lineBreak
    case UInt8(ascii: "c"): return string().map(MarkdownInline.code)
    case UInt8(ascii: "e"): return inlines(depth: depth + 1).map(MarkdownInline.emphasis)
    case UInt8(ascii: "g"): return inlines(depth: depth + 1).map(MarkdownInline.strong)
    case UInt8(ascii: "a"):
      guard let destination = string(), let title = string(),
        let content = inlines(depth: depth + 1)
      else { return nil }
      return .link(destination: destination, title: title, content: content)
    case UInt8(ascii: "i"):
      guard let source = string(), let title = string(), let alt = inlines(depth: depth + 1)
      else { return nil }
      return .image(source: source, title: title, alt: alt)
    case UInt8(ascii: "h"): return string().map(MarkdownInline.html)
    default: return nil
    }
  }
}
