#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `lstat` tells of a regular file that changes whenever its text may have: device, inode,
/// size, and the times of its last change of content and of status, to the nanosecond. Two
/// equal signatures name the same file unchanged, unless it was written again within one tick
/// of the file system's clock; `isSettled(before:)` tells when that cannot be ruled out.
struct FileSignature: Sendable, Equatable {
  let device: UInt64
  let inode: UInt64
  let size: UInt64
  /// Nanoseconds since 1970 of the last write.
  let modified: UInt64
  /// Nanoseconds since 1970 of the last change of content or status (rename, `touch -r`).
  let changed: UInt64

  init(device: UInt64, inode: UInt64, size: UInt64, modified: UInt64, changed: UInt64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// The signature of the regular file at `path`, or `nil` when there is none there, or it is
  /// a symbolic link (whose target may change without the link changing).
  init?(regularFileAt path: String) {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    #if os(Linux)
      let modified = status.st_mtim
      let changed = status.st_ctim
    #else
      let modified = status.st_mtimespec
      let changed = status.st_ctimespec
    #endif
    self.init(
      device: UInt64(truncatingIfNeeded: status.st_dev),
      inode: UInt64(truncatingIfNeeded: status.st_ino),
      size: UInt64(truncatingIfNeeded: status.st_size),
      modified: Self.nanoseconds(modified), changed: Self.nanoseconds(changed))
  }

  /// How long before `time` the file must have last changed to be taken as unchanged since:
  /// file systems stamp times from a coarse clock, so a write just before or after a signature
  /// was taken may leave the same one.
  static let settleTime: UInt64 = 2_000_000_000

  /// Whether the file last changed more than `settleTime` before `time` (nanoseconds since
  /// 1970, see `now()`), so that a signature taken at `time` would see any later write.
  func isSettled(before time: UInt64, settleTime: UInt64 = Self.settleTime) -> Bool {
    max(modified, changed) &+ settleTime < time
  }

  /// The time now, in nanoseconds since 1970.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }

  /// Whether `path` is a folder and no symbolic link.
  static func isRealFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  private static func nanoseconds(_ time: timespec) -> UInt64 {
    UInt64(clamping: time.tv_sec) &* 1_000_000_000 &+ UInt64(clamping: time.tv_nsec)
  }
}
