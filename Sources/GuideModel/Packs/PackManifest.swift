import JSON
import TextSupport

/// A pack's `guide.json`: its id and name, the documents it cites, and its topics in order
/// with their aliases. The built-in guide's also gives the content edition.
package struct PackManifest {
  /// One topic of the manifest.
  package struct TopicLine {
    package let id: String
    package let file: String
    package let aliases: [String]
    package let location: SourceLocation

    package init(id: String, file: String, aliases: [String], location: SourceLocation) {
      self.id = id
      self.file = file
      self.aliases = aliases
      self.location = location
    }
  }

  /// The pack, with the id and name the manifest gives.
  package let pack: PackInfo
  package let edition: String?
  package let sources: [GuideSource]
  package let topics: [TopicLine]

  /// A manifest already read, such as the built-in guide's table (`EmbeddedData.manifest`).
  package init(pack: PackInfo, edition: String?, sources: [GuideSource], topics: [TopicLine]) {
    self.pack = pack
    self.edition = edition
    self.sources = sources
    self.topics = topics
  }

  /// Reads the manifest of `pack` (shown as `pack.folder/guide.json`). With `problems`, a
  /// broken source or topic line is kept there and left out; without, the first one throws.
  package init(text: String, pack: PackInfo, problems: ProblemSink? = nil) throws(ContentError) {
    do throws(JSONError) {
      let root = try JSONParser.parse(text, file: pack.path(of: "guide.json")).object()
      let fields = try root.fields(
        allowed: ["schemaVersion", "id", "name", "edition", "sources", "topics"])
      if fields.optionalValue("schemaVersion") != nil {
        try ContentRules.checkSchemaVersion(fields)
      }
      let id = try fields.optionalValue("id") == nil ? pack.id : fields.id("id")
      self.pack = PackInfo(
        id: id, name: try fields.optionalText("name") ?? pack.name, folder: pack.folder,
        isBuiltIn: pack.isBuiltIn)
      edition = pack.isBuiltIn ? try fields.text("edition") : try fields.optionalText("edition")
      sources = try problems.records(
        of: try fields.optionalArray("sources") ?? [], GuideSource.init(json:))
      var seen: [String: SourceLocation] = [:]
      topics = try problems.records(of: try fields.optionalArray("topics") ?? []) {
        value throws(JSONError) in
        let line = try Self.topic(value)
        for name in [line.id] + line.aliases {
          if let first = seen[name] {
            throw JSONError.invalidValue(
              "the name '\(name)' is already used (line \(first.line))", at: line.location)
          }
          seen[name] = line.location
        }
        return line
      }
    } catch {
      throw .json(error)
    }
  }

  private static func topic(_ value: JSONValue) throws(JSONError) -> TopicLine {
    let fields = try value.object().fields(allowed: ["id", "file", "aliases"])
    let aliases = try fields.optionalArray("aliases")?.map { (alias) throws(JSONError) in
      try alias.string().neutralisingControls
    }
    return TopicLine(
      id: try fields.id("id"), file: try fields.text("file"), aliases: aliases ?? [],
      location: value.location)
  }
}
