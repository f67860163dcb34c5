import JSON
import Markdown
import TextSupport

/// Turns a topic's Markdown, shown in errors as `file`, into a `Topic`, checking the shape every topic file shares:
/// a `# Title`, a lead paragraph, then `##` sections.
package enum TopicLoader {
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
    // Each section's heading's column, for error messages.
    var headingColumns: [Int] = []
    // The open section's title and heading, and its blocks so far (apart, so adding a block
    // copies nothing).
    var open: (title: String, heading: MarkdownBlock)?
    var openBlocks: [MarkdownBlock] = []

    func close(endLine: Int) throws(ContentError) {
      guard let (title, heading) = open else { return }
      let location = SourceLocation(file: file, line: heading.line, column: heading.column)
      guard !openBlocks.isEmpty else { throw .emptySection(title, location) }
      headingColumns.append(heading.column)
      sections.append(
        TopicSection(
          id: slug(title), title: title, blocks: openBlocks,
          lines: heading.line..<max(heading.line, endLine)))
      open = nil
      openBlocks = []
    }

    for block in document.blocks.dropFirst(2) {
      if case .heading(let level, let content) = block.kind, level <= 2 {
        guard level == 2 else {
          throw .secondTitle(
            SourceLocation(file: file, line: block.line, column: block.column))
        }
        try close(endLine: block.line)
        open = (content.plainText, block)
      } else if open != nil {
        openBlocks.append(block)
      } else {
        introduction.append(block)
      }
    }
    // The parser's own line count: it ends lines at CR as well as LF, so counting here could
    // disagree with the blocks' line numbers.
    try close(endLine: document.lineCount + 1)
    if let (first, second) = firstDuplicate(sections) {
      func location(_ place: Int) -> SourceLocation {
        SourceLocation(
          file: file, line: sections[place].lines.lowerBound, column: headingColumns[place])
      }
      throw .duplicateSection(sections[second].id, location(second), first: location(first))
    }
    return Topic(
      id: id, title: title, summary: summary, introduction: introduction, sections: sections,
      file: file, source: source)
  }

  /// The places of the first section whose id an earlier one has, and of that earlier one. The
  /// ids are sorted, so a topic of many sections is checked in n log n time with no hashed
  /// collection, whose type would be made at run time, a cost every `show` would pay.
  private static func firstDuplicate(_ sections: [TopicSection]) -> (first: Int, second: Int)? {
    let order = sections.indices.sorted { (sections[$0].id, $0) < (sections[$1].id, $1) }
    var found: (first: Int, second: Int)?
    for index in order.indices.dropFirst() {
      let (earlier, place) = (order[index - 1], order[index])
      // The second of a run of equal ids, with the first of the run before it.
      guard sections[earlier].id == sections[place].id,
        index < 2 || sections[order[index - 2]].id != sections[place].id,
        place < found?.second ?? .max
      else { continue }
      found = (earlier, place)
    }
    return found
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

  /// A heading's id: lower-case letters and digits, every other run of characters one dash
  /// (or `separator`, an ASCII character), none at either end.
  package static func slug(_ title: String, separator: Character = "-") -> String {
    if let ascii = asciiSlug(title, separator: separator.asciiValue!) { return ascii }
    var result = ""
    var pendingSeparator = false
    for character in title.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingSeparator && !result.isEmpty { result.append(separator) }
        pendingSeparator = false
        result.append(character)
      } else {
        pendingSeparator = true
      }
    }
    return result
  }

  /// `slug(title)` for an ASCII title, byte by byte, which spares breaking it into characters;
  /// `nil` for any other title.
  private static func asciiSlug(_ title: String, separator: UInt8) -> String? {
    var title = title
    return title.withUTF8 { bytes -> String? in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var pendingSeparator = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        let lowered = byte.asciiLowercased
        if lowered.isASCIIAlphanumeric {
          if pendingSeparator && !result.isEmpty { result.append(separator) }
          pendingSeparator = false
          result.append(lowered)
        } else {
          pendingSeparator = true
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
  }
}
