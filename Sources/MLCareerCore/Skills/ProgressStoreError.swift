import CommandLineKit

/// Why the progress file could not be found, read or saved. Every case that concerns the file
/// names it; none of them leaves the file changed.
package enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Neither `XDG_STATE_HOME` nor a home folder says where the file belongs.
  case noStateFolder
  /// The file exists but could not be read whole: it is no regular file (a folder, say), is
  /// larger than `FileSizeLimits.progressFile`, is not UTF-8, or the system refused.
  case unreadable(path: String, FileSystem.ReadFailure)
  /// The file is not JSON, or not the JSON shape of a progress file, or of a version this
  /// build does not know.
  case malformed(path: String, line: Int, column: Int, message: String)
  case cannotCreateFolder(path: String, reason: String)
  case cannotLock(path: String, reason: String)
  /// Writing the new state failed; the old file is still in place.
  case cannotWrite(path: String, reason: String)
  /// The folder holding the file belongs to someone else or others may write in it, so a file
  /// or link there could have been planted; `reason` says which.
  case unsafeFolder(path: String, reason: String)
  /// The file is a symbolic link to a place outside its folder, which mlcareer never reads or
  /// writes through.
  case linkOutsideFolder(path: String, target: String)
  /// Another process held the lock for longer than `seconds`.
  case lockTimedOut(path: String, seconds: Int)

  /// `PATH[:LINE:COLUMN]: error: what is wrong`, the path and message shown `terminalSafe`.
  package var description: String {
    func error(_ path: String, _ message: String, line: Int? = nil, column: Int = 0) -> String {
      path.terminalSafe(limit: 1000) + (line.map { ":\($0):\(column)" } ?? "") + ": error: "
        + message
    }
    switch self {
    case .noStateFolder:
      return "error: neither XDG_STATE_HOME nor HOME is set, so there is no place to keep progress"
    case .malformed(let path, let line, let column, let message):
      return error(path, message.terminalSafe(limit: 400), line: line, column: column)
    case .unreadable(let path, .notAFile):
      return error(path, "the progress file is not a regular file")
    case .unreadable(let path, .notText):
      return error(path, "the progress file is not UTF-8 text")
    case .unreadable(let path, .tooLarge):
      return error(
        path,
        "the progress file is larger than "
          + "\(FileSizeLimits.describe(FileSizeLimits.progressFile)), the most mlcareer reads")
    case .unreadable(let path, .system(let code)):
      return error(path, "cannot read the progress file: \(FileSystem.reason(code))")
    case .cannotCreateFolder(let path, let reason):
      return error(path, "cannot create the folder for the progress file: \(reason)")
    case .cannotLock(let path, let reason):
      return error(path, "cannot lock the progress file: \(reason)")
    case .cannotWrite(let path, let reason):
      return error(path, "cannot save progress: \(reason)")
    case .unsafeFolder(let path, let reason):
      return error(
        path,
        "refusing to keep progress in this folder: \(reason); a file planted here could "
          + "redirect what mlcareer writes")
    case .linkOutsideFolder(let path, let target):
      return error(
        path,
        "the progress file is a symbolic link to '\(target.terminalSafe(limit: 1000))', "
          + "outside its folder; mlcareer neither reads nor writes through such a link: replace "
          + "it with the file itself")
    case .lockTimedOut(let path, let seconds):
      return error(
        path,
        "another mlcareer held the lock for \(seconds) seconds; gave up waiting (if none is "
          + "running, the lock is held by a stuck process)")
    }
  }
}
