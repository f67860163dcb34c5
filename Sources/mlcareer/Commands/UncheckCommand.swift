import CommandLineKit
import MLCareerCore

/// `mlcareer uncheck ID...`: clears the marks of skills, back to to do.
enum UncheckCommand: Command {
  static let name = "uncheck"

  static let ids = Argument<[String]>(
    "id", help: "The skills to clear.", values: .dynamic("marked-skills"))

  static let spec = CommandSpec(
    name,
    abstract: "Clear the marks of checklist items, back to to-do.",
    arguments: [ids.spec],
    examples: [
      .init("mlcareer uncheck python", "Put Python back on the to-do list."),
      .init("mlcareer uncheck pytorch keras", "Clear the marks of two skills."),
    ]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    try CheckCommand.mark(&context, context.parsed[ids], as: .todo)
  }
}
