import Markdown
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// One home per statement: a statement stands in one topic, and other topics point to it by the
/// command that shows it rather than saying it again.
@Suite struct OneHomeTests {
  /// Where an item starts: its topic and line.
  struct Item {
    var topic: String
    var line: Int
    var words: [String]
  }

  /// The text of every list item of `blocks`, nested ones as items of their own, without a
  /// leading bold label such as `**Pay:**`, which topics use as a heading for the item.
  static func items(of blocks: [MarkdownBlock], topic: String) -> [Item] {
    var found: [Item] = []
    for block in blocks {
      guard case .list(let list) = block.kind else { continue }
      for item in list.items {
        for child in item.blocks {
          if case .paragraph(var inlines) = child.kind {
            if case .strong = inlines.first { inlines.removeFirst() }
            found.append(
              Item(
                topic: topic, line: child.line,
                words: SourceWords.words(of: inlines.plainText).map(\.text)))
          }
        }
        found += items(of: item.blocks, topic: topic)
      }
    }
    return found
  }

  /// The words of every section of `topic`, joined by spaces with a space at each end.
  static func wordText(of topic: Topic) -> String {
    let text = EmbeddedContentTests.text(of: topic)
    return " " + SourceWords.words(of: text).map(\.text).joined(separator: " ") + " "
  }

  @Test func noLongListItemStandsInTwoTopics() throws {
    let topics = try Guide.embedded().allTopics()
    let texts = topics.map { ($0.id, Self.wordText(of: $0)) }
    var long = 0
    for topic in topics {
      for item in topic.sections.flatMap({ Self.items(of: $0.blocks, topic: topic.id) })
      where item.words.count >= 8 {
        long += 1
        let words = item.words.joined(separator: " ")
        for (other, text) in texts where other != topic.id && text.contains(" \(words) ") {
          Issue.record("\(topic.file):\(item.line): the item \"\(words)\" is also in \(other)")
        }
      }
    }
    #expect(long > 100, "the rule reads the real list items")
  }

  @Test func theTwoAveragesStandTogetherOnlyInSalariesAndTheFAQ() throws {
    // The AI/ML engineer and ML engineer averages, with the remark that the sources do not
    // explain their difference, are stated in salaries; the FAQ's answer on pay points there.
    let together = try Guide.embedded().allTopics().filter { topic in
      let text = EmbeddedContentTests.text(of: topic)
      return text.contains("$101,752") && text.contains("$109,143")
    }
    #expect(together.map(\.id).sorted() == ["faq", "salaries"])
  }
}
