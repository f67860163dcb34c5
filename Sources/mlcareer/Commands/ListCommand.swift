import CommandLineKit
import MLCareerCore

/// `mlcareer list`: every topic with its id, title and one-line summary.
enum ListCommand: Command {
  static let name = "list"

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "List every topic with its id, title and summary.",
    discussion: """
      Topics are the chapters of the guide. Pass a topic's id, title, alias or a unique prefix \
      of one of them to 'mlcareer show' to read it.
      """,
    options: [format.spec],
    examples: [
      .init("mlcareer list", "Show the table of contents."),
      .init("mlcareer list --format json", "List the topics as JSON for other programs."),
      .init("mlcareer list --format markdown > topics.md", "Save the list as Markdown."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    try printTopics(&context, as: context.parsed[format])
  }

  /// Prints the list of every topic as `format` (`show` with no topic does too); a topic whose
  /// file is broken is left out and reported.
  static func printTopics(
    _ context: inout CommandContext, as format: OutputFormat
  ) throws(CommandError) {
    let headers = context.library().headers().map(\.header)
    context.print(
      format, json: { TopicJSONRenderer.output(headers) }, rows: { RecordTable.topics(headers) },
      markdown: { TopicListRenderer.markdown(headers) },
      text: { TopicListRenderer.text(headers, options: $0) })
  }
}
