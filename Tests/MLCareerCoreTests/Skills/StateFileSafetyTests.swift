import Foundation
import Testing

@testable import MLCareerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state file cannot be turned against its owner (issue 12, defects 5 and 6, and the lock
/// and size limits): links out of the folder, planted temporary files and FIFOs, folders of
/// other users or open to others, huge files and a lock held forever.
@Suite struct StateFileSafetyTests {
  @Test func aLinkOutOfTheFolderIsNeverWrittenThrough() throws {
    let folder = try TemporaryFolder()
    let victim = try TemporaryFolder()
    let victimFile = try victim.write(Array("precious\n".utf8), to: "victim.json")
    let state = folder.path + "/state"
    mkdir(state, 0o700)
    symlink(victimFile, state + "/progress.json")
    let store = ProgressStore(path: state + "/progress.json")
    #expect(throws: ProgressStoreError.linkOutsideFolder(path: store.path, target: victimFile)) {
      try store.replace(with: ProgressState())
    }
    #expect(try victim.bytes(of: "victim.json") == Array("precious\n".utf8))
    #expect(try victim.names() == ["victim.json"])
  }

  @Test func aLinkToAMissingFolderElsewhereCreatesNothing() throws {
    let folder = try TemporaryFolder()
    symlink(folder.path + "/elsewhere/deep/progress.json", folder.path + "/progress.json")
    let store = ProgressStore(path: folder.path + "/progress.json")
    #expect(throws: ProgressStoreError.self) { try store.update { $0.set(.done, for: "sql") } }
    #expect(try folder.names() == ["progress.json"])
  }

  @Test func aLinkToAFileBesideItIsFollowedAndKept() throws {
    let folder = try TemporaryFolder()
    symlink("real.json", folder.path + "/progress.json")
    let store = ProgressStore(path: folder.path + "/progress.json")
    try store.update { $0.set(.done, for: "python") }
    #expect(try ProgressStore(path: folder.path + "/real.json").read().marks == ["python": .done])
    var status = stat()
    lstat(folder.path + "/progress.json", &status)
    #expect(status.st_mode & S_IFMT == S_IFLNK)
  }

  @Test func aFolderOthersMayWriteInIsRefused() throws {
    let folder = try TemporaryFolder()
    chmod(folder.path, 0o777)
    let store = ProgressStore(path: folder.path + "/progress.json")
    #expect {
      try store.update { $0.set(.done, for: "python") }
    } throws: { error in
      "\(error)".contains("others may write in it (mode 777)")
    }
    #expect(try folder.names() == [])
  }

  @Test(.enabled(if: geteuid() == 0, "only root can give a folder to another user"))
  func aFolderOfAnotherUserIsRefused() throws {
    let folder = try TemporaryFolder()
    chown(folder.path, 12345, 12345)
    let store = ProgressStore(path: folder.path + "/progress.json")
    #expect {
      try store.replace(with: ProgressState())
    } throws: { error in
      "\(error)".contains("it belongs to user 12345")
    }
  }

  @Test func aStaleHardLinkAtTheTemporaryNameKeepsItsOtherName() throws {
    let folder = try TemporaryFolder()
    let other = try folder.write(Array("other\n".utf8), to: "other.json")
    link(other, folder.path + "/.progress.json.tmp-\(try Self.deadProcess())-2")
    let store = ProgressStore(path: folder.path + "/progress.json")
    try store.update { $0.set(.done, for: "python") }
    #expect(try folder.bytes(of: "other.json") == Array("other\n".utf8))
    #expect(try folder.names() == ["other.json", "progress.json", "progress.json.lock"])
  }

  @Test func onlyTheTemporaryFilesOfDeadWritersAreRemoved() throws {
    let folder = try TemporaryFolder()
    let dead = ".progress.json.tmp-\(try Self.deadProcess())-7"
    let live = ".progress.json.tmp-\(getppid())-7"
    let oddlyNamed = ".progress.json.tmp-notapid"
    for name in [dead, live, oddlyNamed] { _ = try folder.write([0x7B], to: name) }
    try ProgressStore(path: folder.path + "/progress.json").update { $0.set(.done, for: "c") }
    let names = try folder.names()
    #expect(!names.contains(dead))
    #expect(names.contains(live))
    #expect(names.contains(oddlyNamed))
  }

  @Test func aLockFileRemovedWhileWritersRunLosesNoUpdate() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    let stop = Counter()
    let remover = Thread {
      while stop.value == 0 {
        unlink(path + ".lock")
        usleep(1000)
      }
    }
    remover.start()
    // On a loaded machine a writer may wait past the lock's timeout: it then says so and
    // writes nothing. Every other update must be kept, and nothing else may fail.
    let failures = Counter()
    let timedOut = Counter()
    DispatchQueue.concurrentPerform(iterations: 8) { writer in
      for update in 0..<20 {
        do {
          try ProgressStore(path: path).update { $0.set(.done, for: "s\(writer)-\(update)") }
        } catch {
          if case ProgressStoreError.lockTimedOut = error { timedOut.add() } else { failures.add() }
        }
      }
    }
    stop.add()
    #expect(failures.value == 0)
    #expect(try ProgressStore(path: path).read().marks.count == 160 - timedOut.value)
  }

  @Test func theWriterNeverWritesAFileTheReaderRefuses() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    let store = ProgressStore(path: path)
    let note = String(repeating: "n", count: ProgressState.noteLimit)
    try store.update { $0.set(.done, for: "python", date: "2026-12-06", note: "kept") }
    let before = try folder.bytes(of: "progress.json")
    #expect {
      try store.update { state in
        for index in 0..<1100 { state.set(.done, for: "skill-\(index)", note: note) }
      }
    } throws: { error in
      "\(error)".contains("more than the 1 MiB mlcareer reads; nothing was changed")
    }
    #expect(try folder.bytes(of: "progress.json") == before)
    #expect(try store.read().mark(of: "python")?.note == "kept")
  }

  @Test func aReadNeverFollowsALinkOutOfTheFolderNorQuotesItsTarget() throws {
    let folder = try TemporaryFolder()
    let outside = try TemporaryFolder()
    let secret = try outside.write(Array("root:x:0:0:secret\n".utf8), to: "passwd")
    symlink(secret, folder.path + "/progress.json")
    let store = ProgressStore(path: folder.path + "/progress.json")
    #expect {
      try store.read()
    } throws: { error in
      let text = "\(error)"
      return text.contains("symbolic link") && !text.contains("root:") && !text.contains("secret")
    }
  }

  /// The id of a process that has ended, so no running process has it.
  static func deadProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func aFIFOAtTheTemporaryOrLockNameCannotHangAWriter() throws {
    let folder = try TemporaryFolder()
    mkfifo(folder.path + "/.progress.json.tmp", 0o600)
    let store = ProgressStore(path: folder.path + "/progress.json")
    try store.update { $0.set(.done, for: "python") }
    #expect(try store.read().marks == ["python": .done])
    let other = try TemporaryFolder()
    mkfifo(other.path + "/progress.json.lock", 0o600)
    #expect {
      try ProgressStore(path: other.path + "/progress.json").update { $0.set(.done, for: "x") }
    } throws: { error in
      "\(error)".contains("cannot lock the progress file: not a regular file")
    }
  }

  @Test func aFileAboveTheSizeLimitIsRefusedUnread() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write([], to: "progress.json")
    truncate(path, off_t(FileSizeLimits.progressFile + 1))
    let tooLarge = ProgressStoreError.unreadable(
      path: path, .tooLarge(size: FileSizeLimits.progressFile + 1))
    #expect(throws: tooLarge) {
      try ProgressStore(path: path).read()
    }
    #expect(
      "\(tooLarge)"
        .hasSuffix("larger than 1 MiB, the most mlcareer reads"))
  }

  @Test func aWriterWaitingForTheLockSaysSoAndGivesUpAfterTheTimeout() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    let holder = open(path + ".lock", O_RDWR | O_CREAT, 0o600)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    let notices = Counter()
    var store = ProgressStore(path: path)
    store.lockTimeout = 2
    store.onLockWait = { notices.add() }
    #expect(throws: ProgressStoreError.lockTimedOut(path: path + ".lock", seconds: 2)) {
      try store.update { $0.set(.done, for: "python") }
    }
    #expect(notices.value == 1)
    #expect(StateFile.lockTimeout == 30)
  }
}

/// A thread-safe count of calls.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
