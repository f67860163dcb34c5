import Foundation
import JSON
import Testing

@testable import MLCareerCore

/// The JSON export written topic by topic is the same text as the whole document rendered, and
/// leaves out and records a broken topic the same way.
@Suite struct GuideExporterJSONTextTests {
  @Test(arguments: [false, true])
  func writtenAsItIsMadeReadsAsTheWholeDocument(withPack: Bool) throws {
    let folder = try SearchScanLibraryTests.makePack(topics: 5, broken: 3)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: withPack ? [folder.path] : [])

    let whole = try ContentLibrary(locations: locations)
    let expected = JSONWriter.render(GuideExporter.json(try GuideDocument(library: whole)))
    let streamed = try ContentLibrary(locations: locations)
    let bytes = try GuideExporter.jsonUTF8(library: streamed)
    let text = String(decoding: bytes, as: UTF8.self)

    // What `export --format json` writes: the document, then a line break.
    #expect(bytes == Array((expected + "\n").utf8))
    #expect(streamed.problems == whole.problems)
    #expect(streamed.problems.count == (withPack ? 1 : 0))
    #expect(text.contains("\"t5\"") == withPack)
  }
}
