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
  public var description: String {
    switch self {
    case .noStateFolder:
      return "error: neither XDG_STATE_HOME nor HOME is set, so there is no place to keep progress"
    case .unreadable(let path, let reason):
      return "\(path): error: cannot read the progress file: \(reason)"
    case .notAFile(let path):
      return "\(path): error: the progress file is not a regular file"
    case .notText(let path):
      return "\(path): error: the progress file is not UTF-8 text"
    case .malformed(let path, let line, let column, let message):
      return "\(path):\(line):\(column): error: \(message)"
    case .unsupportedVersion(let path, let found, let line, let column):
      return "\(path):\(line):\(column): error: the progress file has version \(found), but this "
        + "mlcareer reads version \(ProgressState.currentVersion); a newer mlcareer may have "
        + "written it"
    case .cannotCreateFolder(let path, let reason):
      return "\(path): error: cannot create the folder for the progress file: \(reason)"
    case .cannotLock(let path, let reason):
      return "\(path): error: cannot lock the progress file: \(reason)"
    case .cannotWrite(let path, let reason):
      return "\(path): error: cannot save progress: \(reason)"
    }
  }
}
