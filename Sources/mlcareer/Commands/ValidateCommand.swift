import CommandLineKit
import JSON
import MLCareerCore

/// `mlcareer validate [DIR...] [--format text|json]`: checks packs and reports every problem in
/// the compiler's format, then a summary line.
enum ValidateCommand: Command {
  static let name = "validate"

  static let folders = Argument<[String]>(
    "dir", help: "The pack folders to check; every pack found when none is given.",
    optional: true, values: .directories)

  static let format = Option.format([.text, .json])

  static let spec = CommandSpec(
    name,
    abstract: "Check content packs and report every problem at once.",
    discussion: """
      With no folder, checks the built-in guide and every pack found (see 'mlcareer paths'). \
      Each problem is one line in the form compilers use, 'path:line:column: error: message' \
      (or warning), which editors and CI annotators read, then a summary. Warnings point at what \
      loads but is probably a mistake: a topic that replaces another, a record id used twice, a \
      source no guide.json declares, a figure the prose of its topic never mentions.

      Exits with 1 when there is an error, else 0.
      """,
    arguments: [folders.spec],
    options: [format.spec],
    examples: [
      .init("mlcareer validate", "Check the guide and every pack found."),
      .init("mlcareer validate ~/mypack", "Check one pack folder."),
      .init("mlcareer validate --format json", "List the problems as JSON."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let folders = context.parsed[folders]
    let report = PackValidator.validate(
      folders: folders.isEmpty ? nil : folders, locations: context.packLocations)
    switch context.parsed[format] {
    case .json:
      let problems = report.diagnostics.map { problem -> JSONOutput in
        let place = problem.location
        // A whole folder has no line or column: their null members are left out.
        let known = place.line > 0
        return [
          "severity": .string(problem.severity.rawValue), "file": .string(place.file),
          "line": known ? .int(place.line) : nil, "column": known ? .int(place.column) : nil,
          "message": .string(problem.message),
        ]
      }
      context.print(
        json: [
          "problems": .array(problems), "errors": .int(report.errorCount),
          "warnings": .int(report.warningCount), "packs": .int(report.packCount),
        ])
    default:
      let lines = report.diagnostics.map { $0.description.terminalSafe(limit: 2000) }
      context.print((lines + [report.summary]).joined(separator: "\n") + "\n")
    }
    if report.errorCount > 0 { throw .silentFailure }
  }
}
