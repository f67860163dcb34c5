import Foundation
import TestSupport

/// The package's `Data/` folder as it stands on disk: every topic and record file, read the way
/// the shared tools read them.
enum DataFolder {
  /// One file of `Data/`: its path shown as `Data/…` and its text.
  struct File {
    var path: String
    var text: String
  }

  /// Every `.md` and `.json` file under `Data/`, in path order.
  static func files() throws -> [File] {
    let folder = SharedMaterial.packageFolder.appendingPathComponent("Data")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".md") || $0.hasSuffix(".json") }
      .sorted()
    return try paths.map { path in
      File(
        path: "Data/" + path,
        text: try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
    }
  }
}
