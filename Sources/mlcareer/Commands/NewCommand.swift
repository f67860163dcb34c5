import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer new pack DIR` and `mlcareer new topic ID --data DIR`: start a pack or a topic
/// that passes `validate` as written, never writing over a file.
enum NewCommand: Command {
  static let name = "new"

  static let spec = CommandSpec(
    name,
    abstract: "Start a content pack or a topic of one.",
    discussion: """
      What is written passes 'mlcareer validate' as it is. An existing file is never written \
      over: the command stops, says which file, and writes nothing.
      """,
    examples: [
      .init("mlcareer new pack ~/mypack", "Write a skeleton pack to fill in."),
      .init("mlcareer new topic interviews --data ~/mypack", "Add a topic to that pack."),
    ],
    subcommands: [.init(packSpec), .init(topicSpec)]
  )

  static let folder = Argument<String>(
    "dir", help: "The folder to write the pack into.", values: .directories)

  static let topicID = Argument<String>(
    "id", help: "The new topic's id: lowercase words joined by '-'.")

  static let packSpec = CommandSpec(
    "pack",
    abstract: "Write a skeleton pack: a guide.json, an example topic and empty records.",
    arguments: [folder.spec]
  )

  static let topicSpec = CommandSpec(
    "topic",
    abstract: "Write topics/ID.md into the --data pack and list it in its guide.json.",
    arguments: [topicID.spec],
    options: [packOption]
  )

  /// `--data` as `new topic` reads it: the pack to write into, shown in its usage line.
  private static let packOption: OptionSpec = {
    var option = MLCareerCommands.data.spec
    option.help = "The pack to add the topic to (default: the current folder, if a pack)."
    return option
  }()

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let parsed = context.parsed
    let written: [String]
    switch parsed.path.dropFirst().first {
    case "pack":
      written = try catching(failure) { () throws(PackScaffold.Failure) in
        try PackScaffold.createPack(at: parsed[folder])
      }
    case "topic":
      let id = parsed[topicID]
      guard ContentRules.isID(id) else {
        throw .usage(
          parsed.unusableValue(
            id, for: topicID, expected: "lowercase letters and digits joined by '-'"))
      }
      guard
        let pack = parsed[MLCareerCommands.data].last
          ?? (FileSystem.exists("guide.json") ? "." : nil)
      else { throw .usage(parsed.missing(MLCareerCommands.data)) }
      written = try catching(failure) { () throws(PackScaffold.Failure) in
        try PackScaffold.addTopic(id, to: pack)
      }
      if Guide.embedded().topics.contains(where: { $0.id == id }) {
        Console.error("mlcareer: note: the topic '\(id)' replaces the built-in one\n")
      }
    default:
      return  // The parser shows the help of `new` alone.
    }
    context.print(written.map { "wrote \($0.terminalSafe())\n" }.joined())
  }

  /// A broken guide.json is reported as content is, with its place; the rest as failures.
  private static func failure(_ error: PackScaffold.Failure) -> CommandError {
    if case .brokenManifest(let error) = error { return .content(error) }
    return .failure(error.description)
  }
}
