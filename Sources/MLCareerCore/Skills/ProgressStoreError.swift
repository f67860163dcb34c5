import CommandLineKit

/// Why the progress file could not be found, read or saved. Every case that concerns the file
/// names it; none of them leaves the file changed.
package enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Neither `XDG_STATE_HOME` nor a home folder says where the file belongs.
  case noStateFolder
  /// The file exists but reading it failed; `reason` is the system's explanation.
  case unreadable(path: String, reason: String)
  /// Something other than a regular file (a folder, say) stands at the path.
  case notAFile(path: String)
  /// The file's bytes are not UTF-8 text.
  case notText(path: String)
  /// The file is not JSON, or not the JSON shape of a progress file.
  case malformed(path: String, line: Int, column: Int, message: String)
  /// The file was written in a format version this build does not know.
  case unsupportedVersion(path: String, found: Int, line: Int, column: Int)
  /// The folder that holds the file could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// The lock that keeps writers apart could not be taken.
  case cannotLock(path: String, reason: String)
  /// Writing the new state failed; the old file is still in place.
  case cannotWrite(path: String, reason: String)
  /// The file is larger than `FileSizeLimits.progressFile`.
  case tooLarge(path: String, limit: Int)
  /// The folder holding the file belongs to someone else or others may write in it, so a file
  /// or link there could have been planted; `reason` says which.
  case unsafeFolder(path: String, reason: String)
  /// The file is a symbolic link to a place outside its folder, which mlcareer never reads or
  /// writes through.
  case linkOutsideFolder(path: String, target: String)
  /// Another process held the lock for longer than `seconds`.
  case lockTimedOut(path: String, seconds: Int)

  /// The file the error concerns, when there is one.
  package var path: String? {
    switch self {
    case .noStateFolder: nil
    case .unreadable(let path, _), .notAFile(let path), .notText(let path),
      .malformed(let path, _, _, _), .unsupportedVersion(let path, _, _, _),
      .cannotCreateFolder(let path, _), .cannotLock(let path, _), .cannotWrite(let path, _),
      .tooLarge(let path, _), .unsafeFolder(let path, _), .linkOutsideFolder(let path, _),
      .lockTimedOut(let path, _):
      path
    }
  }

  /// `PATH[:LINE:COLUMN]: error: what is wrong`, the path and message shown `terminalSafe`.
  package var description: String {
    switch self {
    case .noStateFolder:
      return "error: neither XDG_STATE_HOME nor HOME is set, so there is no place to keep progress"
    case .malformed(_, let line, let column, let message):
      return "\(shownPath):\(line):\(column): error: \(message.terminalSafe(limit: 400))"
    case .unsupportedVersion(_, let found, let line, let column):
      return "\(shownPath):\(line):\(column): error: the progress file has version \(found), "
        + "but this mlcareer reads version \(ProgressState.currentVersion); a newer mlcareer may "
        + "have written it"
    default:
      return "\(shownPath): error: " + detail
    }
  }

  /// The path as shown in messages.
  private var shownPath: String { (path ?? "").terminalSafe(limit: 1000) }

  /// The message after `error: ` for the cases that have no line and column.
  private var detail: String {
    switch self {
    case .unreadable(_, let reason): "cannot read the progress file: \(reason)"
    case .notAFile: "the progress file is not a regular file"
    case .notText: "the progress file is not UTF-8 text"
    case .cannotCreateFolder(_, let reason):
      "cannot create the folder for the progress file: \(reason)"
    case .cannotLock(_, let reason): "cannot lock the progress file: \(reason)"
    case .cannotWrite(_, let reason): "cannot save progress: \(reason)"
    case .tooLarge(_, let limit):
      "the progress file is larger than \(FileSizeLimits.describe(limit)), the most mlcareer reads"
    case .unsafeFolder(_, let reason):
      "refusing to keep progress in this folder: \(reason); a file planted here could redirect "
        + "what mlcareer writes"
    case .linkOutsideFolder(_, let target):
      "the progress file is a symbolic link to '\(target.terminalSafe(limit: 1000))', outside "
        + "its folder; mlcareer neither reads nor writes through such a link: replace it with the "
        + "file itself"
    case .lockTimedOut(_, let seconds):
      "another mlcareer held the lock for \(seconds) seconds; gave up waiting (if none is running, "
        + "the lock is held by a stuck process)"
    case .noStateFolder, .malformed, .unsupportedVersion: ""
    }
  }
}
