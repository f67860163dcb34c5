import Foundation
import Testing

/// Golden files of the skills renderers, under `Tests/MLCareerCoreTests/Snapshots/Skills/`.
///
/// `UPDATE_SNAPSHOTS=1 swift test` rewrites them; a missing file is written and fails the test
/// so that a new snapshot is looked at before it is committed.
enum SkillsSnapshot {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Snapshots/Skills")

  /// Expects `actual` to equal the golden file `name`, naming the first line that differs.
  static func expect(
    _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      if !update {
        Issue.record(
          "Recorded snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
      }
      return
    }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    guard
      let line = (0..<max(actualLines.count, expectedLines.count)).first(where: {
        ($0 < actualLines.count ? actualLines[$0] : nil)
          != ($0 < expectedLines.count ? expectedLines[$0] : nil)
      })
    else { return }
    Issue.record(
      """
      \(name) differs at line \(line + 1) (UPDATE_SNAPSHOTS=1 rewrites it):
        expected: \(line < expectedLines.count ? expectedLines[line] : "<end>")
        actual:   \(line < actualLines.count ? actualLines[line] : "<end>")
      """, sourceLocation: sourceLocation)
  }
}
