import GuideModel

/// A topic, or one section of it, as `show` prints it. A struct rather than a tuple: a tuple's
/// type, and an array's of them, are made at run time on the first use, a cost every `show`
/// would pay.
package struct TopicPart: Sendable {
  package let topic: Topic
  /// The one section to print, or `nil` for the whole topic.
  package let section: TopicSection?

  package init(_ topic: Topic, section: TopicSection? = nil) {
    self.topic = topic
    self.section = section
  }
}
