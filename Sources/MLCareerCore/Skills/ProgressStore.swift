#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress file on disk. Reading takes no lock, as the file is only replaced whole by a
/// rename; a change re-reads the state inside a lock and replaces the file. A file that cannot
/// be read is never written over, except by `replace(with:)` (`progress --reset`).
package struct ProgressStore: Sendable {
  package let path: String
  /// Called once when a change has waited a second for another process's lock, so the command
  /// can say so; the store itself never prints.
  package var onLockWait: @Sendable () -> Void = {}
  /// How long a change waits for another process's lock before giving up, in seconds.
  var lockTimeout = StateFile.lockTimeout

  init(path: String) {
    self.path = path
  }

  /// A store at the default place for `environment`: `$XDG_STATE_HOME/mlcareer/progress.json`,
  /// else `$HOME/.local/state/mlcareer/progress.json`, else the account's home folder.
  /// `XDG_STATE_HOME` counts only when it is an absolute path, as the XDG specification says.
  package init(environment: [String: String]) throws(ProgressStoreError) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      self.init(path: Self.join(state, "mlcareer/progress.json"))
      return
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.accountHome()
    guard let home else { throw .noStateFolder }
    self.init(path: Self.join(home, ".local/state/mlcareer/progress.json"))
  }

  /// The saved state; an empty state when the file does not exist yet.
  /// A link at the path is followed only as far as a write would be (see
  /// `StateFile.writeTarget(for:)`), so no read quotes a file outside the state folder.
  package func read() throws(ProgressStoreError) -> ProgressState {
    // Marks others could have written are not the user's: the folder's rule holds for reading.
    let target = try StateFile.writeTarget(for: path)
    guard let text = try StateFile.readText(at: target) else { return ProgressState() }
    return try ProgressState(json: text, path: target)
  }

  /// Applies `change` inside the lock to the state as saved now, so concurrent changes both
  /// land, and saves the result if it differs; returns the state as saved. `change` may run
  /// more than once, when the lock file was removed under the change.
  @discardableResult
  package func update(
    _ change: (inout ProgressState) -> Void
  ) throws(ProgressStoreError) -> ProgressState {
    let target = try writableTarget()
    return try StateFile.withLock(for: target, timeout: lockTimeout, onWait: onLockWait) {
      held throws(ProgressStoreError) -> ProgressState? in
      let before = try ProgressStore(path: target).read()
      var after = before
      change(&after)
      if after != before {
        guard try StateFile.replace(target, with: after.json(), while: held) else { return nil }
      }
      return after
    }
  }

  /// Saves `state` in place of whatever the file holds now, readable or not.
  package func replace(with state: ProgressState) throws(ProgressStoreError) {
    let target = try writableTarget()
    try StateFile.withLock(for: target, timeout: lockTimeout, onWait: onLockWait) {
      held throws(ProgressStoreError) -> Void? in
      try StateFile.replace(target, with: state.json(), while: held) ? () : nil
    }
  }

  /// The file a change writes, once the folder's rule is checked: the folder is created
  /// private if missing, must belong to the user and be closed to others' writes, and a link
  /// at the path may lead only to a file beside it (see `StateFile.writeTarget(for:)`).
  private func writableTarget() throws(ProgressStoreError) -> String {
    try StateFile.checkFolder(of: path)
    // Private to the user (0700), as the XDG specification asks.
    if let code = FileSystem.createFolders(FileSystem.parent(of: path), mode: 0o700) {
      throw .cannotCreateFolder(path: path, reason: FileSystem.reason(code))
    }
    return try StateFile.writeTarget(for: path)
  }

  private static func join(_ folder: String, _ rest: String) -> String {
    folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
  }

  /// The home folder of the account running the tool, from the password database.
  private static func accountHome() -> String? {
    guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
    let home = String(cString: directory)
    return home.isEmpty ? nil : home
  }
}
