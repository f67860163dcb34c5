import CommandLineKit
import GuideModel
import MLCareerCore

/// `mlcareer search WORDS... [--topic T] [--limit N] [--format …]`: finds the
/// titles, headings, paragraphs, list items, salary records and skills holding every word, best
/// first.
enum SearchCommand: Command {
  static let name = "search"

  static let words = Argument<[String]>("words", help: "The words to look for.")

  static let topic = Option<String?>(
    "topic", value: "topic", help: "Search only this topic.", values: .dynamic("topics"))

  static let limit = Option.wholeNumber(
    "limit", short: "n", value: "n", help: "Show at most this many results.", in: 1...1_000_000,
    default: 10)

  static let all = Flag("all", short: "a", help: "Show every result, whatever --limit says.")

  static let format = Option.format(OutputFormat.records)

  static let spec = CommandSpec(
    name,
    abstract: "Search the guide's text for words.",
    discussion: """
      Finds the topic titles, section headings, paragraphs, list items, skills and salary \
      figures that hold every word given, ignoring case and accents. Titles come before \
      headings and headings before text; whole words before parts of words. Each result shows \
      where it stands and the text that matched.

      Words joined by a hyphen or slash, or put in double quotes, must stand side by side: \
      'ml-engineer' finds "ML engineer", '"data drift"' the phrase.

      Piped, each result is one line: topic, section and text, separated by tabs. The csv and \
      tsv formats add a header row and each result's field and path. When the limit leaves \
      results out of output without a closing summary, standard error says how many.
      """,
    arguments: [words.spec],
    options: [topic.spec, limit.spec, all.spec, format.spec],
    examples: [
      .init("mlcareer search tensorflow", "Find every mention of TensorFlow."),
      .init("mlcareer search model deployment --topic responsibilities", "Search one topic."),
      .init("mlcareer search '\"data drift\"'", "Find the phrase, not the two words apart."),
      .init("mlcareer search python -n 3 --format json", "The three best results as JSON."),
    ],
    rules: [.exclusive([all.spec.long, limit.spec.long])]
  )

  static func run(_ context: inout CommandContext) throws(CommandError) {
    let parsed = context.parsed
    // The description makes --all and --limit exclusive.
    var query = SearchQuery(parsed[words], limit: parsed[all] ? nil : parsed[limit])
    guard !query.isEmpty else {
      let typed = parsed[words].joined(separator: " ")
      throw .usage(parsed.unusableValue(typed, for: words, expected: "a word to look for"))
    }
    let library = context.library()
    let scope = try parsed[topic].map { name throws(CommandError) in
      try library.guide.topic(named: name)
    }
    query.topic = scope?.id
    // Each topic is searched and let go, so only the hits stay in memory.
    let result = SearchScan.search(query, in: library, scope: scope)
    guard !result.hits.isEmpty else {
      throw .notFound(
        kind: "results for", name: query.text,
        suggestions: SearchScan.correction(of: query, in: library, scope: scope).map { [$0] }
          ?? [],
        hint: query.topic == nil
          ? "Try fewer or other words; 'mlcareer list' shows every topic."
          : "Try fewer or other words, or search every topic without --topic.")
    }
    let format = parsed[format]
    context.print(
      format, json: { SearchRenderer.json(result) }, rows: { RecordTable.search(result) },
      text: { SearchRenderer.text(result, options: $0) })
    // One-a-line output has no closing summary, so a pipe never stops short without a word.
    if format != .json, format != .text || !context.showsScreen,
      let note = SearchRenderer.leftOutNote(result)
    {
      Console.error("mlcareer: note: \(note)\n")
    }
  }
}
