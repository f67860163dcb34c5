import Foundation

/// A state folder of one test's own (`XDG_STATE_HOME`), removed when the test ends, with the
/// environment that points the tool at it.
final class StateFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The environment of a run that keeps its progress here.
  var environment: [String: String] { ToolRunner.environment(stateHome: url) }

  /// Where the tool keeps the progress file.
  var progressPath: String { url.appendingPathComponent("mlcareer/progress.json").path }

  /// Runs `mlcareer` with this state folder.
  func run(_ arguments: [String], input: String? = nil) throws -> ToolRunner.Result {
    try ToolRunner.run(arguments, environment: environment, input: input)
  }

  /// Writes `bytes` as the progress file.
  func writeProgress(_ bytes: [UInt8]) throws {
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("mlcareer"), withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: progressPath))
  }

  /// The progress file's bytes, or `nil` when there is none.
  func progressBytes() -> [UInt8]? {
    (try? Data(contentsOf: URL(fileURLWithPath: progressPath))).map { [UInt8]($0) }
  }

  /// The skill states in the progress file, by id (version 1 or 2).
  func marks() throws -> [String: String] {
    try entries().compactMapValues { $0["state"] as? String }
  }

  /// The marks in the progress file by id, each as its `state`, `date` and `note` (a version 1
  /// file gives the state alone).
  func entries() throws -> [String: [String: Any]] {
    guard let bytes = progressBytes() else { return [:] }
    let root = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    let skills = root?["skills"] as? [String: Any] ?? [:]
    return skills.mapValues { value in
      (value as? [String: Any]) ?? ["state": value]
    }
  }
}
