import GuideModel
import Markdown

/// The built-in topics' headers: what `mlcareer list` shows of each.
extension TableGenerator {
  /// The title and lead paragraph of every topic the manifest lists, as `TopicLoader.header`
  /// reads them. A topic file the loader refuses gets no entry, so the loader reads it at run
  /// time and reports what is wrong.
  func headers(_ manifest: PackManifest) -> String {
    var source = """
        /// The title and summary of each built-in topic, as `TopicLoader.header` reads them.
        static let topicHeaders: [TopicHeader] = [

      """
    for line in manifest.topics {
      guard let text = files[line.file],
        let header = try? TopicLoader.header(
          id: line.id, file: manifest.pack.path(of: line.file), source: text)
      else { continue }
      source += """
            TopicHeader(
              id: \(SwiftLiteral.string(header.id)), title: \(SwiftLiteral.string(header.title)),
              summary: \(SwiftLiteral.string(header.summary))),

        """
    }
    return source + "  ]\n\n"
  }

  /// The whole parsed tree of every topic the manifest lists, serialized, by the topic file's
  /// path: `show` reads the tree back instead of parsing the file. A `switch`, not a table, so
  /// that nothing is built at start-up and only the topic asked for is touched.
  func parsedTopics(_ manifest: PackManifest) -> String {
    var source = """
        /// The parsed tree of the built-in topic file at `path`, in the form of
        /// `MarkdownDocument.serialized()`: what `MarkdownParser.parse` makes of that file.
        static func parsedTopic(_ path: String) -> String? {
          switch path {

      """
    var seen: Set<String> = []
    for line in manifest.topics {
      guard let text = files[line.file], seen.insert(line.file).inserted else { continue }
      let serialized = MarkdownParser.parse(text).serialized()
      source +=
        "    case \(SwiftLiteral.string(line.file)):\n      return \(SwiftLiteral.raw(serialized))\n"
    }
    return source + "    default:\n      return nil\n    }\n  }\n\n"
  }
}
