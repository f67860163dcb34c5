import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// A search answered by the packs' word indexes must give exactly what reading every topic
/// gives, and must not answer once a topic's file changed, the index is damaged, or the cache
/// no longer holds what the index points at.
@Suite struct SearchTokenIndexTests {
  /// A pack of generated topics, plus topics with labels, carriage returns, CJK and numbers.
  static func makePack() throws -> URL {
    let folder = try SearchScanLibraryTests.makePack(topics: 40, broken: nil)
    let extra = [
      "labels": """
      # Labels

      Languages people use.

      ## Languages

      - **Python:** simple and versatile, with drift detection.
      - **Pythonic code:** reads well; data drift again.
      - **Rust** is fast. Python is not named in the label here.
      - **Data-drift watch:** the label holds a dash.
      """,
      "crlf":
        "# Carriage\r\n\r\nLines end in CR LF, drift too.\r\n\r\n## Notes\r\n\r\nPython 3.12 and $136,287.\r\n",
      "cjk": "# 数据漂移\n\n中文 data drift 文本 and Straße naïve.\n\n## 部分\n\nΑλφα drift πython.\n",
    ]
    for (name, text) in extra {
      try text.write(
        to: folder.appendingPathComponent("topics/\(name).md"), atomically: true,
        encoding: .utf8)
    }
    return folder
  }

