import GuideModel
import JSON
import Markdown

/// The typed model of topics as JSON, with stable keys, for `--format json`.
public enum TopicJSONRenderer {
  /// One topic (or one of its sections) as a JSON object:
  /// `{id, title, summary, file, sections: [{id, title, blocks}]}`.
  public static func output(_ topic: Topic, section: TopicSection? = nil) -> JSONOutput {
    let sections = section.map { [$0] } ?? topic.sections
    return [
      "id": .string(topic.id),
      "title": .string(topic.title),
      "summary": .string(topic.summaryText),
      "file": .string(topic.file),
      "sections": .array(sections.map(output)),
    ]
  }

  /// The catalogue as an array of `{id, title, summary}`.
  public static func output(_ headers: [TopicHeader]) -> JSONOutput {
    .array(
      headers.map { header in
        var members: [JSONOutput.Member] = [
          .init("id", .string(header.id)), .init("title", .string(header.title)),
          .init("summary", .string(header.summary)),
        ]
        if let pack = header.pack {
          members.append(.init("source", .string(pack.id)))
          members.append(.init("replaces", header.replaces.map { .string($0.id) } ?? .null))
        }
        return .object(members)
      }
    )
  }

  static func output(_ section: TopicSection) -> JSONOutput {
    ["id": .string(section.id), "title": .string(section.title), "blocks": output(section.blocks)]
  }

  /// Blocks as `{type, …}` objects: paragraph and heading carry `text`, a list its `items`
  /// (each with `text`, `checked` for task items, and nested `blocks`).
  static func output(_ blocks: [MarkdownBlock]) -> JSONOutput {
    .array(blocks.compactMap(output))
  }

  private static func output(_ block: MarkdownBlock) -> JSONOutput? {
    switch block.kind {
    case .paragraph(let inlines):
      return ["type": "paragraph", "text": .string(inlines.plainText)]
    case .heading(let level, let inlines):
      return ["type": "heading", "level": .int(level), "text": .string(inlines.plainText)]
    case .list(let list):
      return [
        "type": "list", "ordered": .bool(list.isOrdered),
        "items": .array(list.items.map(output)),
      ]
    case .blockQuote(let inner):
      return ["type": "quote", "blocks": output(inner)]
    case .codeBlock(let info, let code):
      return ["type": "code", "language": .string(info), "text": .string(code)]
    case .thematicBreak:
      return ["type": "rule"]
    case .table(let table):
      return [
        "type": "table",
        "header": .array(table.header.map { .string($0.plainText) }),
        "rows": .array(table.rows.map { .array($0.map { .string($0.plainText) }) }),
      ]
    case .html:
      return nil
    }
  }

  private static func output(_ item: MarkdownListItem) -> JSONOutput {
    var blocks = item.blocks[...]
    var text = ""
    if let first = blocks.first, case .paragraph(let inlines) = first.kind {
      text = inlines.plainText
      blocks = blocks.dropFirst()
    }
    return .object(omittingNil: [
      "text": .string(text),
      "checked": item.checkbox.map(JSONOutput.bool),
      "blocks": blocks.isEmpty ? nil : output(Array(blocks)),
    ])
  }
}
