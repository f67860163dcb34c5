import CommandLineKit
import GuideModel
import MLCareerCore
import TextSupport

/// `mlcareer show TOPIC... [--section NAME]`: renders topics, or one section of each.
enum ShowCommand: Command {
  static let name = "show"

  static let topics = Argument<[String]>(
    "topic", help: "A topic's id, title, alias or unique prefix; TOPIC/SECTION for a section.",
    optional: true, values: .dynamicPath(parent: "topics", children: "sections"))

  static let section = Option<String?>(
    "section", short: "s", value: "name",
    help: "Show only the section with this name (or unique prefix) of each topic.",
    values: .dynamicChildren("sections"))

  static let format = Option.format(OutputFormat.documents)

  static let spec = CommandSpec(
    name,
    abstract: "Show one or more topics of the guide, whole or one section.",
    discussion: """
      Topics are shown one after another in the order given. Names are matched leniently: case, \
      accents, spaces, dashes and underscores do not matter and a unique prefix is enough. A \
      name that matches nothing gets suggestions of the closest topics.

      Write TOPIC/SECTION, or use --section, to show a single section. With no topic, show \
      lists the topics.
      """,
    arguments: [topics.spec],
    options: [section.spec, format.spec],
    examples: [
      .init("mlcareer show responsibilities", "Read the whole responsibilities topic."),
      .init("mlcareer show salaries/by-location", "Show one section of the salaries topic."),
      .init("mlcareer show skills --section languages", "Show the languages section of skills."),
      .init("mlcareer show overview education --format markdown", "Print two topics as Markdown."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let guide = context.library().guide
    let format = context.parsed[format]
    let names = context.parsed[topics]
    guard !names.isEmpty else {
      // Nothing named: what there is to read, and how to read it.
      try ListCommand.printTopics(&context, as: format)
      Console.error("mlcareer: note: name a topic to read it, such as 'mlcareer show overview'.\n")
      return
    }
    var parts: [TopicPart] = []
    for argument in names {
      var topicName = argument
      var sectionName = context.parsed[section]
      if sectionName == nil {
        (topicName, sectionName) = guide.splitTopicPath(argument)  // `faq/` is the whole topic
      }
      let topic = try guide.topic(named: topicName)
      let part = try sectionName.map { name throws(CommandError) in
        try section(named: name, in: topic)
      }
      // A topic or section named twice (`show best practices`) is shown once.
      if !parts.contains(where: { $0.topic.id == topic.id && $0.section?.id == part?.id }) {
        parts.append(TopicPart(topic, section: part))
      }
    }
    context.console.keptUntilExit = parts
    switch format {
    case .json:
      context.console.append(utf8: TopicJSONRenderer.json(parts))
    case .markdown:
      context.print(
        parts.map { TopicRenderer.markdown($0.topic, section: $0.section) }.joined(separator: "\n"))
    case .text, .csv, .tsv, .html:  // the parser accepts only the documents' formats
      let options = context.renderOptions
      context.print(
        parts.map { TopicRenderer.text($0.topic, section: $0.section, options: options) }
          .joined(separator: "\n"))
    }
  }

  /// The section of `topic` a person means by `name`.
  static func section(named name: String, in topic: Topic) throws(CommandError) -> TopicSection {
    try topic.resolveSection(name).resolved(
      kind: "section", name: name,
      hint: "Sections of '\(topic.id)': \(topic.sections.map(\.id).joined(separator: ", ")).")
  }
}
