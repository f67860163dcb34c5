import MLCareerCore

/// `mlcareer __complete KIND [TOPIC]`: the candidates the shell completion scripts offer, one a
/// line. Hidden from help; it never fails loudly, since a completion must not print errors.
enum CompleteCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let arguments = context.parsed.arguments
    guard let kind = arguments.first else { return }
    var candidates: [String] = []
    switch kind {
    case "topics":
      if let guide = try? CommandContext.guide() {
        candidates = guide.topics.map(\.id)
      }
    case "sections":
      if arguments.count > 1, let guide = try? CommandContext.guide(),
        case .found(let id) = guide.resolveTopic(arguments[1]),
        let topic = try? guide.topic(id)
      {
        candidates = topic.sections.map(\.id)
      }
    case "salary-dimensions":
      candidates = (try? CommandContext.salaryData())?.dimensions.map(\.id) ?? []
    case "skills":
      candidates = (try? CommandContext.skillCatalog())?.skills.map(\.id) ?? []
    case "skill-groups":
      candidates = (try? CommandContext.skillCatalog())?.groups.map(\.id) ?? []
    default:
      break
    }
    context.print(candidates.map { $0 + "\n" }.joined())
  }
}
