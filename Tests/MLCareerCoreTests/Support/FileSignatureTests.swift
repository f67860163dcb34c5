import Foundation
import Testing

@testable import MLCareerCore

/// A file's signature changes whenever its text may have, and is never taken through a link.
@Suite struct FileSignatureTests {
  @Test func aSignatureChangesWithTheFileAndNotOtherwise() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-signature-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.md")
    try "one".write(to: file, atomically: false, encoding: .utf8)
    let first = try #require(FileSignature(regularFileAt: file.path))
    #expect(FileSignature(regularFileAt: file.path) == first)
    #expect(first.size == 3)
    // Same size, new text: the times differ.
    usleep(20_000)
    try "two".write(to: file, atomically: false, encoding: .utf8)
    let second = try #require(FileSignature(regularFileAt: file.path))
    #expect(second != first)
    // Replaced by another file of the same text and times: the inode differs.
    let other = folder.appendingPathComponent("b.md")
    try "two".write(to: other, atomically: false, encoding: .utf8)
    try FileManager.default.removeItem(at: file)
    try FileManager.default.moveItem(at: other, to: file)
    #expect(FileSignature(regularFileAt: file.path) != second)

    let link = folder.appendingPathComponent("link.md")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
    #expect(FileSignature(regularFileAt: link.path) == nil)
    #expect(FileSignature(regularFileAt: folder.path) == nil)
    #expect(FileSignature(regularFileAt: folder.appendingPathComponent("none").path) == nil)
    #expect(FileSignature.isRealFolder(folder.path))
    #expect(!FileSignature.isRealFolder(file.path))
  }

  @Test func aFileChangedJustNowIsNotSettled() throws {
    let now = FileSignature.now()
    let signature = FileSignature(device: 1, inode: 2, size: 3, modified: now, changed: now)
    #expect(!signature.isSettled(before: now))
    #expect(!signature.isSettled(before: now + FileSignature.settleTime))
    #expect(signature.isSettled(before: now + FileSignature.settleTime + 1))
    #expect(signature.isSettled(before: now + 1, settleTime: 0))
  }
}
