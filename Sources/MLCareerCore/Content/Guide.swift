import GuideModel
import Markdown
import TextSupport

/// The guide's catalogue: its edition, its sources and its topics in reading order, from the
/// built-in guide and from every content pack merged over it; a topic's Markdown is parsed
/// when a command asks for that topic (`topic(_:)`).
package struct Guide: Sendable {
  /// The content edition, printed by `--version`.
  package let edition: String
  /// The documents the guide's facts come from, of every pack.
  private(set) var sources: [GuideSource]
  /// Every topic in reading order: the built-in ones, then each pack's new ones.
  package private(set) var topics: [TopicEntry]

  /// The built-in guide's manifest, from the table the build tool derived from `guide.json`
  /// (its topic files were checked then), so start-up parses no JSON for it.
  package static func embedded() -> Guide {
    let manifest = EmbeddedData.manifest
    let read: PackReader = { path throws(ContentError) in EmbeddedData.contents(of: path) }
    var guide = Guide(
      edition: manifest.edition ?? "", sources: manifest.sources,
      topics: manifest.topics.map { TopicEntry($0, pack: manifest.pack, read: read) })
    // The headers the build tool read from the same files, so `list` parses no Markdown.
    // The table lists them in the manifest's order.
    let headers = EmbeddedData.topicHeaders
    for index in guide.topics.indices {
      let id = guide.topics[index].id
      guide.topics[index].embeddedHeader =
        index < headers.count && headers[index].id == id
        ? headers[index] : headers.first { $0.id == id }
    }
    return guide
  }

  /// This guide with `other`'s topics and sources merged in: a topic with a new id is added
  /// after the others, one with an id already here replaces that topic whole, in its place.
  func merging(_ other: Guide) -> Guide {
    let packs = Dictionary(topics.map { ($0.id, $0.pack) }) { first, _ in first }
    var added = other.topics
    for index in added.indices { added[index].replaces = packs[added[index].id] }
    var merged = self
    merged.topics = ContentLibrary.merge(topics, added, id: \.id).0
    merged.sources += other.sources
    return merged
  }

  /// Finds the topic a person means by `name`: its id, an alias, its title or a unique prefix.
  package func resolveTopic(_ name: String) -> Lookup<TopicEntry> {
    // An exact id, what scripts and completions type, is what the matcher would find first
    // (ids are already in its normal form), without building the matcher.
    if let entry = topics.first(where: { $0.id == name }) { return .found(entry) }
    let byName = NameMatcher(topics.map { ($0.id, [$0.id] + $0.aliases) })
    let match = byName.match(name)
    guard case .notFound = match else { return Lookup(match, in: topics, id: \.id) }
    // Titles are in the topic files: read their headers only when ids and aliases fail.
    let titled = topics.map { entry in
      (entry.id, [entry.id] + entry.aliases + ((try? header(entry).title).map { [$0] } ?? []))
    }
    return Lookup(NameMatcher(titled).match(name), in: topics, id: \.id)
  }

  /// Splits a `TOPIC/SECTION` argument into topic and section: the longest part before a slash
  /// that names a topic, as a title may hold a slash (`AI/ML Across Industries/healthcare`),
  /// else the part before the first slash.
  package func splitTopicPath(_ argument: String) -> (topic: String, section: String?) {
    let slashes = argument.indices.filter { argument[$0] == "/" }
    guard let first = slashes.first else { return (argument, nil) }
    if resolveTopic(argument).model != nil { return (argument, nil) }
    // Searched from the last slash, so the longest topic name wins.
    let slash = slashes.last { resolveTopic(String(argument[..<$0])).model != nil } ?? first
    let rest = String(argument[argument.index(after: slash)...])
    return (String(argument[..<slash]), rest.isEmpty ? nil : rest)
  }

  /// The whole topic of `entry`: a built-in topic from the tree the build tool parsed, any
  /// other parsed now.
  package func topic(_ entry: TopicEntry) throws(ContentError) -> Topic {
    try topic(entry, source: try entry.source())
  }

  /// The whole topic of `entry`, whose file's text, already read, is `source`.
  func topic(_ entry: TopicEntry, source: String) throws(ContentError) -> Topic {
    if entry.embeddedHeader != nil, let serialized = EmbeddedData.parsedTopic(entry.file),
      let document = MarkdownDocument(serialized: serialized)
    {
      return try TopicLoader.load(
        id: entry.id, file: entry.path, source: source, document: document)
    }
    return try TopicLoader.load(id: entry.id, file: entry.path, source: source)
  }

  /// The title and summary of the topic of `entry`, without parsing its sections.
  package func header(_ entry: TopicEntry) throws(ContentError) -> TopicHeader {
    if let header = entry.embeddedHeader { return header }
    return try TopicLoader.header(id: entry.id, file: entry.path, source: try entry.source())
  }
}

/// Reads a pack's file by its path in the pack: its text, `nil` when it is not there.
typealias PackReader = @Sendable (String) throws(ContentError) -> String?

/// One topic's line in the manifest: its id, its file and the other names it answers to.
package struct TopicEntry: Sendable {
  package let id: String
  /// The Markdown file, relative to its pack's folder.
  package let file: String
  /// Other names people may type for it.
  let aliases: [String]
  /// Where the entry stands in the manifest.
  let location: SourceLocation
  package let pack: PackInfo
  /// The pack whose topic of the same id this one replaces, if any.
  package internal(set) var replaces: PackInfo?
  /// The header the build tool read from the built-in topic's file; `nil` for other topics.
  var embeddedHeader: TopicHeader?
  private let read: PackReader

  init(_ line: PackManifest.TopicLine, pack: PackInfo, read: @escaping PackReader) {
    id = line.id
    file = line.file
    aliases = line.aliases
    location = line.location
    self.pack = pack
    self.read = read
  }

  /// The path the topic's file is shown as: `Data/topics/faq.md`.
  package var path: String { pack.path(of: file) }

  func source() throws(ContentError) -> String {
    guard let text = try read(file) else { throw .missingFile(path) }
    return text
  }
}
