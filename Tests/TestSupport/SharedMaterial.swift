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

  /// One line of `seeds/facts.tsv`: a fact the guide must carry.
  package struct Fact: Sendable {
    /// The fact's id, such as `salary-mid-low`.
    package var id: String
    /// The texts that count as carrying it (any one will do), such as `132830`.
    package var alternatives: [String]
    /// What the fact is, for messages.
    package var what: String

    /// Whether the fact is a pay figure, which the guide must also hold as a salary record.
    package var isPay: Bool {
      [
        "salary-", "ml-eng-", "avg-", "total-comp-", "exp-", "pct-", "top-earners", "city-",
        "extra-cash-", "ds-",
      ].contains { id.hasPrefix($0) }
    }
  }

  /// The facts of `seeds/facts.tsv`, comment lines left out.
  package static func loadFacts() throws -> [Fact] {
    try String(contentsOf: url(facts), encoding: .utf8).split(separator: "\n").compactMap { line in
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard !line.hasPrefix("#"), columns.count == 3 else { return nil }
      return Fact(
        id: String(columns[0]), alternatives: columns[1].split(separator: "|").map(String.init),
        what: String(columns[2]))
    }
  }
}
