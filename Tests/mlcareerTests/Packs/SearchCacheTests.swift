import Foundation
import Testing

/// The search cache as a user meets it: a second search answers the same as the first, an edited
/// topic is searched as it now reads, and a damaged, unsafe or switched-off cache changes
/// nothing but speed.
@Suite struct SearchCacheTests {
  /// A pack of two topics and a cache folder shared by the runs of one test.
  final class Setup {
    let pack: TestPack
    let cache: URL

    init() throws {
      pack = try TestPack()
      try pack.write(
        "topics/alpha.md", TestPack.topic("Alpha", body: "- Watch for data drift daily."))
      try pack.write("topics/beta.md", TestPack.topic("Beta", body: "- Nothing about it here."))
      cache = pack.root.appendingPathComponent("cache")
    }

    var searchFolder: URL { cache.appendingPathComponent("mlcareer/search") }

    /// Makes the search cache folder ahead of the search, with `permissions`.
    func makeSearchFolder(permissions: Int) throws {
      try FileManager.default.createDirectory(at: searchFolder, withIntermediateDirectories: true)
      try FileManager.default.setAttributes(
        [.posixPermissions: permissions], ofItemAtPath: searchFolder.path)
    }

    func search(_ words: String..., extra: [String: String] = [:]) throws -> ToolRunner.Result {
      let environment = ToolRunner.environment(
        ["XDG_CACHE_HOME": cache.path].merging(extra) { $1 })
      return try ToolRunner.run(["--data", pack.path, "search"] + words, environment: environment)
    }

    func cacheFiles() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: searchFolder.path)) ?? []).sorted()
    }
  }

  @Test func aSecondSearchAnswersAsTheFirstFromTheCache() throws {
    let setup = try Setup()
    let first = try setup.search("drift")
    #expect(first.status == 0)
    #expect(first.stdout.contains("alpha\tDetails\tWatch for data drift daily."))
    // The built-in guide's cache and word index, and the pack's.
    #expect(setup.cacheFiles().count == 4)
    #expect(setup.cacheFiles().filter { $0.hasSuffix(".index") }.count == 2)
    let second = try setup.search("drift")
    #expect(second.stdout == first.stdout)
    #expect(second.stderr == first.stderr)
    #expect(second.status == 0)
  }

  @Test func anEditedTopicIsSearchedAsItNowReads() throws {
    let setup = try Setup()
    _ = try setup.search("drift")
    try setup.pack.write(
      "topics/beta.md", TestPack.topic("Beta", body: "- Now it mentions concept drift."))
    let result = try setup.search("concept")
    #expect(result.status == 0)
    #expect(result.stdout.contains("beta\tDetails\tNow it mentions concept drift."))
    let again = try setup.search("drift")
    #expect(again.stdout.contains("Now it mentions concept drift."))
    #expect(!again.stdout.contains("Nothing about it here."))
  }

  /// Once the topics' files have settled, searches are answered from the word index, which
  /// reads no topic file: an edit (even one that keeps the file's size) must still be seen.
  @Test func anEditedTopicIsSearchedAsItNowReadsOnceIndexed() throws {
    let setup = try Setup()
    // Past the time a file must have stood unchanged before the index is trusted with it.
    Thread.sleep(forTimeInterval: 2.2)
    let first = try setup.search("drift")
    let indexed = try setup.search("drift")
    #expect(indexed.stdout == first.stdout)
    #expect(indexed.stderr == first.stderr)
    #expect(setup.cacheFiles().filter { $0.hasSuffix(".index") }.count == 2)
    try setup.pack.write(
      "topics/alpha.md", TestPack.topic("Alpha", body: "- Watch for data shift daily."))
    let edited = try setup.search("shift")
    #expect(edited.status == 0)
    #expect(edited.stdout.contains("alpha\tDetails\tWatch for data shift daily."))
    let gone = try setup.search("--topic", "alpha", "drift")
    #expect(gone.status == 1)
    #expect(!gone.stdout.contains("Watch for data drift daily."))
  }

  @Test func aDamagedCacheIsIgnoredAndRewritten() throws {
    let setup = try Setup()
    let first = try setup.search("drift")
    for name in setup.cacheFiles() {
      let url = setup.searchFolder.appendingPathComponent(name)
      var bytes = try Data(contentsOf: url)
      // Flip bytes all through the file, past its header.
      for index in stride(from: 40, to: bytes.count, by: 7) { bytes[index] ^= 0x5A }
      try bytes.write(to: url)
    }
    let damaged = try setup.search("drift")
    #expect(damaged.stdout == first.stdout)
    #expect(damaged.stderr == first.stderr)
    #expect(damaged.status == 0)
    // Cut short, too: still the same answer.
    for name in setup.cacheFiles() {
      let url = setup.searchFolder.appendingPathComponent(name)
      try Data(try Data(contentsOf: url).prefix(50)).write(to: url)
    }
    #expect(try setup.search("drift").stdout == first.stdout)
  }

  @Test func aCacheFolderOthersMayWriteInIsNotUsed() throws {
    let setup = try Setup()
    try setup.makeSearchFolder(permissions: 0o777)
    let result = try setup.search("drift")
    #expect(result.status == 0)
    #expect(result.stdout.contains("Watch for data drift daily."))
    #expect(setup.cacheFiles().isEmpty)
  }

  @Test func filesOfPacksNotSearchedForAMonthAndDeadWritersTemporariesAreRemoved() throws {
    let setup = try Setup()
    try setup.makeSearchFolder(permissions: 0o700)
    let old = Date(timeIntervalSinceNow: -31 * 24 * 3600)
    let names = [
      "0123456789abcdef.cache", ".0123456789abcdef.cache.tmp-1-2", "0123456789abcdef.index",
      ".0123456789abcdef.index.tmp-1-2", "recent.cache",
    ]
    for name in names {
      let url = setup.searchFolder.appendingPathComponent(name)
      try Data("x".utf8).write(to: url)
      if name != "recent.cache" {
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
      }
    }
    #expect(try setup.search("drift").status == 0)
    let left = setup.cacheFiles()
    #expect(left.contains("recent.cache"))
    #expect(left.allSatisfy { !names.dropLast().contains($0) })
    #expect(left.contains("built-in.cache"))
    // The file of a pack searched now stays, however long ago it was written: another pack
    // makes this search write, and the first pack's file, unchanged, is not rewritten.
    let own = try #require(
      left.first { $0.hasSuffix(".cache") && $0 != "built-in.cache" && $0 != "recent.cache" })
    try FileManager.default.setAttributes(
      [.modificationDate: old], ofItemAtPath: setup.searchFolder.appendingPathComponent(own).path)
    let other = try TestPack(name: "other")
    try other.write("topics/gamma.md", TestPack.topic("Gamma"))
    #expect(try setup.search("--data", other.path, "drift").status == 0)
    #expect(setup.cacheFiles().contains(own))
    // Each pack's cache and index, and the recent file.
    #expect(setup.cacheFiles().count == 7)
  }

  @Test func noCacheLeavesTheCacheFolderAlone() throws {
    let setup = try Setup()
    let result = try setup.search("drift", extra: ["MLCAREER_NO_CACHE": "1"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Watch for data drift daily."))
    #expect(!FileManager.default.fileExists(atPath: setup.cache.path))
  }
}
