import CommandLineKit
import JSON

/// The guide's catalogue: its edition, its sources and its topics in reading order.
///
/// Loading the guide reads only the small manifest `Data/guide.json`; a topic's Markdown is
/// parsed when a command asks for that topic, so `show responsibilities` parses no other topic.
public struct Guide: Sendable {
  /// The content edition, printed by `--version`.
  public let edition: String
  /// The documents the guide's facts come from.
  let sources: [GuideSource]
  /// Every topic in reading order.
  public let topics: [TopicEntry]
  private let read: @Sendable (String) -> String?

  /// Loads the manifest compiled into the binary.
  public static func embedded() throws(ContentError) -> Guide {
    let file = "guide.json"
    guard let manifest = EmbeddedData.contents(of: file) else {
      throw .missingFile(file, listedAt: SourceLocation(file: "Data/" + file, line: 1, column: 1))
    }
    return try Guide(manifest: manifest, file: file, read: EmbeddedData.contents(of:))
  }

  /// Loads a manifest whose topic files `read` supplies by path (tests pass fixtures here).
  init(
    manifest: String, file: String, read: @escaping @Sendable (String) -> String?
  ) throws(ContentError) {
    do throws(JSONError) {
      let root = try JSONParser.parse(manifest, file: "Data/" + file).object()
      let fields = try root.fields(allowed: ["edition", "sources", "topics"])
      edition = try fields.string("edition")
      sources = try fields.array("sources").map { (value) throws(JSONError) in
        try GuideSource(json: value)
      }
      var seen: [String: SourceLocation] = [:]
      var topics: [TopicEntry] = []
      for value in try fields.array("topics") {
        let entry = try TopicEntry(json: value)
        for name in [entry.id] + entry.aliases {
          if let first = seen[name] {
            throw JSONError.invalidValue(
              "the name '\(name)' is already used (line \(first.line))", at: entry.location)
          }
          seen[name] = entry.location
        }
        topics.append(entry)
      }
      self.topics = topics
    } catch {
      throw .json(error)
    }
    self.read = read
    for entry in topics where read(entry.file) == nil {
      throw .missingFile(entry.file, listedAt: entry.location)
    }
  }

  /// Finds the topic a person means by `name`: its id, an alias, its title or a unique prefix.
  public func resolveTopic(_ name: String) -> NameMatch {
    let byName = NameMatcher(topics.map { ($0.id, [$0.id] + $0.aliases) })
    let match = byName.match(name)
    guard case .notFound = match else { return match }
    // Titles are in the topic files: read their headers only when ids and aliases fail.
    let titled = topics.map { entry in
      (entry.id, [entry.id] + entry.aliases + ((try? header(entry.id).title).map { [$0] } ?? []))
    }
    return NameMatcher(titled).match(name)
  }

  /// The whole topic with the id `id`, parsed now.
  public func topic(_ id: String) throws(ContentError) -> Topic {
    let entry = try self.entry(id)
    return try TopicLoader.load(id: id, file: entry.file, source: read(entry.file) ?? "")
  }

  /// The title and summary of the topic with the id `id`, without parsing its sections.
  public func header(_ id: String) throws(ContentError) -> TopicHeader {
    let entry = try self.entry(id)
    return try TopicLoader.header(id: id, file: entry.file, source: read(entry.file) ?? "")
  }

  /// Every topic, parsed, in reading order.
  public func allTopics() throws(ContentError) -> [Topic] {
    var result: [Topic] = []
    for entry in topics { result.append(try topic(entry.id)) }
    return result
  }

  private func entry(_ id: String) throws(ContentError) -> TopicEntry {
    guard let entry = topics.first(where: { $0.id == id }) else {
      throw .missingFile(
        "topics/\(id).md", listedAt: SourceLocation(file: "Data/guide.json", line: 1, column: 1))
    }
    return entry
  }
}

/// One topic's line in the manifest: its id, its file and the other names it answers to.
public struct TopicEntry: Sendable {
  /// The topic's id.
  public let id: String
  /// The Markdown file, relative to `Data/`.
  public let file: String
  /// Other names people may type for it.
  let aliases: [String]
  /// Where the entry stands in the manifest.
  let location: SourceLocation

  init(json value: JSONValue) throws(JSONError) {
    let fields = try value.object().fields(allowed: ["id", "file", "aliases"])
    id = try fields.string("id")
    file = try fields.string("file")
    aliases =
      try fields.optionalArray("aliases")?.map { (alias) throws(JSONError) in
        try alias.string()
      } ?? []
    location = value.location
  }
}

/// A document the guide's facts come from.
public struct GuideSource: Sendable {
  /// The id topics and records cite, such as `career-notes`.
  public let id: String
  /// The document's title.
  public let title: String
  /// What the document is, in a sentence.
  public let description: String
  /// The year its figures refer to, where it gives one.
  let year: Int?

  init(json value: JSONValue) throws(JSONError) {
    let fields = try value.object().fields(allowed: ["id", "title", "description", "year"])
    id = try fields.string("id")
    title = try fields.string("title")
    description = try fields.string("description")
    year = try fields.optionalInt("year")
  }
}
