import Foundation

/// A pack folder of one test's own, removed when the test ends: files are written into it by
/// their path in the pack.
final class TestPack {
  /// The folder holding the pack (and anything beside it a test needs).
  let root: URL
  /// The pack folder itself.
  let url: URL

  init(name: String = "team") throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-pack-\(UUID().uuidString)")
    url = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("topics"), withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// The pack's path.
  var path: String { url.path }

  /// Writes `text` as the pack's file `file`.
  @discardableResult
  func write(_ file: String, _ text: String) throws -> TestPack {
    let target = url.appendingPathComponent(file)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: target)
    return self
  }

  /// The text of the pack's file `file`, or `nil`.
  func read(_ file: String) -> String? {
    try? String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
  }

  /// A topic file in the documented shape.
  static func topic(_ title: String, summary: String = "A summary.", body: String = "- A point.")
    -> String
  {
    "# \(title)\n\n\(summary)\n\n## Details\n\n\(body)\n"
  }

  /// A salaries file holding `records`, each a JSON object.
  static func salaries(_ records: String...) -> String {
    "{\"schemaVersion\": 1, \"records\": [\n" + records.joined(separator: ",\n") + "\n]}\n"
  }

  /// A city salary record of the pack's `my-notes` source.
  static func cityRecord(id: String, label: String, amount: Int) -> String {
    """
    {"id": "\(id)", "dimension": "city", "label": "\(label)", "role": "ML engineers", \
    "kind": "average", "amount": \(amount), "currency": "EUR", "year": 2025, "source": "my-notes"}
    """
  }

  /// Runs `mlcareer --data PACK arguments` with a state folder of its own and no other packs.
  func run(_ arguments: [String], state: StateFolder? = nil) throws -> ToolRunner.Result {
    let environment = state?.environment ?? ToolRunner.environment()
    return try ToolRunner.run(["--data", path] + arguments, environment: environment)
  }
}
