#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls behind `ProgressStore`: reading a whole file, creating folders, taking an
/// advisory lock, and replacing a file atomically and durably.
enum StateFile {
  /// The file's text, or `nil` when nothing exists at `path`.
  static func readText(at path: String) throws(ProgressStoreError) -> String? {
    // Non-blocking, so a FIFO at the path is reported instead of waited on.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT { return nil }
      throw .unreadable(path: path, reason: reason(code))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: reason(errno))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: reason(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText(path: path) }
    return text
  }

  /// Creates the folders above `path` that do not exist yet, private to the user (0700) as the
  /// XDG specification asks.
  static func createFolders(for path: String) throws(ProgressStoreError) {
    let folder = parent(of: path)
    var prefix = folder.hasPrefix("/") ? "" : "."
    for component in folder.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) != 0 {
        let code = errno
        guard code == EEXIST else { throw .cannotCreateFolder(path: path, reason: reason(code)) }
      }
    }
  }

  /// Runs `body` holding an exclusive advisory lock on `path.lock`, waiting for other holders.
  ///
  /// The lock file is never removed: removing it would let two processes lock different files.
  static func withLock<Result>(
    for path: String, _ body: () throws(ProgressStoreError) -> Result
  ) throws(ProgressStoreError) -> Result {
    let lockPath = path + ".lock"
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .cannotLock(path: lockPath, reason: reason(errno)) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      let code = errno
      guard code == EINTR else { throw .cannotLock(path: lockPath, reason: reason(code)) }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  /// Replaces the file at `path` with `text`: a temporary file in the same folder is written,
  /// flushed to disk and renamed over `path`, then the folder itself is flushed, so a crash at
  /// any moment leaves either the old file or the new one, whole.
  ///
  /// Call it holding the lock: the temporary file's name is the same for every writer.
  static func replace(_ path: String, with text: String) throws(ProgressStoreError) {
    let temporary = parent(of: path) + "/." + name(of: path) + ".tmp"
    let descriptor = open(
      temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: reason(errno)) }
    var failure: Int32?
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw .cannotWrite(path: path, reason: reason(failure))
    }
    syncFolder(of: path)
  }

  /// Flushes the folder holding `path`, so the rename itself survives a crash. Best effort:
  /// some file systems refuse to sync a folder, and the data is already safe by then.
  private static func syncFolder(of path: String) {
    let descriptor = open(parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// The file a symbolic link at `path` points to, followed link by link even when the last
  /// target does not exist yet, so writing keeps the link (into a dotfiles repository, say) in
  /// place. `path` itself when it is no link.
  static func resolvingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { break }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length > 0 else { break }
      let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : parent(of: current) + "/" + target
    }
    return current
  }

  /// The folder part of `path`: `/a/b` for `/a/b/c`, `.` for `c`.
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The last component of `path`.
  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The system's explanation of the error `code`, such as `Permission denied`.
  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
