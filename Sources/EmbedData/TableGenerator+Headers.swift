import Markdown

/// The built-in topics' headers: what `mlcareer list` shows of each.
extension TableGenerator {
  /// The title and lead paragraph of every topic `guide.json` lists, as `TopicLoader.header`
  /// reads them (the parser stopping after those two blocks). A topic file without that shape
  /// gets no entry, so the loader reads it at run time and reports what is wrong.
  func headers() throws -> String {
    let fields = try root(
      "guide.json", allowed: ["schemaVersion", "id", "name", "edition", "sources", "topics"])
    var source = """
        /// The title and summary of each built-in topic, as `TopicLoader.header` reads them.
        static let topicHeaders: [TopicHeader] = [

      """
    for value in try fields.optionalArray("topics") ?? [] {
      let topic = try value.object().fields(allowed: ["id", "file", "aliases"])
      let id = try string(topic, "id")
      guard let text = files[try string(topic, "file")] else { continue }
      let blocks = MarkdownParser.parse(text, blockLimit: 2).blocks
      guard blocks.count > 1, case .heading(1, let title) = blocks[0].kind,
        case .paragraph(let summary) = blocks[1].kind
      else { continue }
      source += """
            TopicHeader(
              id: \(SwiftLiteral.string(id)), title: \(SwiftLiteral.string(title.plainText)),
              summary: \(SwiftLiteral.string(summary.plainText))),

        """
    }
    return source + "  ]\n\n"
  }

  /// The whole parsed tree of every topic `guide.json` lists, serialized, by the topic file's
  /// path: `show` reads the tree back instead of parsing the file. A `switch`, not a table, so
  /// that nothing is built at start-up and only the topic asked for is touched.
  func parsedTopics() throws -> String {
    let fields = try root(
      "guide.json", allowed: ["schemaVersion", "id", "name", "edition", "sources", "topics"])
    var source = """
        /// The parsed tree of the built-in topic file at `path`, in the form of
        /// `MarkdownDocument.serialized()`: what `MarkdownParser.parse` makes of that file.
        static func parsedTopic(_ path: String) -> String? {
          switch path {

      """
    var seen: Set<String> = []
    for value in try fields.optionalArray("topics") ?? [] {
      let topic = try value.object().fields(allowed: ["id", "file", "aliases"])
      let file = try string(topic, "file")
      guard let text = files[file], seen.insert(file).inserted else { continue }
      let serialized = MarkdownParser.parse(text).serialized()
      source +=
        "    case \(SwiftLiteral.string(file)):\n      return \(SwiftLiteral.raw(serialized))\n"
    }
    return source + "    default:\n      return nil\n    }\n  }\n\n"
  }
}
