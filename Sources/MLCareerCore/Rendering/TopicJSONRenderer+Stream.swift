import GuideModel
import JSON
import Markdown

/// Topics written straight into a `JSONStreamWriter`, for the export of the whole guide.
extension TopicJSONRenderer {
  /// Writes `output(topic)` as the next element of the array open in `writer`, byte for byte
  /// the same, without building its `JSONOutput` tree: for the export, building and then
  /// freeing that tree node by node cost more than writing it.
  static func write(_ topic: Topic, into writer: inout JSONStreamWriter) {
    writer.beginObject()
    writer.member("id", .string(topic.id))
    writer.member("title", .string(topic.title))
    writer.member("summary", .string(topic.summaryText))
    writer.member("file", .string(topic.file))
    writer.beginArray(key: "sections")
    for section in topic.sections {
      writer.beginObject()
      writer.member("id", .string(section.id))
      writer.member("title", .string(section.title))
      write(section.blocks, key: "blocks", into: &writer)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
  }

  /// `output(blocks)`, as the value of `key` in the object open (or the next element of the
  /// array open when `key` is `nil`).
  private static func write(
    _ blocks: [MarkdownBlock], key: String?, into writer: inout JSONStreamWriter
  ) {
    writer.beginArray(key: key)
    for block in blocks { write(block, into: &writer) }
    writer.endArray()
  }

  private static func write(_ block: MarkdownBlock, into writer: inout JSONStreamWriter) {
    switch block.kind {
    case .paragraph(let inlines):
      writer.beginObject()
      writer.member("type", "paragraph")
      writer.member("text", .string(inlines.plainText))
    case .heading(let level, let inlines):
      writer.beginObject()
      writer.member("type", "heading")
      writer.member("level", .int(level))
      writer.member("text", .string(inlines.plainText))
    case .list(let list):
      writer.beginObject()
      writer.member("type", "list")
      writer.member("ordered", .bool(list.isOrdered))
      writer.beginArray(key: "items")
      for item in list.items { write(item, into: &writer) }
      writer.endArray()
    case .blockQuote(let inner):
      writer.beginObject()
      writer.member("type", "quote")
      write(inner, key: "blocks", into: &writer)
    case .codeBlock(let info, let code):
      writer.beginObject()
      writer.member("type", "code")
      writer.member("language", .string(info))
      writer.member("text", .string(code))
    case .thematicBreak:
      writer.beginObject()
      writer.member("type", "rule")
    case .table(let table):
      writer.beginObject()
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
    case .html:
      // Left out, as `output(blocks)` leaves it out.
      return
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
    if !blocks.isEmpty {
      writer.beginArray(key: "blocks")
      for block in blocks { write(block, into: &writer) }
      writer.endArray()
    }
    writer.endObject()
  }
}
