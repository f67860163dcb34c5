import CommandLineKit
import MLCareerCore

/// `mlcareer __complete -- WORD...`: what the completion scripts offer for the last word, one
/// candidate a line (see `CompletionScriptRenderer`). Hidden from help; it never fails loudly,
/// since a completion must not print errors.
enum CompleteCommand: Command {
  static let name = "__complete"

  static let isHidden = true

  static let words = Argument<[String]>(
    "words", help: "The words after the program, the one being typed last.", optional: true)

  static let spec = CommandSpec(
    name, abstract: "Print what fits the last word of a command line, one per line.",
    arguments: [words.spec])

  /// The dynamic value sources the command description names, each answered here.
  enum Source: String, CaseIterable {
    case topics, sections, skills
    case markedSkills = "marked-skills"
    case skillGroups = "skill-groups"
    case salaryDimensions = "salary-dimensions"
  }

  /// Prints one candidate a line as `name<TAB>description` (a title or name, which zsh and
  /// fish show beside it; bash keeps the name), then the completion's directives.
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let completion = CommandLineCompleter.complete(
      context.parsed[words], root: MLCareerCommands.root
    ) {
      source, parent in
      Source(rawValue: source).map { names(of: $0, parent: parent, context: context) } ?? []
    }
    let lines = completion.candidates.map { candidate in
      let description = candidate.description.map {
        $0.isNewline || $0 == "\t" || $0.isASCII && $0.asciiValue! < 0x20 ? " " : $0
      }
      return description.isEmpty
        ? candidate.name + "\n" : candidate.name + "\t" + String(description) + "\n"
    }
    context.print(
      lines.joined() + (completion.offersFolders ? ":folders\n" : "")
        + (completion.keepsWordOpen ? ":nospace\n" : ""))
  }

  /// The names of `source` (of `parent`'s sections), each with its title or name.
  private static func names(
    of source: Source, parent: String?, context: CommandContext
  ) -> [CompletionCandidate] {
    let library = context.library()
    switch source {
    case .topics:
      let guide = library.guide
      return guide.topics.map {
        CompletionCandidate($0.id, description: (try? guide.header($0).title) ?? "")
      }
    case .sections:
      let guide = library.guide
      guard let name = parent,
        let topic = guide.resolveTopic(name).model.flatMap({ try? guide.topic($0) })
      else { return [] }
      return topic.sections.map { CompletionCandidate($0.id, description: $0.title) }
    case .salaryDimensions:
      return library.salaryData().dimensions.map {
        CompletionCandidate($0.id, description: $0.title)
      }
    case .skills:
      return library.skillCatalog().skills.map { CompletionCandidate($0.id, description: $0.name) }
    case .markedSkills:
      // `uncheck` offers only what it can clear.
      guard let progress = try? context.savedProgress() else { return [] }
      return library.skillCatalog().skills.filter { progress.state(of: $0.id) != .todo }
        .map {
          CompletionCandidate(
            $0.id, description: "\($0.name) (\(progress.state(of: $0.id).rawValue))")
        }
    case .skillGroups:
      return library.skillCatalog().groups.map { CompletionCandidate($0.id, description: $0.name) }
    }
  }
}
