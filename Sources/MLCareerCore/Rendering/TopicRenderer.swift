import CommandLineKit

/// Renders topics as terminal text, as Markdown, or as the parts a caller asks for.
public enum TopicRenderer {
  /// A topic as text: its title, its summary, then every section (or only `section`).
  public static func text(_ topic: Topic, section: TopicSection? = nil, options: RenderOptions)
    -> String
  {
    let blocks = BlockRenderer(options: options)
    var lines: [String] = []
    let title = section.map { "\(topic.title) › \($0.title)" } ?? topic.title
    lines += wrapped(StyledText(title, style: .title), options: options)
    if section == nil {
      lines += wrapped(
        StyledText(topic.summary, base: .summary, hyperlinks: options.hyperlinks),
        options: options)
      if !topic.introduction.isEmpty {
        lines.append("")
        lines += blocks.lines(for: topic.introduction, indent: 0)
      }
    }
    for part in section.map({ [$0] }) ?? topic.sections {
      lines.append("")
      if section == nil {
        lines += wrapped(StyledText(part.title, style: .heading), options: options)
      }
      lines += blocks.lines(for: part.blocks, indent: 2)
    }
    return lines.joinedLines() + "\n"
  }

  /// A topic (or one of its sections) as Markdown, exactly as the guide's source has it.
  public static func markdown(_ topic: Topic, section: TopicSection? = nil) -> String {
    guard let section else { return topic.source }
    var lines = topic.source.sourceLines[...]
      .dropFirst(section.lines.lowerBound - 1)
      .prefix(section.lines.count)
    while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines = lines.dropLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func wrapped(_ text: StyledText, options: RenderOptions) -> [String] {
    TextWrapper.wrap(
      text, width: options.measure, firstPrefix: StyledText(), restPrefix: StyledText(),
      color: options.color)
  }
}
