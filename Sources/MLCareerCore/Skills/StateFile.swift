#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls behind `ProgressStore`: reading a whole file, taking an advisory lock, and
/// replacing a file atomically and durably.
enum StateFile {
  /// The file's text, or `nil` when nothing exists at `path`; a file larger than
  /// `FileSizeLimits.progressFile` is refused before it is read.
  static func readText(at path: String) throws(ProgressStoreError) -> String? {
    do throws(FileSystem.ReadFailure) {
      return try FileSystem.readText(at: path, limit: FileSizeLimits.progressFile)
    } catch {
      throw .unreadable(path: path, error)
    }
  }

  /// How long a writer waits for another process's lock before giving up, in seconds.
  static let lockTimeout = 30
  /// How long a writer waits before `onWait` tells the user it is waiting, in seconds.
  static let lockNoticeDelay = 1.0

  /// Runs `body` holding an exclusive advisory lock on `path.lock`, waiting up to `timeout`
  /// seconds and calling `onWait` once if the wait passes `lockNoticeDelay`. The lock file is
  /// never removed, and a lock on a file someone else removed is taken again on the file at the
  /// path, so two processes never hold locks on different files; a link or FIFO at its name is
  /// refused, so neither can redirect or stall a writer.
  ///
  /// `body` gets `held`, which says whether the lock file at the path is still the one locked;
  /// it returns `nil` when it found it was not and wrote nothing, and is then run again under
  /// the lock of the file there now.
  static func withLock<Result>(
    for path: String, timeout: Int, onWait: () -> Void,
    _ body: (_ held: () -> Bool) throws(ProgressStoreError) -> Result?
  ) throws(ProgressStoreError) -> Result {
    let lockPath = path + ".lock"
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    func elapsed() -> Double {
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      return Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
    }
    var noticeGiven = false
    while true {
      let descriptor = open(
        lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
      guard descriptor >= 0 else {
        throw .cannotLock(path: lockPath, reason: FileSystem.reason(errno))
      }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
        throw .cannotLock(path: lockPath, reason: "not a regular file")
      }
      while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        let code = errno
        guard code == EINTR || code == EWOULDBLOCK else {
          throw .cannotLock(path: lockPath, reason: FileSystem.reason(code))
        }
        let waited = elapsed()
        if waited >= Double(timeout) { throw .lockTimedOut(path: lockPath, seconds: timeout) }
        if !noticeGiven, waited >= lockNoticeDelay {
          noticeGiven = true
          onWait()
        }
        usleep(20_000)
      }
      defer { flock(descriptor, LOCK_UN) }
      // Someone may have removed or replaced the lock file since it was opened: a lock on a
      // file no longer at the path keeps no other writer out, so take the one there now.
      let held = {
        var current = stat()
        return lstat(lockPath, &current) == 0 && current.st_dev == status.st_dev
          && current.st_ino == status.st_ino
      }
      if held(), let result = try body(held) { return result }
      // The lock file was removed under this writer, which wrote nothing: wait no longer than
      // for a lock held by another writer.
      if elapsed() >= Double(timeout) { throw .lockTimedOut(path: lockPath, seconds: timeout) }
    }
  }

  /// Checks the rule for the folder holding the state file, as git does for its own files: it
  /// must be a folder of the user running the tool, and no one else may write in it. A folder
  /// that does not exist yet passes; `ProgressStore` makes it private (0700).
  static func checkFolder(of path: String) throws(ProgressStoreError) {
    let folder = FileSystem.parent(of: path)
    var status = stat()
    guard stat(folder, &status) == 0 else { return }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw .unsafeFolder(path: folder, reason: "it is not a folder")
    }
    guard status.st_uid == geteuid() else {
      throw .unsafeFolder(
        path: folder, reason: "it belongs to user \(status.st_uid), not to you (\(geteuid()))")
    }
    guard status.st_mode & 0o022 == 0 else {
      let mode = String(status.st_mode & 0o7777, radix: 8)
      throw .unsafeFolder(
        path: folder, reason: "others may write in it (mode \(mode)); 'chmod go-w' it")
    }
  }

  /// The file to write for the state file at `path`, once its folder passes `checkFolder`:
  /// `path` itself, or the target of a link there when it lies in the same folder, checked too.
  /// Any other link is refused: it would let whoever made it choose which file is replaced.
  static func writeTarget(for path: String) throws(ProgressStoreError) -> String {
    try checkFolder(of: path)
    let target = resolvingLinks(path)
    guard target != path else { return path }
    guard let folder = FileSystem.realPath(FileSystem.parent(of: path)),
      let targetFolder = FileSystem.realPath(FileSystem.parent(of: target)),
      targetFolder == folder || targetFolder.hasPrefix(folder == "/" ? "/" : folder + "/")
    else { throw .linkOutsideFolder(path: path, target: target) }
    try checkFolder(of: target)
    return target
  }

  /// Replaces the file at `path` with `text` atomically and durably (see `FileSystem.replace`),
  /// unless `held` says the lock was lost before the rename: then nothing is changed and the
  /// answer is `false`. Call it holding the lock: it first removes the temporary files of
  /// writers that died, which only a lock holder may do.
  static func replace(
    _ path: String, with text: String, while held: () -> Bool
  ) throws(ProgressStoreError) -> Bool {
    // The reader refuses a file over the limit, so the writer never makes one.
    guard text.utf8.count <= FileSizeLimits.progressFile else {
      throw .cannotWrite(
        path: path,
        reason: "the marks would take \(text.utf8.count) bytes, more than the "
          + "\(FileSizeLimits.describe(FileSizeLimits.progressFile)) mlcareer reads; nothing was "
          + "changed (shorten or remove notes, or remove marks)")
    }
    removeStaleTemporaries(of: path)
    switch FileSystem.replace(path, with: text, mode: 0o600, mayRename: held) {
    case nil: return true
    case ECANCELED: return false
    case let failure?: throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
    }
  }

  /// Removes the temporary files writers that died left beside `path`: those whose name
  /// (`.NAME.tmp-PID-RANDOM`) holds the id of no running process. A name whose process still
  /// runs, or whose id was reused, is left: a file kept too long costs less than a live
  /// writer's file removed. Only names are removed (`unlink`), whatever they are.
  private static func removeStaleTemporaries(of path: String) {
    let folder = FileSystem.parent(of: path)
    let prefix = "." + FileSystem.name(of: path) + ".tmp-"
    for entryName in FileSystem.names(in: folder) ?? [] where entryName.hasPrefix(prefix) {
      let fields = entryName.dropFirst(prefix.count).split(separator: "-")
      guard fields.count == 2, let pid = pid_t(fields[0]), pid > 0, pid != getpid(),
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      unlink(folder + "/" + entryName)
    }
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
      current = target.hasPrefix("/") ? target : FileSystem.parent(of: current) + "/" + target
    }
    return current
  }
}
