import Markdown
import TextSupport

/// One topic of the guide: a title, a one-line summary and its sections.
package struct Topic: Sendable {
  /// The stable id people type, such as `best-practices`.
  package let id: String
  /// The title from the topic's `#` heading.
  package let title: String
  /// The lead paragraph: the topic's one-line summary, with its inline markup.
  package let summary: [MarkdownInline]
  /// Blocks that stand between the lead paragraph and the first section, if any.
  package let introduction: [MarkdownBlock]
  /// The `##` sections in order.
  package let sections: [TopicSection]
  /// The file the topic comes from, as it is shown: `Data/topics/faq.md`.
  package let file: String
  /// The topic's Markdown source, exactly as it stands in its file.
  package let source: String

  package var summaryText: String { summary.plainText }
}

/// One `##` section of a topic and the blocks under it.
package struct TopicSection: Sendable {
  /// The section's id: its heading in lower case with dashes, such as `deployment-and-monitoring`.
  package let id: String
  /// The heading as written.
  package let title: String
  /// The blocks under the heading, up to the next `##` heading.
  package let blocks: [MarkdownBlock]
  /// The source lines the section covers, heading included (1-based, end exclusive).
  package let lines: Range<Int>
}

/// The short form of a topic that `list` needs: read without parsing the topic's sections.
package struct TopicHeader: Sendable {
  package let id: String
  /// The title from the `#` heading.
  package let title: String
  /// The lead paragraph as plain text.
  package let summary: String
  /// The pack the topic comes from; `nil` for the built-in guide.
  package var pack: PackInfo? = nil
  /// The pack whose topic of the same id this one replaces, if any.
  package var replaces: PackInfo? = nil

  package init(id: String, title: String, summary: String) {
    self.id = id
    self.title = title
    self.summary = summary
  }

  /// `[from my-pack, replaces the built-in topic]` for a topic of a pack; empty otherwise.
  package var origin: String {
    guard let pack else { return "" }
    guard let replaces else { return "[from \(pack.id)]" }
    return "[from \(pack.id), replaces \(replaces.isBuiltIn ? "the built-in topic" : replaces.id)]"
  }
}

extension Topic {
  /// Finds the section a person means by `name`: its id, its heading or a unique prefix.
  package func resolveSection(_ name: String) -> Lookup<TopicSection> {
    let match = NameMatcher(sections.map { ($0.id, [$0.id, $0.title]) }).match(name)
    return Lookup(match, in: sections, id: \.id)
  }
}
