import CommandLineKit
import MLCareerCore

/// `mlcareer __complete KIND [TOPIC]`: the candidates the shell completion scripts offer, one a
/// line. Hidden from help; it never fails loudly, since a completion must not print errors.
enum CompleteCommand: Command {
  /// What the command accepts and what its help says.
  static let spec = CommandSpec(
    "__complete",
    abstract: "Print names for the completion scripts, one per line.",
    arguments: [
      ArgumentSpec(
        "kind", help: "What to list.",
        values: .cases(of: CompleteCommand.Source.self)),
      ArgumentSpec("topic", help: "The topic whose sections to list.", optional: true),
    ],
    hidden: true
  )

  /// The dynamic value sources the command description names, each answered here.
  enum Source: String, ArgumentValue {
    case topics, sections, skills
    case skillGroups = "skill-groups"
    case salaryDimensions = "salary-dimensions"
  }

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let arguments = context.parsed.arguments
    guard let kind = context.parsed.value(of: "kind", as: Source.self) else { return }
    var candidates: [String] = []
    switch kind {
    case .topics:
      if let guide = try? context.guide() {
        candidates = guide.topics.map(\.id)
      }
    case .sections:
      if arguments.count > 1, let guide = try? context.guide(),
        let entry = guide.resolveTopic(arguments[1]).model,
        let topic = try? guide.topic(entry)
      {
        candidates = topic.sections.map(\.id)
      }
    case .salaryDimensions:
      candidates = (try? context.salaryData())?.dimensions.map(\.id) ?? []
    case .skills:
      candidates = (try? context.skillCatalog())?.skills.map(\.id) ?? []
    case .skillGroups:
      candidates = (try? context.skillCatalog())?.groups.map(\.id) ?? []
    }
    context.print(candidates.map { $0 + "\n" }.joined())
  }
}
