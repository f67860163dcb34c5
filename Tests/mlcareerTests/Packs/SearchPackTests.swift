import Foundation
import Testing

/// Search of a pack as a user meets it: it keeps nothing between runs, so it writes no file
/// and always answers from the topics as they now read.
@Suite struct SearchPackTests {
  /// Every file under `folder`, by its path inside it.
  static func files(under folder: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    return (enumerator?.allObjects as? [String] ?? []).sorted()
  }

  @Test func searchWritesNoFile() throws {
    let pack = try TestPack()
    try pack.write("topics/alpha.md", TestPack.topic("Alpha", body: "- Watch for data drift."))
    let home = pack.root.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let environment = ToolRunner.environment(
      stateHome: home.appendingPathComponent("state"),
      [
        "HOME": home.path, "XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
        "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      ])
    let before = Self.files(under: pack.root)
    for words in [["drift"], ["drfit"], ["--topic", "alpha", "drift"], ["--all", "data"]] {
      _ = try ToolRunner.run(["--data", pack.path, "search"] + words, environment: environment)
    }
    #expect(Self.files(under: pack.root) == before)
  }

  @Test func anEditedTopicIsSearchedAsItNowReads() throws {
    let pack = try TestPack()
    try pack.write("topics/alpha.md", TestPack.topic("Alpha", body: "- Watch for data drift."))
    try pack.write("topics/beta.md", TestPack.topic("Beta", body: "- Nothing about it here."))
    let search = { (words: [String]) in try ToolRunner.run(["--data", pack.path, "search"] + words)
    }
    #expect(try search(["drift"]).stdout.contains("alpha\tDetails\tWatch for data drift."))
    try pack.write("topics/beta.md", TestPack.topic("Beta", body: "- Now concept drift."))
    let edited = try search(["concept"])
    #expect(edited.status == 0)
    #expect(edited.stdout.contains("beta\tDetails\tNow concept drift."))
    try pack.write("topics/alpha.md", TestPack.topic("Alpha", body: "- Watch for data shift."))
    let gone = try search(["--topic", "alpha", "drift"])
    #expect(gone.status == 1)
  }

  /// Many topics are searched on every core, and a broken one that may match is reported.
  @Test func aLargePackAnswersInTheGuidesOrderAndReportsABrokenTopic() throws {
    let pack = try TestPack()
    for number in 1...150 {
      try pack.write(
        "topics/t\(number).md",
        number == 77
          ? "no title, but drift\n"
          : TestPack.topic("Topic \(number)", body: "- A drift that ties, \(number % 4)."))
    }
    let result = try ToolRunner.run(["--data", pack.path, "search", "drift", "--all"])
    let topics = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
      .filter { $0.hasPrefix("t") && Int($0.dropFirst()) != nil }
    // Equal hits in the guide's order: the pack's topics by file name.
    let expected = (1...150).filter { $0 != 77 }.map { "t\($0)" }.sorted()
    #expect(topics == expected)
    #expect(result.stderr.contains("t77.md"))
  }
}
