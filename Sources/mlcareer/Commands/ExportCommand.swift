import MLCareerCore

/// `mlcareer export --format json|markdown`: the whole guide as one document.
enum ExportCommand {
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
    case "markdown":
      context.print(GuideExporter.markdown(document))
    default:
      context.print(json: GuideExporter.json(document))
    }
  }
}
