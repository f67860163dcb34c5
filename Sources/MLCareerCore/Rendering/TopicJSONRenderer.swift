import GuideModel
import JSON
import Markdown

/// Topics as JSON, with stable keys, for `show --format json` and the JSON export, written
/// straight into a `JSONStreamWriter`.
package enum TopicJSONRenderer {
  /// The text `show --format json` prints for `parts`: one topic (or one of its sections) as
  /// an object, several as an array of them, ending with a line break.
  package static func json(_ parts: [TopicPart]) -> [UInt8] {
    var writer = JSONStreamWriter()
    if parts.count != 1 { writer.beginArray() }
    for part in parts { write(part.topic, section: part.section, into: &writer) }
    if parts.count != 1 { writer.endArray() }
    writer.endLine()
    return writer.utf8
  }

  /// Writes one topic (or only its `section`) as the next element of the array open in
  /// `writer`: `{id, title, summary, file, sections: [{id, title, blocks}]}`.
  static func write(
    _ topic: Topic, section: TopicSection? = nil, into writer: inout JSONStreamWriter
  ) {
    writer.beginObject()
    writer.member("id", .string(topic.id))
    writer.member("title", .string(topic.title))
    writer.member("summary", .string(topic.summaryText))
    writer.member("file", .string(topic.file))
    writer.beginArray(key: "sections")
    for section in section.map({ [$0] }) ?? topic.sections {
      writer.beginObject()
      writer.member("id", .string(section.id))
      writer.member("title", .string(section.title))
      write(section.blocks, into: &writer)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
  }

  /// The catalogue as an array of `{id, title, summary}`.
  package static func output(_ headers: [TopicHeader]) -> JSONOutput {
    .array(
      headers.map { header in
        [
          "id": .string(header.id), "title": .string(header.title),
          "summary": .string(header.summary), "source": JSONOutput(header.pack?.id),
          "replaces": JSONOutput(header.pack == nil ? nil : header.replaces?.id),
        ]
      }
    )
  }

  /// Blocks as `{type, …}` objects, the `blocks` of the object open: paragraph and heading
  /// carry `text`, a list its `items` (each with `text`, `checked` for task items, and nested
  /// `blocks`).
  private static func write(
    _ blocks: some Sequence<MarkdownBlock>, into writer: inout JSONStreamWriter
  ) {
    writer.beginArray(key: "blocks")
    for block in blocks { write(block, into: &writer) }
    writer.endArray()
  }

  private static func write(_ block: MarkdownBlock, into writer: inout JSONStreamWriter) {
    writer.beginObject()
    switch block.kind {
    case .paragraph(let inlines):
      writer.member("type", "paragraph")
      writer.member("text", .string(inlines.plainText))
    case .heading(let level, let inlines):
      writer.member("type", "heading")
      writer.member("level", .int(level))
      writer.member("text", .string(inlines.plainText))
    case .list(let list):
      writer.member("type", "list")
      writer.member("ordered", .bool(list.isOrdered))
      writer.beginArray(key: "items")
      for item in list.items { write(item, into: &writer) }
      writer.endArray()
    case .blockQuote(let inner):
      writer.member("type", "quote")
      write(inner, into: &writer)
    case .codeBlock(let info, let code):
      writer.member("type", "code")
      writer.member("language", .string(info))
      writer.member("text", .string(code))
    case .thematicBreak:
      writer.member("type", "rule")
    case .table(let table):
      writer.member("type", "table")
      writer.beginArray(key: "header")
      for cell in table.header { writer.element(.string(cell.plainText)) }
      writer.endArray()
      writer.beginArray(key: "rows")
      for row in table.rows {
        writer.beginArray()
        for cell in row { writer.element(.string(cell.plainText)) }
        writer.endArray()
      }
      writer.endArray()
    case .html(let html):
      // Not rendered: the text it is, as every output shows it.
      writer.member("type", "html")
      writer.member("text", .string(html))
    }
    writer.endObject()
  }

  private static func write(_ item: MarkdownListItem, into writer: inout JSONStreamWriter) {
    var blocks = item.blocks[...]
    var text = ""
    if let first = blocks.first, case .paragraph(let inlines) = first.kind {
      text = inlines.plainText
      blocks = blocks.dropFirst()
    }
    writer.beginObject()
    writer.member("text", .string(text))
    if let checked = item.checkbox { writer.member("checked", .bool(checked)) }
    if !blocks.isEmpty { write(blocks, into: &writer) }
    writer.endObject()
  }
}
