import GuideModel
import JSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes new packs and topics (`mlcareer new`) that pass `validate` as written, and never
/// writes over a file that is there: every target is checked first, and each file is created
/// exclusively, so nothing is written when one exists.
package enum PackScaffold {
  /// Why nothing (or, for a failing disk, not everything) was written.
  package enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file is already there; nothing was written.
    case exists(String)
    /// The file could not be written.
    case cannotWrite(String, reason: String)
    /// The pack's manifest is broken, so a topic cannot be added to it.
    case brokenManifest(ContentError)

    /// What went wrong, for `error: …`, safe on a terminal (a broken manifest is reported as
    /// the error it is).
    package var description: String {
      switch self {
      case .exists(let path): "\(path.terminalSafe()) already exists; nothing was written"
      case .cannotWrite(let path, let reason):
        "cannot write \(path.terminalSafe()): \(reason.terminalSafe(limit: .max))"
      case .brokenManifest(let error): error.message
      }
    }
  }

  /// Writes a skeleton pack into `folder` (created if needed): `guide.json`, one example topic
  /// and empty `salaries.json` and `skills.json`. Returns the paths written.
  package static func createPack(at folder: String) throws(Failure) -> [String] {
    let pack = PackFolder(path: folder)
    let name = folder.split(separator: "/").last.map(String.init) ?? "pack"
    let id = ContentRules.isID(name) ? name : "my-pack"
    let manifest = manifest(
      id: id, name: name, topics: [("example", "topics/example.md", [])],
      sources: [
        GuideSource(
          id: "my-notes", title: "My notes",
          description: "Where this pack's facts come from; replace with your own sources.")
      ])
    let files: [(String, String)] = [
      ("guide.json", manifest),
      ("topics/example.md", topicTemplate(title: "Example topic")),
      ("salaries.json", "{\n  \"schemaVersion\": 1,\n  \"records\": []\n}\n"),
      ("skills.json", "{\n  \"schemaVersion\": 1,\n  \"groups\": [],\n  \"skills\": []\n}\n"),
    ]
    for (file, _) in files { try checkWritable(file, in: pack) }
    try createFolders(pack.display("topics"))
    for (file, text) in files { try create(pack.display(file), text) }
    return files.map { pack.display($0.0) }
  }

  /// Writes `topics/ID.md` into the pack at `folder` and lists it in the pack's `guide.json`
  /// (a pack without one lists its topics by file name). Returns the paths written.
  package static func addTopic(_ id: String, to folder: String) throws(Failure) -> [String] {
    let pack = PackFolder(path: folder)
    let file = "topics/\(id).md"
    try checkWritable(file, in: pack)
    var manifest: PackManifest?
    let info = PackInfo(id: "pack", name: "pack", folder: folder, isBuiltIn: false)
    do throws(ContentError) {
      if let text = try pack.read("guide.json") {
        manifest = try PackManifest(text: text, pack: info)
      }
    } catch {
      throw .brokenManifest(error)
    }
    if let manifest, manifest.topics.contains(where: { $0.id == id }) {
      throw .exists(pack.display("guide.json") + " (it already lists the topic '\(id)')")
    }
    try createFolders(pack.display("topics"))
    let title = id.split(separator: "-").joined(separator: " ")
    try create(
      pack.display(file), topicTemplate(title: title.prefix(1).uppercased() + title.dropFirst()))
    guard let manifest else { return [pack.display(file)] }
    let text = Self.manifest(
      id: manifest.pack.id, name: manifest.pack.name,
      topics: manifest.topics.map { ($0.id, $0.file, $0.aliases) } + [(id, file, [])],
      sources: manifest.sources, edition: manifest.edition)
    // Written whole to a temporary file and renamed over the old one.
    if let code = FileSystem.replace(pack.display("guide.json"), with: text, mode: 0o666) {
      unlink(pack.display(file))
      throw .cannotWrite(pack.display("guide.json"), reason: FileSystem.reason(code))
    }
    return [pack.display(file), pack.display("guide.json")]
  }

  /// Fails when `file` is in `pack` already, or would be written outside its folder (through a
  /// symbolic link), where `validate` would refuse to read it.
  private static func checkWritable(_ file: String, in pack: PackFolder) throws(Failure) {
    if FileSystem.exists(pack.display(file)) { throw .exists(pack.display(file)) }
    if let reason = pack.escape(file) { throw .cannotWrite(pack.display(file), reason: reason) }
  }

  /// Creates `path` with `text`, failing if it exists.
  private static func create(_ path: String, _ text: String) throws(Failure) {
    guard let code = FileSystem.createFile(path, text: text) else { return }
    if code == EEXIST { throw .exists(path) }
    throw .cannotWrite(path, reason: FileSystem.reason(code))
  }

  /// Creates `folder` and the folders above it, as a new folder is made (mode 0777 less the
  /// umask).
  private static func createFolders(_ folder: String) throws(Failure) {
    if let code = FileSystem.createFolders(folder, mode: 0o777) {
      throw .cannotWrite(folder, reason: FileSystem.reason(code))
    }
  }

  /// A manifest in the documented shape.
  static func manifest(
    id: String, name: String, topics: [(String, String, [String])], sources: [GuideSource],
    edition: String? = nil
  ) -> String {
    let topics: [JSONOutput] = topics.map { topic in
      [
        "id": .string(topic.0), "file": .string(topic.1),
        "aliases": topic.2.isEmpty ? .null : .array(topic.2.map(JSONOutput.string)),
      ]
    }
    let manifest: JSONOutput = [
      "schemaVersion": 1, "id": .string(id), "name": .string(name),
      "edition": JSONOutput(edition), "sources": .array(sources.map(GuideExporter.output)),
      "topics": .array(topics),
    ]
    return JSONWriter.render(manifest) + "\n"
  }

  /// A topic in the documented shape: a title, a one-line summary, then sections.
  static func topicTemplate(title: String) -> String {
    """
    # \(title)

    One line that says what this topic covers; 'mlcareer list' shows it.

    ## First section

    Write paragraphs and lists under '##' headings. Each heading is a section that \
    'mlcareer show TOPIC/SECTION' can show on its own.

    - A point worth knowing.
    - Another point.

    ## Sources

    - My notes.

    """
  }
}
