import MLCareerCore

/// `mlcareer list`: every topic with its id, title and one-line summary.
enum ListCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let guide = try CommandContext.guide()
    var headers: [TopicHeader] = []
    do {
      for entry in guide.topics { headers.append(try guide.header(entry.id)) }
    } catch {
      throw .content(error)
    }
    switch context.format {
    case "json":
      context.print(json: TopicJSONRenderer.output(headers))
    case "markdown":
      context.print(TopicListRenderer.markdown(headers))
    default:
      context.print(TopicListRenderer.text(headers, options: context.renderOptions))
    }
  }
}
