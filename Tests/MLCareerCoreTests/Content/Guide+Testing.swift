import Testing

@testable import GuideModel
@testable import MLCareerCore

/// Looking topics up by exact id, which tests of fixed fixtures do and commands never do, and
/// guides and libraries made the short ways tests make them.
extension Guide {
  /// Loads a manifest shown as `folder/guide.json`, whose topic files `read` supplies by their
  /// path relative to `folder`.
  init(
    manifest: String, folder: String, read: @escaping @Sendable (String) -> String?
  ) throws(ContentError) {
    let pack = PackInfo(id: "guide", name: "Built-in guide", folder: folder, isBuiltIn: true)
    try self.init(manifest: manifest, pack: pack) { path throws(ContentError) in read(path) }
  }

  /// Loads the manifest of `pack`, whose topic files `read` supplies.
  init(manifest: String, pack: PackInfo, read: @escaping PackReader) throws(ContentError) {
    let manifest = try PackManifest(text: manifest, pack: pack)
    self.init(
      edition: manifest.edition ?? "", sources: manifest.sources,
      topics: manifest.topics.map { TopicEntry($0, pack: manifest.pack, read: read) })
  }

  /// Every topic, parsed, in reading order.
  func allTopics() throws(ContentError) -> [Topic] {
    var result: [Topic] = []
    for entry in topics { result.append(try topic(entry)) }
    return result
  }

  /// The topic with the id `id`, parsed.
  func topic(_ id: String) throws -> Topic {
    try topic(try #require(topics.first { $0.id == id }, "no topic '\(id)'"))
  }
}

extension ContentLibrary {
  /// The built-in guide alone.
  convenience init() {
    self.init(locations: nil)
  }
}

extension RenderOptions {
  /// Options whose prose wraps at `width` or `readingWidth`, whichever is less.
  init(width: Int, color: Bool, isTerminal: Bool) {
    self.init(
      width: width, measure: min(width, Self.readingWidth), color: color, isTerminal: isTerminal)
  }

  /// Plain output for a pipe laid out to `width`, each paragraph on one line.
  static func plain(width: Int = 80) -> RenderOptions {
    RenderOptions(width: width, measure: nil, color: false, isTerminal: false)
  }
}