  /// The pack of `makePack()`, where to find it, and a cache in it that trusts files at once
  /// (no settle time).
  static func fixture() throws -> (URL, PackLocations, SearchCache) {
    let folder = try makePack()
    var cache = try #require(
      SearchCache(environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]))
    cache.settleTime = 0
    return (folder, PackLocations(environment: [:], dataFolders: [folder.path]), cache)
  }

  static let queries: [[String]] = [
    ["drift"], ["DRIFT"], ["dri"], ["rift"], ["python"], ["pyth"], ["data", "drift"],
    ["\"data drift\""], ["data-drift"], ["136287"], ["136,287"], ["cafe"], ["zurich"],
    ["数据"], ["strasse"], ["naive"], ["topic"], ["7"], ["summary", "3"], ["labels", "python"],
    ["c++"], ["xylophone"], ["drift", "xylophone"], ["αλφα"], ["3.12"], ["label"],
  ]

  /// The result of `words` from reading every topic, with no cache.
  static func reference(_ words: [String], limit: Int?, topic: String?, locations: PackLocations)
    throws -> SearchResult
  {
    var scan = SearchScan(SearchQuery(words, topic: topic, limit: limit))
    scan.add(topicsOf: try ContentLibrary(locations: locations), cache: nil)
    return scan.result()
  }

  @Test(arguments: queries)
  func theIndexAnswersAsReadingEveryTopicDoes(words: [String]) throws {
    let (folder, locations, cache) = try Self.fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The first search reads the topics and writes the indexes.
    var first = SearchScan(SearchQuery(words))
    first.add(topicsOf: try ContentLibrary(locations: locations), cache: cache)
    #expect(
      first.result() == (try Self.reference(words, limit: nil, topic: nil, locations: locations)))
    for (limit, topic) in [(nil, nil), (1, nil), (3, nil), (10, nil), (nil, "labels"), (2, "t7")]
      as [(Int?, String?)]
    {
      let library = try ContentLibrary(locations: locations)
      var scan = SearchScan(SearchQuery(words, topic: topic, limit: limit))
      let usable = !words.contains("c++") && !words.contains("3.12")
      #expect((scan.addIndexed(topicsOf: library, cache: cache) == nil) == usable, "\(words)")
      if !usable { scan.add(topicsOf: library, cache: cache) }
      let expected = try Self.reference(words, limit: limit, topic: topic, locations: locations)
      #expect(
        scan.result() == expected, "\(words) limit \(String(describing: limit)) \(topic ?? "")")
    }
  }

  /// A search reading every topic, with the index answering from the second search on.
  private static func indexedSearch(_ words: [String], locations: PackLocations, cache: SearchCache)
    throws -> (answered: Bool, result: SearchResult)
  {
    let library = try ContentLibrary(locations: locations)
    var scan = SearchScan(SearchQuery(words))
    let answered = scan.addIndexed(topicsOf: library, cache: cache) == nil
    if !answered { scan.add(topicsOf: library, cache: cache) }
    return (answered, scan.result())
  }

  @Test func aChangedTopicIsReadAgainAndIndexedAgain() throws {
    let (folder, locations, cache) = try Self.fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try !Self.indexedSearch(["drift"], locations: locations, cache: cache).answered)
    #expect(try Self.indexedSearch(["drift"], locations: locations, cache: cache).answered)
    // The same length, so only the times and the text tell it changed.
    let file = folder.appendingPathComponent("topics/t3.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "A drift that ties.", with: "A zebra that ties.")
      .write(to: file, atomically: false, encoding: .utf8)
    let changed = try Self.indexedSearch(["zebra"], locations: locations, cache: cache)
    #expect(!changed.answered)
    #expect(changed.result.hits.map(\.entry.text) == ["A zebra that ties."])
    let again = try Self.indexedSearch(["zebra"], locations: locations, cache: cache)
    #expect(again.answered)
    #expect(again.result == changed.result)
  }

  /// A topic edited just now is read from its file, and the index is not made again (it would
  /// not be trusted with the file yet): searching right after each save costs one topic.
  @Test func aTopicEditedJustNowIsReadWithoutMakingTheIndexAgain() throws {
    let (folder, locations, trusting) = try Self.fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    var cache = trusting
    _ = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    let pack = try #require(try ContentLibrary(locations: locations).guide.topics.last?.pack)
    let index = try Data(contentsOf: URL(fileURLWithPath: cache.indexPath(for: pack)))
    let file = folder.appendingPathComponent("topics/t3.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "A drift that ties.", with: "A zebra that ties.")
      .write(to: file, atomically: false, encoding: .utf8)
    cache.settleTime = 60_000_000_000
    for words in [["zebra"], ["drift"], ["zebra", "ties"]] {
      let search = try Self.indexedSearch(words, locations: locations, cache: cache)
      #expect(search.answered)
      #expect(
        search.result == (try Self.reference(words, limit: nil, topic: nil, locations: locations)))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache.indexPath(for: pack))) == index)
  }

  /// An index is trusted with a file only once the file stood unchanged for the settle time
  /// before the index was made: a forged index (and cache) of files written just now is not
  /// used, and the files are read; with no settle time, it is what answers.
  @Test(arguments: [false, true])
  func anIndexIsTrustedOnlyWithFilesSettledBeforeItWasMade(settled: Bool) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-index-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("pack/topics/alpha.md")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "# Alpha\n\nA summary.\n\n## Notes\n\n- Watch for data drift.\n".write(
      to: file, atomically: true, encoding: .utf8)
    let locations = PackLocations(
      environment: [:], dataFolders: [folder.appendingPathComponent("pack").path])
    var cache = try #require(
      SearchCache(environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]))
    cache.settleTime = 0
    _ = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    // A cache and index of the pack as it now is on disk, but with forged entries.
    let entry = try #require(
      try ContentLibrary(locations: locations).guide.topics.first { $0.id == "alpha" })
    let forged = [SearchEntry(topic: "alpha", text: "Forged drift", field: .text)]
    // Under a key no text of the file has: read from its file, the topic is parsed.
    let key = SearchCacheKey.key(id: "alpha", source: "forged")
    let block = SearchCacheFile.block(key: key, entries: forged)[...]
    let offsets = try #require(cache.save(entry.pack, blocks: [block]))
    var builder = SearchTokenIndex.Builder()
    builder.add(
      id: "alpha", file: entry.file, signature: FileSignature(regularFileAt: entry.path),
      block: block, entries: forged)
    let bytes = try #require(
      builder.bytes(
        identity: cache.identity, builtAt: FileSignature.now(), payloadOffsets: offsets))
    cache.saveIndex(entry.pack, bytes: bytes)
    if !settled { cache.settleTime = FileSignature.settleTime }
    let search = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    #expect(search.answered)
    let texts = search.result.hits.filter { $0.entry.topic == "alpha" }.map(\.entry.text)
    #expect(texts == (settled ? ["Forged drift"] : ["Watch for data drift."]))
  }

  @Test(arguments: ["truncated", "flipped", "cache replaced", "index of another pack"])
  func aDamagedIndexIsNotUsedAndIsWrittenAgain(damage: String) throws {
    let (folder, locations, cache) = try Self.fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let expected = try Self.reference(["drift"], limit: 5, topic: nil, locations: locations)
    _ = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    let pack = try #require(try ContentLibrary(locations: locations).guide.topics.last?.pack)
    let path = cache.indexPath(for: pack)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    switch damage {
    case "truncated": bytes.removeLast(bytes.count / 3)
    case "flipped":
      // Every byte of the posting lists' end, where numbers are.
      for index in (bytes.count - 200)..<bytes.count { bytes[index] ^= 0x5A }
    case "cache replaced":
      // The cache file no longer holds the payloads where the index says.
      cache.save(pack, blocks: [])
    default:
      bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache.indexPath(for: .builtIn))))
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var scan = SearchScan(SearchQuery(["drift"], limit: 5))
    scan.add(topicsOf: try ContentLibrary(locations: locations), cache: cache)
    #expect(scan.result() == expected)
    let answered = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    #expect(answered.answered)
  }

  /// A topic whose file is a symbolic link, or that is broken, is read at every search (so a
  /// broken one is reported every time), while the pack's other topics come from the index.
  @Test func aSymbolicLinkOrABrokenTopicIsReadAtEverySearch() throws {
    let folder = try Self.makePack()
    defer { try? FileManager.default.removeItem(at: folder) }
    let topics = folder.appendingPathComponent("topics")
    try FileManager.default.moveItem(
      at: topics.appendingPathComponent("t5.md"), to: folder.appendingPathComponent("t5.md"))
    try FileManager.default.createSymbolicLink(
      atPath: topics.appendingPathComponent("t5.md").path, withDestinationPath: "../t5.md")
    try "no title here\n".write(
      to: topics.appendingPathComponent("t9.md"), atomically: true, encoding: .utf8)
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])
    var cache = try #require(
      SearchCache(environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]))
    cache.settleTime = 0
    let expected = try Self.reference(["drift"], limit: 10, topic: nil, locations: locations)
    for run in 1...3 {
      let library = try ContentLibrary(locations: locations)
      var scan = SearchScan(SearchQuery(["drift"], limit: 10))
      let answered = scan.addIndexed(topicsOf: library, cache: cache) == nil
      #expect(answered == (run > 1), "run \(run)")
      if !answered { scan.add(topicsOf: library, cache: cache) }
      #expect(scan.result() == expected)
      #expect(library.problems.count == 1)
    }
  }

  /// A pack topic replacing a built-in one leaves the built-in index usable: the replaced
  /// topic's entries are left out of it.
  @Test func aReplacedBuiltInTopicIsLeftOutOfTheBuiltInIndex() throws {
    let folder = try Self.makePack()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# Responsibilities\n\nOur own drift duties.\n".write(
      to: folder.appendingPathComponent("topics/responsibilities.md"), atomically: true,
      encoding: .utf8)
    let locations = PackLocations(environment: [:], dataFolders: [folder.path])
    var cache = try #require(
      SearchCache(environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]))
    cache.settleTime = 0
    // The built-in index is made by a search of the built-in guide alone.
    _ = try Self.indexedSearch(
      ["duties"], locations: PackLocations(environment: [:], dataFolders: []), cache: cache)
    _ = try Self.indexedSearch(["duties"], locations: locations, cache: cache)
    let indexed = try Self.indexedSearch(["duties"], locations: locations, cache: cache)
    #expect(indexed.answered)
    #expect(
      indexed.result
        == (try Self.reference(["duties"], limit: nil, topic: nil, locations: locations)))
    #expect(indexed.result.hits.contains { $0.entry.text == "Our own drift duties." })
  }

  /// "Did you mean" gathers its words through the index where it vouches for the topics (and
  /// from the files of the others), and corrects exactly as the index of every entry does.
  @Test(arguments: ["drfit", "data drfit", "summry", "xylophone", "zurick", "genev", "136288"])
  func aCorrectionThroughTheIndexIsTheWholeIndexOne(words: String) throws {
    let (folder, locations, cache) = try Self.fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let query = SearchQuery([words])
    let expected = SearchIndex(topics: try ContentLibrary(locations: locations).allTopics())
      .correction(of: query)
    _ = try Self.indexedSearch(["drift"], locations: locations, cache: cache)
    var vocabulary = SearchVocabulary(query)
    #expect(
      SearchScan.walkIndexed(
        topicsOf: try ContentLibrary(locations: locations), cache: cache, into: &vocabulary
      ) { _ in SearchVocabulary(query) })
    let indexed = SearchScan.correction(
      of: query, topicsOf: try ContentLibrary(locations: locations), salaries: nil, skills: nil,
      cache: cache)
    #expect(indexed == expected, "\(words)")
    // Once a topic is edited: read again (and the index made again), or, the edit not settled,
    // every topic read from its file.
    let file = folder.appendingPathComponent("topics/t4.md")
    try (try String(contentsOf: file, encoding: .utf8) + "\nA new drift paragraph.\n")
      .write(to: file, atomically: false, encoding: .utf8)
    var edited = cache
    edited.settleTime = 60_000_000_000
    for cache in [cache, edited] {
      let library = try ContentLibrary(locations: locations)
      let corrected = SearchScan.correction(
        of: query, topicsOf: library, salaries: nil, skills: nil, cache: cache)
      let whole = SearchIndex(topics: try ContentLibrary(locations: locations).allTopics())
      #expect(corrected == whole.correction(of: query), "\(words)")
    }
    if words == "drfit" { #expect(expected == "drift") }
  }

  /// Runs of topics indexed on several threads and merged make the file one builder makes.
  @Test func mergedBuildersWriteWhatOneBuilderWrites() throws {
    let library = try ContentLibrary(locations: PackLocations(environment: [:], dataFolders: []))
    var whole = SearchTokenIndex.Builder()
    var parts = [
      SearchTokenIndex.Builder(), SearchTokenIndex.Builder(), SearchTokenIndex.Builder(),
    ]
    var offsets: [UInt64: Int] = [:]
    let topics = library.guide.topics
    for (number, entry) in topics.enumerated() {
      let source = try entry.source()
      let key = SearchCacheKey.key(id: entry.id, source: source)
      let made = SearchIndex.entries(
        of: try TopicLoader.load(id: entry.id, file: entry.path, source: source))
      let block = SearchCacheFile.block(key: key, entries: made)[...]
      offsets[key] = 1000 * number
      whole.add(id: entry.id, file: entry.file, signature: nil, block: block, entries: made)
      parts[number * 3 / topics.count].add(
        id: entry.id, file: entry.file, signature: nil, block: block, entries: made)
    }
    var merged = parts[0]
    merged.merge(parts[1])
    merged.merge(parts[2])
    let bytes = try #require(whole.bytes(identity: "x", builtAt: 7, payloadOffsets: offsets))
    #expect(merged.bytes(identity: "x", builtAt: 7, payloadOffsets: offsets) == bytes)
    let index = try #require(SearchTokenIndex(bytes: bytes, identity: "x"))
    #expect(index.topics.map(\.id) == topics.map(\.id))
    #expect(SearchTokenIndex(bytes: bytes, identity: "y") == nil)
    // An offset missing (a block not written) writes no index.
    offsets.removeValue(forKey: offsets.keys.first!)
    #expect(whole.bytes(identity: "x", builtAt: 7, payloadOffsets: offsets) == nil)
  }

  /// The byte path that splits ASCII text into words splits it as `FoldedText` folds it.
  @Test func asciiWordsAreTheFoldedTextsWords() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aZ9 ,.-:'x1,0\t\r\n")
    for _ in 0..<2000 {
      let text = String(
        (0..<Int.random(in: 0..<24, using: &generator)).map { _ in
          alphabet.randomElement(using: &generator)!
        })
      var fast: [([UInt8], Int, Int)] = []
      var folded: [([UInt8], Int, Int)] = []
      let length = SearchTokenIndex.Builder.forEachWord(in: text) {
        fast.append((Array($0), $1, $2))
      }
      SearchTokenIndex.Builder.forEachFoldedWord(in: text) { folded.append((Array($0), $1, $2)) }
      #expect(fast.map(\.0) == folded.map(\.0), "\(text.debugDescription)")
      #expect(fast.map(\.1) == folded.map(\.1), "\(text.debugDescription)")
      #expect(fast.map(\.2) == folded.map(\.2), "\(text.debugDescription)")
      #expect(length == text.count)
    }
  }
}
