import GuideModel
import Markdown

/// Topics as search entries: the title, the summary, each section's heading and every
/// paragraph, list item, table row and subheading under it.
extension SearchIndex {
  /// An index of `topics`, in the order given.
  package init(topics: [Topic]) {
    self.init(entries: topics.flatMap(Self.entries(of:)))
  }

  /// The entries of one topic, in reading order.
  static func entries(of topic: Topic) -> [SearchEntry] {
    var entries = [
      SearchEntry(
        topic: topic.id, text: topic.title, field: .title, context: topic.id,
        command: "mlcareer show \(topic.id)"),
      SearchEntry(
        topic: topic.id, text: topic.summaryText, field: .text,
        context: "\(topic.id) \(topic.title)", command: "mlcareer show \(topic.id)"),
    ]
    let topicContext = "\(topic.id) \(topic.title)"
    entries += Self.entries(
      of: topic.introduction, topic: topic.id, section: nil, context: topicContext,
      command: "mlcareer show \(topic.id)")
    for section in topic.sections {
      let command = "mlcareer show \(topic.id)/\(section.id)"
      entries.append(
        SearchEntry(
          topic: topic.id, section: section.title, sectionID: section.id, text: section.title,
          field: .heading, context: topicContext, command: command))
      entries += Self.entries(
        of: section.blocks, topic: topic.id, section: section,
        context: "\(topicContext) \(section.title)", command: command)
    }
    return entries
  }

  /// The entries of `blocks`: paragraphs, list items (with the items nested in them), table
  /// rows and headings below the section's; `command` shows them (one string for them all).
  private static func entries(
    of blocks: [MarkdownBlock], topic: String, section: TopicSection?, context: String,
    command: String
  ) -> [SearchEntry] {
    var entries: [SearchEntry] = []
    func add(_ text: String, _ field: SearchEntry.Field = .text, label: Int = 0) {
      let text = text.trimmingTrailingSpaces()
      guard !text.isEmpty else { return }
      entries.append(
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
          entries += Self.entries(
            of: item.blocks, topic: topic, section: section, context: context, command: command)
        }
      case .blockQuote(let inner):
        entries += Self.entries(
          of: inner, topic: topic, section: section, context: context, command: command)
      case .table(let table):
        for row in table.rows {
          add(row.map(\.plainText).joined(separator: " | "))
        }
      case .codeBlock(_, let code), .html(let code):
        for line in code.split(separator: "\n") { add(String(line)) }
      case .thematicBreak:
        break
      }
    }
    return entries
  }

  /// The length of the strong phrase a paragraph opens with (`**Python:** simple…`), which
  /// names what the rest describes; 0 when it opens otherwise.
  private static func labelLength(of inlines: [MarkdownInline]) -> Int {
    guard case .strong(let children) = inlines.first else { return 0 }
    return children.plainText.count
  }
}
