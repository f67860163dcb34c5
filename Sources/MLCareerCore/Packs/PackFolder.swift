import Foundation

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
    resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
  }

  /// How `relative` is shown: `my-pack/topics/a.md`.
  func display(_ relative: String) -> String {
    (path.hasSuffix("/") ? path : path + "/") + relative
  }

  /// Whether the folder exists and is a folder.
  var exists: Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  /// Why `relative` may not be used as a path inside the pack as written (absolute, or with
  /// `..`), or `nil` when it may; links are checked when the file is read (`escape`).
  func lexicalEscape(_ relative: String) -> String? {
    if relative.hasPrefix("/") || relative.hasPrefix("~") {
      return "'\(relative)' is an absolute path; paths in a pack are relative to its folder"
    }
    let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
    if relative.isEmpty || parts.contains("..") || relative.contains("\\") {
      return "'\(relative)' leaves the pack's folder; paths may not contain '..'"
    }
    return nil
  }

  /// Why `relative` may not be used as a path inside the pack, or `nil` when it may: the
  /// lexical rules, and no symbolic link may lead outside the folder.
  func escape(_ relative: String) -> String? {
    if let reason = lexicalEscape(relative) { return reason }
    let target = URL(fileURLWithPath: display(relative)).resolvingSymlinksInPath()
      .standardizedFileURL.path
    if target != resolved && !target.hasPrefix(resolved + "/") {
      return "'\(relative)' is a symbolic link to \(target), outside the pack's folder"
    }
    return nil
  }

  /// Whether the regular file `relative` exists (following links inside the pack).
  func contains(_ relative: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: display(relative), isDirectory: &isFolder)
      && !isFolder.boolValue
  }

  /// The text of `relative`, `nil` when it does not exist; an error when it is too large, not
  /// UTF-8, or unreadable. Control characters are neutralised (see `neutralisingControls`).
  func read(_ relative: String) throws(ContentError) -> String? {
    let shown = display(relative)
    guard contains(relative) else { return nil }
    if let reason = escape(relative) { throw .unreadable(shown, reason: reason) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: shown)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > Self.fileLimit {
      throw .unreadable(
        shown,
        reason: "it has \(size) bytes, more than the "
          + "\(FileSizeLimits.describe(Self.fileLimit)) limit for a pack file")
    }
    guard let data = FileManager.default.contents(atPath: shown) else {
      throw .unreadable(shown, reason: "permission denied or not a regular file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(shown, reason: "it is not UTF-8 text")
    }
    let safe = text.neutralisingControls
    return relative.hasSuffix(".md") ? safe.neutralisingControlReferences : safe
  }

  /// The Markdown files of `topics/`, sorted, as paths relative to the folder.
  func topicFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: display("topics"))) ?? []
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map {
      "topics/" + $0
    }
  }
}
