import GuideModel
import TerminalText

/// Renders topics as terminal text, as Markdown, or as the parts a caller asks for.
package enum TopicRenderer {
  /// A topic as text: its title, its summary, then every section (or only `section`).
  package static func text(_ topic: Topic, section: TopicSection? = nil, options: RenderOptions)
    -> String
  {
    let blocks = BlockRenderer(options: options)
    var writer = LineWriter(capacity: topic.source.utf8.count + topic.source.utf8.count / 4)
    let title = section.map { "\(topic.title) › \($0.title)" } ?? topic.title
    writer.wrapped(StyledText(title, style: .title), options: options)
    if section == nil {
      writer.wrapped(
        StyledText(topic.summary, base: .summary, hyperlinks: options.hyperlinks),
        options: options)
      if !topic.introduction.isEmpty {
        writer.line("")
        blocks.write(topic.introduction, indent: 0, to: &writer)
      }
    }
    for part in section.map({ [$0] }) ?? topic.sections {
      writer.line("")
      if section == nil {
        writer.wrapped(StyledText(part.title, style: .heading), options: options)
      }
      blocks.write(part.blocks, indent: 2, to: &writer)
    }
    return writer.output.string
  }

  /// A topic (or one of its sections) as Markdown, exactly as the guide's source has it.
  package static func markdown(_ topic: Topic, section: TopicSection? = nil) -> String {
    guard let section else { return topic.source }
    var lines = topic.source.sourceLines[...]
      .dropFirst(section.lines.lowerBound - 1)
      .prefix(section.lines.count)
    while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines = lines.dropLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
