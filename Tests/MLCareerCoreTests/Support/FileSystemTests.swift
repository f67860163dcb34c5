import Foundation
import Testing

@testable import MLCareerCore

/// Reading part of a file, as search reads one topic's entries out of its cache file.
@Suite struct FileSystemTests {
  @Test func aRangeIsReadWholeOrNotAtAll() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-filesystem-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("cache")
    try Data("0123456789".utf8).write(to: file)
    #expect(FileSystem.readBytes(at: file.path, offset: 2, count: 3) == Array("234".utf8))
    #expect(FileSystem.readBytes(at: file.path, offset: 10, count: 0) == [])
    #expect(FileSystem.readBytes(at: file.path, offset: 8, count: 3) == nil)
    #expect(FileSystem.readBytes(at: file.path, offset: -1, count: 1) == nil)
    #expect(
      FileSystem.readBytes(at: folder.appendingPathComponent("none").path, offset: 0, count: 1)
        == nil)
    // A link is not followed.
    let link = folder.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
    #expect(FileSystem.readBytes(at: link.path, offset: 0, count: 1) == nil)
  }
}
