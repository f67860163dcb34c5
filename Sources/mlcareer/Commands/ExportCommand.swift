import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer export --format json|markdown|html`: the whole guide as one document.
enum ExportCommand: Command {
  static let name = "export"

  /// `--format`, which has no default.
  static let format = Option.format([.json, .markdown, .html], required: true)

  static let spec = CommandSpec(
    name,
    abstract: "Print the whole guide as one JSON, Markdown or HTML document.",
    discussion: """
      The html format is one self-contained page: its style is inline, it loads nothing from \
      the network and needs no script. It holds a table of contents, every topic, the salary \
      tables, the skills by group with your checklist progress as ticked boxes, the market \
      figures and the sources, in light or dark colours as the browser prefers, and reads on \
      a phone and on paper.
      """,
    options: [format.spec],
    examples: [
      .init("mlcareer export --format html > guide.html", "Save the guide as one web page."),
      .init("mlcareer export --format markdown > guide.md", "Save the guide as Markdown."),
      .init("mlcareer export --format json", "Print every topic and fact as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let library = try context.library()
    let format = context.parsed[format]
    guard format == .markdown || format == .html else {
      // The parser accepts only json, markdown and html. JSON is written as it is made, a topic
      // at a time, rather than built whole first.
      context.console.print(
        utf8: try catching(CommandError.content) { () throws(ContentError) in
          try GuideExporter.jsonUTF8(library: library)
        })
      return
    }
    let document = try catching(CommandError.content) { () throws(ContentError) in
      try GuideDocument(library: library)
    }
    if format == .markdown {
      context.print(GuideExporter.markdown(document))
    } else {
      context.print(GuideExporter.html(document, progress: try context.savedProgress()))
    }
  }
}
