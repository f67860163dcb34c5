import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer export --format json|markdown|html`: the whole guide as one document.
enum ExportCommand: Command {
  static let name = "export"

  /// `--format`, which has no default.
  static let format = Option.format([.json, .markdown, .html], required: true)

  static let withProgress = Flag(
    "with-progress", help: "Put your checklist marks in the document; left out otherwise.")

  static let spec = CommandSpec(
    name,
    abstract: "Print the whole guide as one JSON, Markdown or HTML document.",
    discussion: """
      The html format is one self-contained page: its style is inline, it loads nothing from \
      the network and needs no script. It holds a table of contents, every topic, the salary \
      tables, the skills by group as a checklist, the market figures and the sources, in light \
      or dark colours as the browser prefers, and reads on a phone and on paper.

      Your progress stays out of every format, so the document can be shared; \
      --with-progress puts your marks in (ticked boxes in html, your checklist in markdown, \
      every mark with its date and note in json).
      """,
    options: [format.spec, withProgress.spec],
    examples: [
      .init("mlcareer export --format html > guide.html", "Save the guide as one web page."),
      .init(
        "mlcareer export --format html --with-progress > mine.html",
        "The same page with your checklist ticked."),
      .init("mlcareer export --format markdown > guide.md", "Save the guide as Markdown."),
      .init("mlcareer export --format json", "Print every topic and fact as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let library = context.library()
    let progress = context.parsed[withProgress] ? try context.savedProgress() : nil
    switch context.parsed[format] {
    case .markdown:
      context.print(GuideExporter.markdown(GuideDocument(library: library), progress: progress))
    case .html:
      context.print(GuideExporter.html(GuideDocument(library: library), progress: progress))
    default:
      // The parser accepts only json, markdown and html. JSON goes out as it is made, a topic
      // at a time, rather than built whole first.
      GuideExporter.writeJSON(library: library, progress: progress) {
        context.console.append(utf8: $0)
      }
    }
  }
}
