import GuideModel
import TextSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pack's folder on disk, read so that nothing it names can leave it: a relative path with
/// `..`, an absolute path, or a symbolic link that resolves outside the folder is an error, and
/// a file larger than `FileSizeLimits.packFile` is refused before it is read.
struct PackFolder: Sendable {
  /// The folder as the user gave it, used in every message.
  let path: String
  /// The folder with every symbolic link resolved.
  let resolved: String

  init(path: String) {
    self.path = path
    resolved = FileSystem.resolvedPath(path)
  }

  /// How `relative` is shown: `my-pack/topics/a.md`.
  func display(_ relative: String) -> String {
    (path.hasSuffix("/") ? path : path + "/") + relative
  }

  /// Why the folder cannot be read as a pack (`no such folder`, `not a folder`, `symbolic
  /// link loop`), or `nil` when it can.
  var problem: String? {
    switch FileSystem.kind(of: path) {
    case .folder: nil
    case .file, .other: "not a folder"
    case nil: errno == ELOOP ? "symbolic link loop" : "no such folder"  // the `stat` just made
    }
  }

  /// Why `relative` may not be used as a path inside the pack as written (absolute, or with
  /// `..`), or `nil` when it may; links are checked when the file is read (`escape`).
  func lexicalEscape(_ relative: String) -> String? {
    if relative.hasPrefix("/") || relative.hasPrefix("~") {
      return
        "'\(relative.terminalSafe())' is an absolute path; paths in a pack are relative to its folder"
    }
    // Over the bytes: a combining mark after `/` or `\` must not hide it.
    let parts = relative.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    if relative.isEmpty || relative.utf8.contains(UInt8(ascii: "\\"))
      || parts.contains(where: { $0.elementsEqual("..".utf8) })
    {
      return "'\(relative.terminalSafe())' leaves the pack's folder; paths may not contain '..'"
    }
    return nil
  }

  /// Why `relative` may not be used as a path inside the pack, or `nil` when it may: the
  /// lexical rules, and no symbolic link may lead outside the folder.
  func escape(_ relative: String) -> String? {
    if let reason = lexicalEscape(relative) { return reason }
    let target = FileSystem.resolvedPath(display(relative))
    if target != resolved && !target.hasPrefix(resolved + "/") {
      return
        "'\(relative.terminalSafe())' is a symbolic link to \(target.terminalSafe()), outside the pack's folder"
    }
    return nil
  }

  /// The text of `relative`, `nil` when nothing is there (or a link to nothing); an error when
  /// it is a folder, too large, not UTF-8, or unreadable. Control characters are neutralised
  /// (see `neutralisingControls`).
  func read(_ relative: String) throws(ContentError) -> String? {
    let shown = display(relative)
    guard FileSystem.exists(shown) else { return nil }
    if let reason = escape(relative) { throw .unreadable(shown, reason: reason) }
    let text: String?
    do throws(FileSystem.ReadFailure) {
      text = try FileSystem.readText(at: shown, limit: FileSizeLimits.packFile)
    } catch {
      let reason =
        switch error {
        case .tooLarge(let size):
          "it has \(size) bytes, more than the "
            + "\(FileSizeLimits.describe(FileSizeLimits.packFile)) limit for a pack file"
        case .notText: "it is not UTF-8 text"
        case .notAFile:
          FileSystem.kind(of: shown) == .folder ? "it is a directory" : "not a regular file"
        case .system(let code): code == ELOOP ? "symbolic link loop" : FileSystem.reason(code)
        }
      throw .unreadable(shown, reason: reason)
    }
    guard let text else { return nil }
    let isMarkdown = relative.hasSuffix(".md")
    let safe = text.neutralisingControls(endingLinesAtCR: isMarkdown)
    return isMarkdown ? safe.neutralisingControlReferences : safe
  }

  /// The topics of a pack without a manifest: each file `topics/ID.md`, in name order, and why
  /// each other name there (but hidden ones) is not a topic.
  func topicFiles() -> (topics: [PackManifest.TopicLine], skipped: [ContentError]) {
    guard let names = FileSystem.names(in: display("topics")) else {
      guard let kind = FileSystem.kind(of: display("topics")) else { return ([], []) }
      let reason = kind == .folder ? "the folder cannot be listed" : "it is not a folder"
      return ([], [.notATopic(display("topics"), reason: reason)])
    }
    var topics: [PackManifest.TopicLine] = []
    var skipped: [ContentError] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let file = "topics/" + name
      let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : nil
      let reason: String? =
        if let escape = escape(file) {
          escape
        } else if FileSystem.kind(of: display(file)) == .folder {
          "it is a directory"
        } else if let id, !ContentRules.isID(id) {
          "'\(id)' is not an id: lowercase letters and digits joined by '-'"
        } else {
          id == nil ? "only files ending in '.md' are topics" : nil
        }
      if let reason {
        skipped.append(.notATopic(display(file), reason: reason))
      } else if let id {
        let location = SourceLocation(file: display(file), line: 1, column: 1)
        topics.append(PackManifest.TopicLine(id: id, file: file, aliases: [], location: location))
      }
    }
    return (topics, skipped)
  }
}
