import MLCareerCore

/// `mlcareer search WORDS... [--topic T] [--limit N] [--format text|plain|json]`: finds the
/// titles, headings, paragraphs, list items, salary records and skills holding every word, best
/// first.
enum SearchCommand {
  static func run(_ context: inout CommandContext) throws(CommandError) {
    let parsed = context.parsed
    let limit: Int?
    do {
      limit = try parsed.positiveInteger("limit")
    } catch {
      throw .usage(error)
    }
    var query = SearchQuery(parsed.values(of: "words"), limit: limit)
    guard !query.isEmpty else {
      let typed = parsed.values(of: "words").joined(separator: " ")
      throw .usage(
        parsed.unusableValue(typed, for: "words", expected: "a word to look for"))
    }
    let guide = try CommandContext.guide()
    if let name = parsed.value(of: "topic") {
      query.topic = try guide.resolveTopic(name).resolved(
        kind: "topic", name: name, hint: "Run 'mlcareer list' to see every topic.")
    }
    let topics: [Topic]
    do {
      if let id = query.topic {
        topics = [try guide.topic(id)]
      } else {
        topics = try guide.allTopics()
      }
    } catch {
      throw .content(error)
    }
    var index = SearchIndex(topics: topics)
    if query.topic == nil || query.topic == "salaries" {
      index.add(try CommandContext.salaryData())
    }
    if query.topic == nil || query.topic == "skills" {
      index.add(try CommandContext.skillCatalog())
    }
    let result = index.search(query)
    guard !result.hits.isEmpty else {
      throw .notFound(
        kind: "results for", name: query.text,
        suggestions: index.correction(of: query).map { [$0] } ?? [],
        hint: query.topic == nil
          ? "Try fewer or other words; 'mlcareer list' shows every topic."
          : "Try fewer or other words, or search every topic without --topic.")
    }
    switch context.format {
    case "json":
      context.print(json: SearchRenderer.json(result))
    case "plain":
      context.print(SearchRenderer.plain(result))
    default:
      context.print(SearchRenderer.text(result, options: context.renderOptions))
    }
  }
}
