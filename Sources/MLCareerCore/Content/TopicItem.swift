/// One list item of a section, flattened with its depth, for searching and counting.
struct TopicItem: Sendable, Equatable {
  /// The item's own text (its first paragraph), without markup.
  var text: String
  /// 0 for a top-level item, 1 for an item nested once, and so on.
  var depth: Int
  /// The line where the item's marker stands.
  var line: Int
}

extension TopicSection {
  /// Every list item of the section in reading order, nested items after their parent.
  var items: [TopicItem] {
    var result: [TopicItem] = []
    Self.collectItems(in: blocks, depth: 0, into: &result)
    return result
  }

  private static func collectItems(
    in blocks: [MarkdownBlock], depth: Int, into result: inout [TopicItem]
  ) {
    for block in blocks {
      switch block.kind {
      case .list(let list):
        for item in list.items {
          let text = item.blocks.first.flatMap { first -> String? in
            if case .paragraph(let inlines) = first.kind { return inlines.plainText }
            return nil
          }
          result.append(TopicItem(text: text ?? "", depth: depth, line: item.line))
          collectItems(in: item.blocks, depth: depth + 1, into: &result)
        }
      case .blockQuote(let inner):
        collectItems(in: inner, depth: depth, into: &result)
      default:
        break
      }
    }
  }
}
