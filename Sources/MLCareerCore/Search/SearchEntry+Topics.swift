import GuideModel
import Markdown

/// Topics as search entries: the title, the summary, each section's heading and every
/// paragraph, list item, table row and subheading under it.
extension SearchEntry {
  /// The entries of one topic, in reading order.
  static func entries(of topic: Topic) -> [SearchEntry] {
    var entries: [SearchEntry] = []
    forEachEntry(of: topic) { entries.append($0) }
    return entries
  }

  /// Hands each entry of `topic` to `body` as it is made, in reading order, so a search keeps
  /// none it does not need.
  static func forEachEntry(of topic: Topic, _ body: (SearchEntry) -> Void) {
    let command = "mlcareer show \(topic.id)"
    let topicContext = "\(topic.id) \(topic.title)"
    body(
      SearchEntry(
        topic: topic.id, text: topic.title, field: .title, context: topic.id, command: command))
    body(
      SearchEntry(
        topic: topic.id, text: topic.summaryText, field: .text, context: topicContext,
        command: command))
    forEachEntry(
      of: topic.introduction, topic: topic.id, section: nil, context: topicContext,
      command: command, body)
    for section in topic.sections {
      let command = "mlcareer show \(topic.id)/\(section.id)"
      body(
        SearchEntry(
          topic: topic.id, section: section.title, sectionID: section.id, text: section.title,
          field: .heading, context: topicContext, command: command))
      forEachEntry(
        of: section.blocks, topic: topic.id, section: section,
        context: "\(topicContext) \(section.title)", command: command, body)
    }
  }

  /// The entries of `blocks`, handed to `body`: paragraphs, list items (with the items nested
  /// in them), table rows and headings below the section's; `command` shows them (one string
  /// for them all).
  private static func forEachEntry(
    of blocks: [MarkdownBlock], topic: String, section: TopicSection?, context: String,
    command: String, _ body: (SearchEntry) -> Void
  ) {
    func add(_ text: String, _ field: SearchEntry.Field = .text, label: Int = 0) {
      let text = text.trimmingTrailingSpaces()
      guard !text.isEmpty else { return }
      body(
        SearchEntry(
          topic: topic, section: section?.title, sectionID: section?.id, text: text,
          field: field, labelLength: label, context: context, command: command))
    }
    for block in blocks {
      switch block.kind {
      case .paragraph(let inlines):
        add(inlines.plainText, label: labelLength(of: inlines))
      case .heading(_, let inlines):
        add(inlines.plainText, .heading)
      case .list(let list):
        for item in list.items {
          forEachEntry(
            of: item.blocks, topic: topic, section: section, context: context, command: command,
            body)
        }
      case .blockQuote(let inner):
        forEachEntry(
          of: inner, topic: topic, section: section, context: context, command: command, body)
      case .table(let table):
        for row in table.rows {
          add(row.map { $0.plainText }.joined(separator: " | "))
        }
      case .codeBlock(_, var code), .html(var code):
        // The parser ends lines at carriage returns, so a line feed here is a line's end alone.
        code.withUTF8 { code in
          for line in code.split(separator: 0x0A) { add(String(decoding: line, as: UTF8.self)) }
        }
      case .thematicBreak:
        break
      }
    }
  }

  /// The length of the strong phrase a paragraph opens with (`**Python:** simple…`), which
  /// names what the rest describes; 0 when it opens otherwise.
  private static func labelLength(of inlines: [MarkdownInline]) -> Int {
    guard case .strong(let children) = inlines.first else { return 0 }
    return children.plainText.count
  }
}
