import Foundation
import Testing

@testable import MLCareerCore

@Suite struct EmbeddedDataTests {
  /// The package's `Data/` folder, found from this file's path.
  static let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // MLCareerCoreTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // the package
    .appending(path: "Data")

  /// Every regular, non-hidden file below `Data/`, by path relative to it.
  static func filesOnDisk() throws -> [String: [UInt8]] {
    let root = dataDirectory.standardizedFileURL.path
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    var files: [String: [UInt8]] = [:]
    for case let path as String in enumerator {
      guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
      var isDirectory: ObjCBool = false
      let full = root + "/" + path
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[path] = Array(try #require(FileManager.default.contents(atPath: full)))
    }
    return files
  }

  @Test func everyDataFileIsEmbeddedUnchanged() throws {
    let onDisk = try Self.filesOnDisk()
    #expect(onDisk.keys.contains("guide.json"))
    #expect(Set(EmbeddedData.files.map(\.path)) == Set(onDisk.keys))
    #expect(EmbeddedData.files.count == onDisk.count)
    for (path, bytes) in onDisk {
      let embedded = try #require(EmbeddedData.contents(of: path), "\(path) is not embedded")
      // Bytes, not `String ==`, which would accept a canonically equivalent rewrite.
      #expect(Array(embedded.utf8) == bytes, "\(path) differs from Data/\(path)")
    }
  }

  @Test(arguments: ["no-such-file.md", "", "topics", "topics/", "zzz"])
  func lookupOfAnUnknownPathFindsNothing(path: String) {
    // The lookup is a binary search, so it also relies on the generated files being sorted.
    let paths = EmbeddedData.files.map(\.path)
    #expect(paths == paths.sorted())
    #expect(EmbeddedData.contents(of: path) == nil)
  }
}
