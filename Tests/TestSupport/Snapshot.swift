import Foundation
import Testing

/// Golden files of rendered output, under each test target's `Snapshots/` folder.
///
/// `UPDATE_SNAPSHOTS=1 swift test` rewrites them; a missing file is written and fails the test
/// so that new snapshots are looked at before they are committed.
package enum Snapshot {
  /// The `Snapshots` folder of the test target holding the source file `filePath`: the folder
  /// directly below `Tests/` on the file's path, then `Snapshots`.
  package static func folder(for filePath: String) -> URL {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.deletingLastPathComponent().lastPathComponent != "Tests", url.path != "/" {
      url.deleteLastPathComponent()
    }
    return url.appendingPathComponent("Snapshots")
  }

  /// The path of the golden file `name`, relative to the Snapshots folder of the caller's target.
  package static func url(_ name: String, filePath: String = #filePath) -> URL {
    folder(for: filePath).appendingPathComponent(name)
  }

  /// Expects `actual` to equal the golden file `name`, naming the first line that differs.
  package static func expect(
    _ actual: String, matches name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = url(name, filePath: filePath)
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      if !update {
        Issue.record(
          "Recorded new snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
      }
      return
    }
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    let line =
      zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let got = line < actualLines.count ? actualLines[line] : "<end>"
    let want = line < expectedLines.count ? expectedLines[line] : "<end>"
    Issue.record(
      """
      \(name) differs at line \(line + 1) (UPDATE_SNAPSHOTS=1 rewrites it):
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
