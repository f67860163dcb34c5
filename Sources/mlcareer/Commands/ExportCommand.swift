import CommandLineKit
import MLCareerCore

/// `mlcareer export --format json|markdown`: the whole guide as one document.
enum ExportCommand: Command {
  /// What the command accepts and what its help says.
  static let spec = CommandSpec(
    "export",
    abstract: "Print the whole guide as one JSON or Markdown document.",
    options: [.format([.json, .markdown], required: true)],
    examples: [
      .init("mlcareer export --format markdown > guide.md", "Save the guide as Markdown."),
      .init("mlcareer export --format json", "Print every topic and fact as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let salaries = try CommandContext.salaryData()
    let skills = try CommandContext.skillCatalog()
    let document: GuideDocument
    do {
      document = try GuideDocument.embedded(salaries: salaries, skills: skills)
    } catch {
      throw .content(error)
    }
    switch context.format {
    case .markdown:
      context.print(GuideExporter.markdown(document))
    case .json, .text, .csv, .tsv:  // the parser accepts only json and markdown
      context.print(json: GuideExporter.json(document))
    }
  }
}
