import Foundation
import Testing

/// Material from outside the repository that some tests read: the CommonMark spec's examples
/// and the facts of the source documents, kept in the project's `shared/` folder.
///
/// The folder is `$MLCAREER_SHARED` when that is set, else `../shared` beside the package, as
/// CI lays it out. Tests that need a file use `.enabled(if: SharedMaterial.has(…))` with
/// `SharedMaterial.skipReason(…)`, so a clone with nothing beside it still passes `swift test`;
/// `.ci/run` fails at once when the folder is missing, so CI always runs them.
package enum SharedMaterial {
  /// The package's folder, holding `Package.swift`, `Data/` and `Tests/`.
  package static let packageFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The shared folder: `$MLCAREER_SHARED`, else `../shared` beside the package.
  package static var folder: URL {
    if let path = ProcessInfo.processInfo.environment["MLCAREER_SHARED"], !path.isEmpty {
      return URL(fileURLWithPath: path, isDirectory: true)
    }
    return packageFolder.deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// The CommonMark 0.31.2 spec's examples.
  package static let commonMarkSpec = "commonmark/spec-0.31.2.json"
  /// The facts and figures the guide must carry.
  package static let facts = "seeds/facts.tsv"

  /// The file at `relative` inside the shared folder.
  package static func url(_ relative: String) -> URL {
    folder.appendingPathComponent(relative)
  }

  /// Whether the file at `relative` is there to read.
  package static func has(_ relative: String) -> Bool {
    FileManager.default.isReadableFile(atPath: url(relative).path)
  }

  /// Why a test needing `relative` did not run, and what to provide.
  package static func skipReason(_ relative: String) -> Comment {
    let text =
      "needs \(url(relative).path): set MLCAREER_SHARED to the folder holding \(relative), "
      + "or put the project's shared/ folder beside the package"
    return Comment(rawValue: text)
  }
}
