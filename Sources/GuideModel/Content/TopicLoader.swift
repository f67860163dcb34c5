import JSON
import Markdown
import TextSupport

/// Turns a topic's Markdown, shown in errors as `file`, into a `Topic`, checking the shape every topic file shares:
/// a `# Title`, a lead paragraph, then `##` sections.
package enum TopicLoader {
  /// Loads the whole topic.
  package static func load(id: String, file: String, source: String) throws(ContentError) -> Topic {
    try load(id: id, file: file, source: source, document: MarkdownParser.parse(source))
  }

  /// Loads the whole topic from `document`, what the parser makes of `source` (read back from
  /// the tree the build tool parsed, for a built-in topic).
  package static func load(
    id: String, file: String, source: String, document: MarkdownDocument
  ) throws(ContentError) -> Topic {
    let (title, summary) = try head(of: document, file: file)
    var introduction: [MarkdownBlock] = []
    var sections: [TopicSection] = []
    // Each section's place in `sections` by id, and its heading's column, for error messages:
    // a dictionary, so a topic of many sections is read in linear time.
    var placeByID: [String: Int] = [:]
    var headingColumns: [Int] = []
    // The open section: its title, its heading and its blocks so far (separate variables, so
    // adding a block copies nothing).
    var openTitle: String?
    var openHeading: MarkdownBlock?
    var openBlocks: [MarkdownBlock] = []

    func close(endLine: Int) throws(ContentError) {
      guard let title = openTitle, let heading = openHeading else { return }
      let location = SourceLocation(file: file, line: heading.line, column: heading.column)
      guard !openBlocks.isEmpty else { throw .emptySection(title, location) }
      let id = slug(title)
      if let first = placeByID[id] {
        let firstLocation = SourceLocation(
          file: file, line: sections[first].lines.lowerBound, column: headingColumns[first])
        throw .duplicateSection(id, location, first: firstLocation)
      }
      placeByID[id] = sections.count
      headingColumns.append(heading.column)
      sections.append(
        TopicSection(
          id: id, title: title, blocks: openBlocks,
          lines: heading.line..<max(heading.line, endLine)))
      openTitle = nil
      openHeading = nil
      openBlocks = []
    }

    for block in document.blocks.dropFirst(2) {
      if case .heading(let level, let content) = block.kind, level <= 2 {
        guard level == 2 else {
          throw .secondTitle(
            SourceLocation(file: file, line: block.line, column: block.column))
        }
        try close(endLine: block.line)
        openTitle = content.plainText
        openHeading = block
      } else if openTitle != nil {
        openBlocks.append(block)
      } else {
        introduction.append(block)
      }
    }
    // The parser's own line count: it ends lines at CR as well as LF, so counting here could
    // disagree with the blocks' line numbers.
    try close(endLine: document.lineCount + 1)
    return Topic(
      id: id, title: title, summary: summary, introduction: introduction, sections: sections,
      file: file, source: source)
  }

  /// Reads only the title and the lead paragraph, parsing no further than those two blocks.
  package static func header(id: String, file: String, source: String) throws(ContentError)
    -> TopicHeader
  {
    let document = MarkdownParser.parse(source, blockLimit: 2)
    let (title, summary) = try head(of: document, file: file)
    return TopicHeader(id: id, title: title, summary: summary.plainText)
  }

  private static func head(
    of document: MarkdownDocument, file: String
  ) throws(ContentError) -> (String, [MarkdownInline]) {
    let blocks = document.blocks
    guard let first = blocks.first, case .heading(1, let title) = first.kind else {
      let location = blocks.first.map {
        SourceLocation(file: file, line: $0.line, column: $0.column)
      }
      throw .missingTitle(location ?? SourceLocation(file: file, line: 1, column: 1))
    }
    guard blocks.count > 1, case .paragraph(let summary) = blocks[1].kind else {
      let location =
        blocks.count > 1
        ? SourceLocation(file: file, line: blocks[1].line, column: blocks[1].column)
        : SourceLocation(file: file, line: first.line + 1, column: 1)
      throw .missingSummary(location)
    }
    return (title.plainText, summary)
  }

  /// A heading's id: lower-case letters and digits, every other run of characters one dash.
  package static func slug(_ title: String) -> String {
    if let ascii = asciiSlug(title) { return ascii }
    var result = ""
    var pendingDash = false
    for character in title.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.append(character)
      } else {
        pendingDash = true
      }
    }
    return result
  }

  /// `slug(title)` for an ASCII title, byte by byte, which spares breaking it into characters;
  /// `nil` for any other title.
  private static func asciiSlug(_ title: String) -> String? {
    var title = title
    return title.withUTF8 { bytes -> String? in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var pendingDash = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 {
          if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
          pendingDash = false
          result.append(lowered)
        } else {
          pendingDash = true
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}
