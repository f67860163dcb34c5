import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// `list` of a large pack reads the topics' headers on every core: the headers, their order
/// and the broken topics reported must be what reading them one by one gives.
@Suite struct ContentLibraryHeadersTests {
  @Test(arguments: [3, ParallelWork.itemsForThreads * 3])
  func headersComeInTheGuidesOrderWithBrokenTopicsReported(topics: Int) throws {
    let folder = try SearchScanLibraryTests.makePack(topics: topics, broken: 2)
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = ContentLibrary(
      locations: PackLocations(environment: [:], dataFolders: [folder.path]))
    let headers = library.headers()
    var expected: [(String, String)] = []
    var errors: [Diagnostic] = []
    for entry in library.guide.topics {
      do throws(ContentError) {
        expected.append((entry.id, try library.guide.header(entry).title))
      } catch {
        errors.append(Diagnostic(error))
      }
    }
    #expect(headers.map(\.entry.id) == expected.map(\.0))
    #expect(headers.map(\.header.title) == expected.map(\.1))
    #expect(headers.count == library.guide.topics.count - 1)
    #expect(library.problems == errors)
    #expect(library.failed)
    #expect(headers.contains { $0.header.pack?.folder == folder.path })
  }
}
