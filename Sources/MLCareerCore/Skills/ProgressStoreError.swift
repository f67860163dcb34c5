import CommandLineKit

/// Why the progress file could not be found, read or saved. Every case that concerns the file
/// names it; none of them leaves the file changed.
public enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
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

  /// The file the error concerns, when there is one.
  public var path: String? {
    switch self {
    case .noStateFolder: nil
    case .unreadable(let path, _), .notAFile(let path), .notText(let path),
      .malformed(let path, _, _, _), .unsupportedVersion(let path, _, _, _),
      .cannotCreateFolder(let path, _), .cannotLock(let path, _), .cannotWrite(let path, _):
      path
    }
  }

  /// `PATH[:LINE:COLUMN]: error: what is wrong`, the form compilers use.
  ///
  /// The path (from `XDG_STATE_HOME` or `HOME`) and the parser's message (which may quote the
  /// file) are shown `terminalSafe`, so a planted file or variable cannot drive the terminal.
  public var description: String {
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
    case .noStateFolder, .malformed, .unsupportedVersion: ""
    }
  }
}
