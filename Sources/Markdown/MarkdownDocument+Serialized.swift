/// A parsed document as compact text, for a build tool to compile the trees of files it knows
/// into a program, so the program reads them back instead of parsing them again.
///
/// The form is prefix notation: a letter names each block or inline, whole numbers are decimal
/// digits ended by `,`, and a string is its UTF-8 length, `,` and its bytes as they are. It is
/// UTF-8 text whenever the strings are, so it fits in a string literal. A document is
///
///     <lineCount>,<blocks>
///
/// where a list of blocks, inlines, items or cells is its count followed by each in turn.
extension MarkdownDocument {
  /// The document in its serialized form; `init(serialized:)` reads it back equal.
  public func serialized() -> String {
    var writer = MarkdownSerializedWriter()
    writer.number(lineCount)
    writer.blocks(blocks)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The document `serialized()` wrote; `nil` when `text` is not such a form (cut short, or
  /// with something else after it).
  public init?(serialized text: String) {
    var text = text
    let document = text.withUTF8 { bytes -> MarkdownDocument? in
      var reader = MarkdownSerializedReader(bytes: bytes)
      guard let lineCount = reader.number(), let blocks = reader.blocks(depth: 0),
        reader.isAtEnd
      else { return nil }
      return MarkdownDocument(blocks: blocks, lineCount: lineCount)
    }
    guard let document else { return nil }
    self = document
  }
}

/// Writes the serialized form of `MarkdownDocument`.
private struct MarkdownSerializedWriter {
  var bytes: [UInt8] = []

  mutating func number(_ value: Int) {
    bytes += String(value).utf8
    bytes.append(UInt8(ascii: ","))
  }

  mutating func tag(_ letter: Unicode.Scalar) {
    bytes.append(UInt8(ascii: letter))
  }

  /// A block's letter and the line and column it starts at, which every block begins with.
  mutating func start(_ letter: Unicode.Scalar, _ block: MarkdownBlock) {
    tag(letter)
    number(block.line)
    number(block.column)
  }

  mutating func string(_ text: String) {
    number(text.utf8.count)
    bytes += text.utf8
  }

  mutating func blocks(_ blocks: [MarkdownBlock]) {
    number(blocks.count)
    for block in blocks { self.block(block) }
  }

  mutating func block(_ block: MarkdownBlock) {
    switch block.kind {
    case .heading(let level, let content):
      start("H", block)
      number(level)
      inlines(content)
    case .paragraph(let content):
      start("P", block)
      inlines(content)
    case .list(let list):
      start("L", block)
      number(list.isOrdered ? 1 : 0)
      number(list.start)
      number(list.isTight ? 1 : 0)
      number(list.items.count)
      for item in list.items {
        number(item.checkbox.map { $0 ? 2 : 1 } ?? 0)
        number(item.line)
        blocks(item.blocks)
      }
    case .blockQuote(let inner):
      start("Q", block)
      blocks(inner)
    case .codeBlock(let info, let code):
      start("C", block)
      string(info)
      string(code)
    case .thematicBreak:
      start("R", block)
    case .table(let table):
      start("T", block)
      number(table.alignments.count)
      for alignment in table.alignments { number(alignment.rawValue) }
      cells(table.header)
      number(table.rows.count)
      for row in table.rows { cells(row) }
    case .html(let html):
      start("M", block)
      string(html)
    }
  }

  mutating func cells(_ cells: [[MarkdownInline]]) {
    number(cells.count)
    for cell in cells { inlines(cell) }
  }

  mutating func inlines(_ inlines: [MarkdownInline]) {
    number(inlines.count)
    for inline in inlines {
      switch inline {
      case .text(let text):
        tag("t")
        string(text)
      case .softBreak: tag("s")
      case .lineBreak: tag("b")
      case .code(let code):
        tag("c")
        string(code)
      case .emphasis(let children):
        tag("e")
        self.inlines(children)
      case .strong(let children):
        tag("g")
        self.inlines(children)
      case .link(let destination, let title, let content):
        tag("a")
        string(destination)
        string(title)
        self.inlines(content)
      case .image(let source, let title, let alt):
        tag("i")
        string(source)
        string(title)
        self.inlines(alt)
      case .html(let html):
        tag("h")
        string(html)
      }
    }
  }
}
