import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// A search of a pack with many topics runs on several threads: it must give exactly what one
/// thread gives (the same hits, in the same order, equal hits in the guide's order, the same
/// total) and still report a broken topic once.
@Suite struct SearchScanLibraryTests {
  /// A pack of `count` topics whose texts tie often, so order decides between equal hits.
  static func makePack(topics count: Int, broken: Int?) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-scan-\(UUID().uuidString)")
    let topics = folder.appendingPathComponent("topics")
    try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
    for index in 1...count {
      let text =
        index == broken
        ? "no title here, only drift\n"
        : """
        # Topic \(index)

        Summary \(index) with drift.

        ## Drift \(index % 3)

        - Data drift, item \(index % 5).
        - A drift that ties.
        - Café naïve drift at $136,287 — \(index % 2 == 0 ? "Zürich" : "Genève").

        """
      try text.write(
        to: topics.appendingPathComponent("t\(index).md"), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test(arguments: [nil, 2, 1000] as [Int?])
  func threadsGiveWhatOneThreadGives(limit: Int?) throws {
    let folder = try Self.makePack(topics: 3 * ParallelWork.itemsForThreads, broken: 70)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])

    let sequential = ContentLibrary(locations: locations)
    var reference = SearchScan(SearchQuery(["drift"], limit: limit))
    sequential.eachTopic { reference.add($0) }
    #expect(reference.result().total > 3 * ParallelWork.itemsForThreads)

    let threaded = ContentLibrary(locations: locations)
    var scan = SearchScan(SearchQuery(["drift"], limit: limit))
    scan.add(topicsOf: threaded)
    #expect(scan.result() == reference.result())
    #expect(threaded.problems.count == 1)
    #expect(threaded.problems == sequential.problems)
    #expect(threaded.failed)
  }

  /// A topic file the byte test rules out is not parsed, so its problems wait for a search
  /// it may match (or `validate`); one it keeps is reported.
  @Test func aBrokenTopicIsReportedWhenItMayMatch() throws {
    let folder = try Self.makePack(topics: 3, broken: 2)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])
    for (word, reported) in [("drift", true), ("geneve", false)] {
      let library = ContentLibrary(locations: locations)
      var scan = SearchScan(SearchQuery([word]))
      scan.add(topicsOf: library)
      #expect(!scan.result().hits.isEmpty)
      #expect(library.problems.count == (reported ? 1 : 0), "\(word)")
    }
  }
}

extension SearchScanLibraryTests {
  /// "Did you mean" over a large pack gathers its words topic by topic, on several threads,
  /// and corrects exactly as the index of every entry held at once does.
  @Test(arguments: [
    "drfit", "data drfit", "summry", "xylophone", "drift", "\"data drfit\"", "zurick", "genev",
    "136288", "cafe nave",
  ])
  func aCorrectionGatheredTopicByTopicIsTheWholeIndexOne(words: String) throws {
    let folder = try Self.makePack(topics: 3 * ParallelWork.itemsForThreads, broken: 70)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])
    let query = SearchQuery([words])
    let reference = ContentLibrary(locations: locations)
    var topics: [Topic] = []
    reference.eachTopic { topics.append($0) }
    let whole = SearchIndex(
      topics: topics, salaries: reference.salaryData(),
      skills: reference.skillCatalog())
    let expected = whole.correction(of: query)
    let library = ContentLibrary(locations: locations)
    let streamed = SearchScan.correction(of: query, in: library, scope: nil)
    #expect(streamed == expected, "\(words)")
    #expect(library.problems.count == 1)
    if words == "drfit" { #expect(expected == "drift") }
  }
}
