import CommandLineKit
import JSON

/// The guide's catalogue: its edition, its sources and its topics in reading order.
///
/// Loading the guide reads only the small manifest `guide.json`; a topic's Markdown is
/// parsed when a command asks for that topic, so `show responsibilities` parses no other topic.
public struct Guide: Sendable {
  /// The content edition, printed by `--version`.
  public let edition: String
  /// The documents the guide's facts come from.
  let sources: [GuideSource]
  /// Every topic in reading order.
  public let topics: [TopicEntry]
  /// The folder the manifest and topic paths are shown under, such as `Data`.
  public let folder: String
  private let read: @Sendable (String) -> String?

  /// Loads the manifest compiled into the binary.
  public static func embedded() throws(ContentError) -> Guide {
    let file = "guide.json"
    guard let manifest = EmbeddedData.contents(of: file) else {
      throw .missingFile("Data/" + file)
    }
    return try Guide(manifest: manifest, folder: "Data", read: EmbeddedData.contents(of:))
  }

  /// Loads a manifest shown as `folder/guide.json`, whose topic files `read` supplies by their
  /// path relative to `folder` (tests pass fixtures here).
  init(
    manifest: String, folder: String, read: @escaping @Sendable (String) -> String?
  ) throws(ContentError) {
    self.folder = folder
    do throws(JSONError) {
      let root = try JSONParser.parse(manifest, file: folder + "/guide.json").object()
      let fields = try root.fields(allowed: ["edition", "sources", "topics"])
      edition = try fields.text("edition")
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
      throw .missingTopicFile(entry.file, listedAt: entry.location)
    }
  }

  /// Finds the topic a person means by `name`: its id, an alias, its title or a unique prefix.
  public func resolveTopic(_ name: String) -> Lookup<TopicEntry> {
    let byName = NameMatcher(topics.map { ($0.id, [$0.id] + $0.aliases) })
    let match = byName.match(name)
    guard case .notFound = match else { return Lookup(match, in: topics, id: \.id) }
    // Titles are in the topic files: read their headers only when ids and aliases fail.
    let titled = topics.map { entry in
      (entry.id, [entry.id] + entry.aliases + ((try? header(entry).title).map { [$0] } ?? []))
    }
    return Lookup(NameMatcher(titled).match(name), in: topics, id: \.id)
  }

  /// The whole topic of `entry`, parsed now.
  public func topic(_ entry: TopicEntry) throws(ContentError) -> Topic {
    try TopicLoader.load(id: entry.id, file: path(of: entry), source: try source(of: entry))
  }

  /// The title and summary of the topic of `entry`, without parsing its sections.
  public func header(_ entry: TopicEntry) throws(ContentError) -> TopicHeader {
    try TopicLoader.header(id: entry.id, file: path(of: entry), source: try source(of: entry))
  }

  /// Every topic, parsed, in reading order.
  public func allTopics() throws(ContentError) -> [Topic] {
    var result: [Topic] = []
    for entry in topics { result.append(try topic(entry)) }
    return result
  }

  /// The path a topic's file is shown as: `Data/topics/faq.md`.
  func path(of entry: TopicEntry) -> String { folder + "/" + entry.file }

  private func source(of entry: TopicEntry) throws(ContentError) -> String {
    guard let text = read(entry.file) else { throw .missingFile(path(of: entry)) }
    return text
  }
}

/// One topic's line in the manifest: its id, its file and the other names it answers to.
public struct TopicEntry: Sendable {
  /// The topic's id.
  public let id: String
  /// The Markdown file, relative to the manifest's folder.
  public let file: String
  /// Other names people may type for it.
  let aliases: [String]
  /// Where the entry stands in the manifest.
  let location: SourceLocation

  init(json value: JSONValue) throws(JSONError) {
    let fields = try value.object().fields(allowed: ["id", "file", "aliases"])
    id = try fields.id("id")
    file = try fields.text("file")
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
    id = try fields.id("id")
    title = try fields.text("title")
    description = try fields.text("description")
    year = try fields.year()
  }
}
