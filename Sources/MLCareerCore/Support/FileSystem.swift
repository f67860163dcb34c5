#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX file calls Core needs (packs and the progress file), so Core does not link
/// Foundation: listing a folder, asking what a path is, resolving links, creating folders and
/// files, and reading and replacing whole files.
package enum FileSystem {
  /// What a path names.
  enum Kind: Sendable {
    case file, folder, other
  }

  /// Why a whole file that is there could not be read.
  package enum ReadFailure: Error, Equatable {
    /// It is no regular file (a folder, a FIFO, a device).
    case notAFile
    /// It has `size` bytes, more than the limit.
    case tooLarge(size: Int)
    /// Its bytes are not UTF-8.
    case notText
    /// The system refused, with `errno` `code`.
    case system(Int32)
  }

  /// What `path` names, following links; `nil` when nothing is there.
  static func kind(of path: String) -> Kind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  /// Whether anything, even a dangling symbolic link, is at `path`.
  package static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// The names in `folder`, without `.` and `..`, in no particular order; `nil` when it cannot
  /// be listed.
  static func names(in folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// The canonical absolute path of the existing `path`, links resolved; `nil` if it does not
  /// exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` made absolute, with `.`, `..` and the links of its longest existing part resolved;
  /// the part that does not exist yet is kept as written.
  static func resolvedPath(_ path: String) -> String {
    var absolute = path
    if !path.hasPrefix("/") {
      if let cwd = getcwd(nil, 0) {
        absolute = String(cString: cwd) + "/" + path
        free(cwd)
      }
    }
    var parts: [Substring] = []
    for part in absolute.split(separator: "/") where part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    var missing: [Substring] = []
    while true {
      let head = "/" + parts.joined(separator: "/")
      if let real = realPath(head) {
        guard !missing.isEmpty else { return real }
        return (real == "/" ? "" : real) + "/" + missing.reversed().joined(separator: "/")
      }
      guard let last = parts.popLast() else { return absolute }
      missing.append(last)
    }
  }

  /// Creates `folder` and the folders above it that do not exist yet, with `mode`; the `errno`
  /// of the first failure, or `nil`.
  static func createFolders(_ folder: String, mode: mode_t) -> Int32? {
    var prefix = folder.hasPrefix("/") ? "" : "."
    for component in folder.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, mode) != 0 {
        let code = errno
        guard code == EEXIST else { return code }
      }
    }
    return nil
  }

  /// The UTF-8 text of the regular file at `path`, `nil` when there is none; refused unread
  /// above `limit` bytes. Opened without blocking, so a FIFO is reported, not waited on.
  static func readText(at path: String, limit: Int) throws(ReadFailure) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT { return nil }
      throw .system(code)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .system(errno) }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notAFile }
    guard status.st_size <= limit else { throw .tooLarge(size: Int(status.st_size)) }
    // Read straight into an array of the size the file has (and a little room, as it may grow
    // while it is read), not through a buffer copied chunk by chunk, nor one zeroed first; a
    // file that grows past the room is read on in chunks.
    var bytes: [UInt8] = []
    var room = Int(status.st_size) + 4096
    while true {
      var failure: ReadFailure?
      let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
        initialized = 0
        while initialized < buffer.count {
          let count = read(
            descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
          if count < 0, errno == EINTR { continue }
          if count < 0 { failure = .system(errno) }
          if count <= 0 { return }
          initialized += count
        }
      }
      if let failure { throw failure }
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      guard bytes.count <= limit else { throw .tooLarge(size: bytes.count) }
      // A read that stops short of the room has met the end of the file.
      if chunk.count < room { break }
      room = 65536
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText }
    return text
  }

  /// Writes all of `bytes` to `descriptor`, retrying on interruption; the `errno` of a failure,
  /// or `nil`.
  package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var failure: Int32?
    bytes.withUnsafeBytes { buffer in
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
    return failure
  }

  /// Creates the file `path` holding `text`, never opening anything already there
  /// (`O_CREAT | O_EXCL`); the `errno` of a failure, or `nil`.
  static func createFile(_ path: String, text: String, mode: mode_t = 0o666) -> Int32? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return errno }
    var failure = writeAll(Array(text.utf8), to: descriptor)
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure != nil { unlink(path) }
    return failure
  }

  /// Replaces the file at `path` with `text`: a temporary file of its own in the same folder
  /// (`.NAME.tmp-PID-RANDOM`, created `O_EXCL | O_NOFOLLOW`) is written, flushed to disk and
  /// renamed over `path`, then the folder is flushed, so a crash at any moment leaves either
  /// the old file or the new one, whole. When `mayRename` says no once the file is flushed, it
  /// is removed and `ECANCELED` returned. The `errno` of a failure, or `nil`.
  static func replace(
    _ path: String, with text: String, mode: mode_t, mayRename: () -> Bool = { true }
  ) -> Int32? {
    var descriptor: Int32 = -1
    var temporary = ""
    for _ in 0..<16 {
      temporary =
        parent(of: path) + "/." + name(of: path)
        + ".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
      descriptor = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { return errno }
    var failure = writeAll(Array(text.utf8), to: descriptor)
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, !mayRename() { failure = ECANCELED }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      return failure
    }
    // The folder too, so the rename survives a crash. Best effort: some file systems refuse to
    // sync a folder, and the data is already safe by then.
    let folder = open(parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
    return nil
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
