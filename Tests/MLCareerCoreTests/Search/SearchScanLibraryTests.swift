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
        ? "no title here\n"
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
    let folder = try Self.makePack(topics: 3 * SearchScan.topicsForThreads, broken: 70)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])

    let sequential = try ContentLibrary(locations: locations)
    var reference = SearchScan(SearchQuery(["drift"], limit: limit))
    sequential.eachTopic { reference.add($0) }
    #expect(reference.result().total > 3 * SearchScan.topicsForThreads)

    // Without a cache, then with one twice: as it is filled, and as it is read.
    let cacheHome = folder.appendingPathComponent("cache").path
    let cache = SearchCache(environment: ["XDG_CACHE_HOME": cacheHome])
    for (run, cache) in [(1, nil), (2, cache), (3, cache)] {
      let threaded = try ContentLibrary(locations: locations)
      var scan = SearchScan(SearchQuery(["drift"], limit: limit))
      scan.add(topicsOf: threaded, cache: cache)
      #expect(scan.result() == reference.result(), "run \(run)")
      #expect(threaded.problems.count == 1)
      #expect(threaded.problems == sequential.problems)
      #expect(threaded.failed)
    }
    #expect(
      FileManager.default.fileExists(atPath: cacheHome + "/mlcareer/search/built-in.cache"))
  }

  /// An unchanged topic is answered from its cached block, not parsed again: a block forged
  /// under the topic's key is what the next search finds. Once the file's text changes, the
  /// key does too, and the topic is parsed as it now reads.
  @Test func anUnchangedTopicIsAnsweredFromTheCache() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-scan-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let topicFile = folder.appendingPathComponent("pack/topics/alpha.md")
    try FileManager.default.createDirectory(
      at: topicFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    let text = "# Alpha\n\nA summary.\n\n## Notes\n\n- Watch for data drift.\n"
    try text.write(to: topicFile, atomically: true, encoding: .utf8)
    let locations = PackLocations(
      environment: [:], dataFolders: [folder.appendingPathComponent("pack").path])
    let cache = try #require(
      SearchCache(environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]))
    func texts() throws -> [String] {
      var scan = SearchScan(SearchQuery(["drift"]))
      scan.add(topicsOf: try ContentLibrary(locations: locations), cache: cache)
      return scan.result().hits.filter { $0.entry.topic == "alpha" }.map(\.entry.text)
    }
    #expect(try texts() == ["Watch for data drift."])

    let entry = try #require(
      try ContentLibrary(locations: locations).guide.topics.first {
        $0.id == "alpha"
      })
    let forged = [SearchEntry(topic: "alpha", text: "Forged drift", field: .text)]
    let key = SearchCacheKey.key(id: "alpha", source: text)
    #expect(cache.load(entry.pack)?.entries(for: key) != nil)
    cache.save(entry.pack, blocks: [SearchCacheFile.block(key: key, entries: forged)[...]])
    #expect(try texts() == ["Forged drift"])

    try text.replacing("Watch for", with: "Mind the").write(
      to: topicFile, atomically: true, encoding: .utf8)
    #expect(try texts() == ["Mind the data drift."])
  }
}

extension SearchScanLibraryTests {
  /// "Did you mean" over a large pack gathers its words topic by topic, on several threads and
  /// from the cache, and corrects exactly as the index of every entry held at once does.
  @Test(arguments: [
    "drfit", "data drfit", "summry", "xylophone", "drift", "\"data drfit\"", "zurick", "genev",
    "136288", "cafe nave",
  ])
  func aCorrectionGatheredTopicByTopicIsTheWholeIndexOne(words: String) throws {
    let folder = try Self.makePack(topics: 3 * SearchScan.topicsForThreads, broken: 70)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])
    let query = SearchQuery([words])
    let whole = SearchIndex(topics: try ContentLibrary(locations: locations).allTopics())
    let expected = whole.correction(of: query)
    // Without a cache, then with one twice: as it is filled, and as it is read.
    let environment = ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
    for environment in [["MLCAREER_NO_CACHE": "1"], environment, environment] {
      let library = try ContentLibrary(locations: locations)
      let streamed = SearchScan.correction(
        of: query, topicsOf: library, salaries: nil, skills: nil, environment: environment)
      #expect(streamed == expected, "\(words)")
      #expect(library.problems.count == 1)
    }
    if words == "drfit" { #expect(expected == "drift") }
  }
}
