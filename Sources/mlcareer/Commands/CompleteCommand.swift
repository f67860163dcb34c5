import CommandLineKit
import MLCareerCore

/// `mlcareer __complete KIND [TOPIC]`: the candidates the shell completion scripts offer, one a
/// line. Hidden from help; it never fails loudly, since a completion must not print errors.
enum CompleteCommand: Command {
  static let name = "__complete"

  static let isHidden = true

  static let kind = Argument<Source>("kind", help: "What to list.")

  static let topic = Argument<String?>("topic", help: "The topic whose sections to list.")

  static let spec = CommandSpec(
    name,
    abstract: "Print names for the completion scripts, one per line.",
    arguments: [kind.spec, topic.spec]
  )

  /// The dynamic value sources the command description names, each answered here.
  enum Source: String, ArgumentValue {
    case topics, sections, skills
    case markedSkills = "marked-skills"
    case skillGroups = "skill-groups"
    case salaryDimensions = "salary-dimensions"
  }

  /// Prints one candidate a line as `name<TAB>description` (a title or name, which zsh and
  /// fish show beside it; bash keeps the name).
  static func run(_ context: inout CommandContext) throws(CommandError) {
    var candidates: [(name: String, description: String)] = []
    switch context.parsed[kind] {
    case .topics:
      let guide = context.library().guide
      candidates = guide.topics.map { ($0.id, (try? guide.header($0).title) ?? "") }
    case .sections:
      guard let name = context.parsed[topic] else { break }
      let guide = context.library().guide
      if let topic = guide.resolveTopic(name).model.flatMap({ try? guide.topic($0) }) {
        candidates = topic.sections.map { ($0.id, $0.title) }
      }
    case .salaryDimensions:
      candidates = context.library().salaryData().dimensions.map { ($0.id, $0.title) }
    case .skills:
      candidates = context.library().skillCatalog().skills.map { ($0.id, $0.name) }
    case .markedSkills:
      // `uncheck` offers only what it can clear.
      if let progress = try? context.savedProgress() {
        let skills = context.library().skillCatalog().skills
        candidates = skills.filter { progress.state(of: $0.id) != .todo }
          .map { ($0.id, "\($0.name) (\(progress.state(of: $0.id).rawValue))") }
      }
    case .skillGroups:
      candidates = context.library().skillCatalog().groups.map { ($0.id, $0.name) }
    }
    context.print(
      candidates.map { candidate in
        let description = candidate.description.map {
          $0.isNewline || $0 == "\t" || $0.isASCII && $0.asciiValue! < 0x20 ? " " : $0
        }
        return description.isEmpty
          ? candidate.name + "\n" : candidate.name + "\t" + String(description) + "\n"
      }.joined())
  }
}
