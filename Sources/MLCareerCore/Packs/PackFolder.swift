import GuideModel

/// A pack's folder on disk, read so that nothing it names can leave it: a relative path with
/// `..`, an absolute path, or a symbolic link that resolves outside the folder is an error, and
/// a file larger than `fileLimit` is refused before it is read.
struct PackFolder: Sendable {
  /// The folder as the user gave it, used in every message.
  let path: String
  /// The folder with every symbolic link resolved.
  let resolved: String

  /// The largest file a pack may hold.
  static let fileLimit = FileSizeLimits.packFile

  init(path: String) {
    self.path = path
    resolved = FileSystem.resolvedPath(path)
  }

  /// How `relative` is shown: `my-pack/topics/a.md`.
  func display(_ relative: String) -> String {
    (path.hasSuffix("/") ? path : path + "/") + relative
  }

  /// Whether the folder exists and is a folder.
  var exists: Bool {
    FileSystem.kind(of: path) == .folder
  }

  /// Why `relative` may not be used as a path inside the pack as written (absolute, or with
  /// `..`), or `nil` when it may; links are checked when the file is read (`escape`).
  func lexicalEscape(_ relative: String) -> String? {
    if relative.hasPrefix("/") || relative.hasPrefix("~") {
      return "'\(relative)' is an absolute path; paths in a pack are relative to its folder"
    }
    // Over the bytes: a combining mark after `/` or `\` must not hide it.
    let parts = relative.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    if relative.isEmpty || relative.utf8.contains(UInt8(ascii: "\\"))
      || parts.contains(where: { $0.elementsEqual("..".utf8) })
    {
      return "'\(relative)' leaves the pack's folder; paths may not contain '..'"
    }
    return nil
  }

  /// Why `relative` may not be used as a path inside the pack, or `nil` when it may: the
  /// lexical rules, and no symbolic link may lead outside the folder.
  func escape(_ relative: String) -> String? {
    if let reason = lexicalEscape(relative) { return reason }
    let target = FileSystem.resolvedPath(display(relative))
    if target != resolved && !target.hasPrefix(resolved + "/") {
      return "'\(relative)' is a symbolic link to \(target), outside the pack's folder"
    }
    return nil
  }

  /// Whether the regular file `relative` exists (following links inside the pack).
  func contains(_ relative: String) -> Bool {
    guard let kind = FileSystem.kind(of: display(relative)) else { return false }
    return kind != .folder
  }

  /// The text of `relative`, `nil` when it does not exist; an error when it is too large, not
  /// UTF-8, or unreadable. Control characters are neutralised (see `neutralisingControls`).
  func read(_ relative: String) throws(ContentError) -> String? {
    let shown = display(relative)
    guard contains(relative) else { return nil }
    if let reason = escape(relative) { throw .unreadable(shown, reason: reason) }
    let text: String
    do throws(FileSystem.ReadFailure) {
      text = try FileSystem.readText(at: shown, limit: Self.fileLimit)
    } catch {
      switch error {
      case .missing: return nil
      case .tooLarge(let size):
        throw .unreadable(
          shown,
          reason: "it has \(size) bytes, more than the "
            + "\(FileSizeLimits.describe(Self.fileLimit)) limit for a pack file")
      case .notText: throw .unreadable(shown, reason: "it is not UTF-8 text")
      case .notAFile, .system:
        throw .unreadable(shown, reason: "permission denied or not a regular file")
      }
    }
    let safe = text.neutralisingControls
    return relative.hasSuffix(".md") ? safe.neutralisingControlReferences : safe
  }

  /// The Markdown files of `topics/`, sorted, as paths relative to the folder.
  func topicFiles() -> [String] {
    let names = FileSystem.names(in: display("topics")) ?? []
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map {
      "topics/" + $0
    }
  }
}
