import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/mlcareer-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `bytes` to `name` inside the folder and returns its path.
  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws -> String {
    let file = path + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// The bytes of `name` inside the folder.
  func bytes(of name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
  }

  /// The names in the folder, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }
}

@Suite struct ProgressStoreTests {
  @Test func defaultPathFollowsXDGStateHome() throws {
    #expect(
      try ProgressStore(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path
        == "/s/mlcareer/progress.json")
    #expect(
      try ProgressStore(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]).path
        == "/s/mlcareer/progress.json")
    // The specification ignores an empty or relative XDG_STATE_HOME.
    #expect(
      try ProgressStore(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]).path
        == "/h/.local/state/mlcareer/progress.json")
    #expect(
      try ProgressStore(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h/"]).path
        == "/h/.local/state/mlcareer/progress.json")
  }

  @Test func missingFileReadsAsEmptyAndIsNotCreated() throws {
    let folder = try TemporaryFolder()
    let store = ProgressStore(path: folder.path + "/state/progress.json")
    #expect(try store.read() == ProgressState())
    #expect(try folder.names().isEmpty)
  }

  @Test func stateRoundTripsThroughTheFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/a/b/progress.json"
    let store = ProgressStore(path: path)
    try store.update { state in
      state.set(.done, for: "python")
      state.set(.learning, for: "pytorch")
      state.set(.skipped, for: "r")
      state.set(.todo, for: "java")
    }
    let expected = ProgressState(marks: ["python": .done, "pytorch": .learning, "r": .skipped])
    #expect(try store.read() == expected)
    #expect(try ProgressStore(path: path).read() == expected)
    let text = String(decoding: try folder.bytes(of: "a/b/progress.json"), as: UTF8.self)
    #expect(
      text == """
        {
          "version": 2,
          "skills": {
            "python": {"state":"done"},
            "pytorch": {"state":"learning"},
            "r": {"state":"skipped"}
          }
        }

        """)
    // Only the file and its lock remain: no temporary file is left behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/a/b").sorted()
        == ["progress.json", "progress.json.lock"])
    try store.update { $0.set(.todo, for: "python") }
    #expect(try store.read().state(of: "python") == .todo)
    #expect(try store.read().marks.count == 2)
  }

  @Test func createsItsFoldersPrivate() throws {
    let folder = try TemporaryFolder()
    try ProgressStore(path: folder.path + "/new/progress.json").update { $0.set(.done, for: "c") }
    let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/new")
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test func unknownIDsAreKeptAndListed() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      Array(#"{"version": 1, "skills": {"quantum-basket-weaving": "done"}}"#.utf8),
      to: "progress.json")
    let store = ProgressStore(path: path)
    let saved = try store.update { $0.set(.done, for: "python") }
    #expect(saved.state(of: "quantum-basket-weaving") == .done)
    #expect(try store.read().state(of: "quantum-basket-weaving") == .done)
    #expect(
      try ProgressSummary(catalog: EmbeddedData.skillCatalog, state: store.read()).unknownIDs
        == ["quantum-basket-weaving"])
  }

  @Test func unchangedStateIsNotRewritten() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    let store = ProgressStore(path: path)
    try store.update { $0.set(.done, for: "python") }
    let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    try store.update { $0.set(.done, for: "python") }
    let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    #expect(before == after)
  }

  /// Broken files, each with the error it must produce; `PATH` stands for the file's path.
  static let brokenFiles: [(contents: [UInt8], error: String)] = [
    (
      Array(#"{"version": 1, "skills": {"python": "done",}}"#.utf8),
      "PATH:1:43: error: trailing comma before '}'; JSON does not allow one"
    ),
    (
      Array(#"{"version": 1, "skills": {"python": "finished"}}"#.utf8),
      "PATH:1:37: error: unknown state 'finished' for 'python'; expected one of 'done', "
        + "'learning', 'skipped', 'todo'"
    ),
    (
      Array(#"{"version": 7, "skills": {}, "future": true}"#.utf8),
      "PATH:1:13: error: the progress file has version 7, but this mlcareer reads version 2; "
        + "a newer mlcareer may have written it"
    ),
    (
      Array(#"{"skills": {}}"#.utf8),
      "PATH:1:1: error: missing field 'version'"
    ),
    (
      Array(#"{"version": 1, "skills": {"python": "done", "python": "learning"}}"#.utf8),
      "PATH:1:45: error: duplicate key 'python' (first given at line 1, column 27)"
    ),
    ([], "PATH:1:1: error: expected a JSON value, found the end of the file"),
    ([0x7B, 0xFF, 0xFE, 0x7D], "PATH: error: the progress file is not UTF-8 text"),
  ]

  @Test(arguments: brokenFiles)
  func brokenFileIsReportedAndLeftUntouched(contents: [UInt8], error expected: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(contents, to: "progress.json")
    let store = ProgressStore(path: path)
    let message = expected.replacingOccurrences(of: "PATH", with: path)
    #expect(throws: ProgressStoreError.self) { try store.read() }
    do {
      try store.update { $0.set(.done, for: "python") }
      Issue.record("update succeeded on a broken file")
    } catch {
      #expect(error.description == message)
    }
    #expect(try folder.bytes(of: "progress.json") == contents)
  }

  @Test func folderInPlaceOfTheFileIsReportedAndLeftAlone() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    try FileManager.default.createDirectory(
      atPath: path + "/inside", withIntermediateDirectories: true)
    let store = ProgressStore(path: path)
    #expect(throws: ProgressStoreError.unreadable(path: path, .notAFile)) { try store.read() }
    #expect(throws: ProgressStoreError.unreadable(path: path, .notAFile)) {
      try store.update { $0.set(.done, for: "python") }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
  }

  @Test(.enabled(if: geteuid() != 0, "root reads files whatever their permissions"))
  func unreadableFileIsReportedAndLeftUntouched() throws {
    let folder = try TemporaryFolder()
    let contents = Array(#"{"version": 1, "skills": {"r": "done"}}"#.utf8)
    let path = try folder.write(contents, to: "progress.json")
    chmod(path, 0)
    defer { chmod(path, 0o600) }
    let store = ProgressStore(path: path)
    let denied = ProgressStoreError.unreadable(path: path, .system(EACCES))
    #expect(throws: denied) { try store.update { $0.set(.done, for: "python") } }
    chmod(path, 0o600)
    #expect(try folder.bytes(of: "progress.json") == contents)
  }

  @Test func resetReplacesEvenABrokenFile() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(Array("not json".utf8), to: "progress.json")
    let store = ProgressStore(path: path)
    try store.replace(with: ProgressState())
    #expect(try store.read() == ProgressState())
  }

  @Test func writesThroughASymbolicLink() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path + "/dotfiles", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/progress.json", withDestinationPath: "dotfiles/progress.json")
    let store = ProgressStore(path: folder.path + "/progress.json")
    try store.update { $0.set(.done, for: "python") }
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/progress.json")
        == "dotfiles/progress.json")
    #expect(
      try ProgressStore(path: folder.path + "/dotfiles/progress.json").read().marks == [
        "python": .done
      ])
  }

  @Test func concurrentUpdatesAllLand() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    let ids = (1...20).map { "skill-\($0)" }
    let failures = Failures()
    let start = DispatchSemaphore(value: 0)
    let group = DispatchGroup()
    for id in ids {
      let thread = Thread {
        start.wait()
        do {
          try ProgressStore(path: path).update { $0.set(.done, for: id) }
        } catch {
          failures.add("\(id): \(error)")
        }
        group.leave()
      }
      group.enter()
      thread.start()
    }
    for _ in ids { start.signal() }
    group.wait()
    #expect(failures.all.isEmpty)
    let marks = try ProgressStore(path: path).read().marks
    #expect(marks.keys.sorted() == ids.sorted())
  }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.withLock { messages.append(message) }
  }

  var all: [String] { lock.withLock { messages } }
}

@Suite struct ProgressStoreSpecialFileTests {
  @Test func aPipeInPlaceOfTheFileIsReportedWithoutWaiting() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/progress.json"
    #expect(mkfifo(path, 0o600) == 0)
    #expect(throws: ProgressStoreError.unreadable(path: path, .notAFile)) {
      try ProgressStore(path: path).read()
    }
  }
}
