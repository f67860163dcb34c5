import Foundation
import Markdown

/// Our parse as a user meets it against cmark's and md4c's: on two 5 MB files, a fresh process
/// of this benchmark reads the file and parses it `runs` times (`parseInFreshProcess`), and
/// md-peers (`../shared/tools/md-peers`) parses the very same file in its own process. Search
/// parses pack topics in a new process every time, so a parse that is only fast once earlier
/// work has warmed the allocator is not what a user gets.
///
/// Both sides report the best of `runs`, the statistic md-peers prints, and take turns (ours,
/// the peers, ours, …) for `rounds` rounds: on a shared machine a slow spell then falls on both
/// sides rather than on whichever ran during it. The ratio is taken of the medians of the
/// rounds' bests, and of the bests of all rounds.
struct ParserBenchmark {
  let root: URL
  let workDirectory: URL
  let runs: Int
  let extraFiles: [URL]
  /// The CPU this benchmark and the processes it starts are pinned to, `nil` when not pinned.
  let cpu: Int?

  /// How many times ours and the peers take turns on each file.
  private static let rounds = 5
  private static let megabyte = 1_048_576.0
  private static let size = 5 * 1_048_576
  /// The option that makes the benchmark a fresh parsing process (see `parseInFreshProcess`).
  static let parseFileOption = "--parse-file"

  /// The peer timings md-peers prints for one file, in seconds.
  private struct Peers {
    var cmarkParse: Double?
    var cmarkHTML: Double?
    var md4cHTML: Double?
  }

  /// Reads `file`, parses it `runs` times and prints the best time in seconds: the whole of a
  /// fresh process's work, as search does it, with nothing run before it to warm the heap.
  static func parseInFreshProcess(file: String, runs: Int) -> Bool {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return false }
    print(Clock.best(runs: runs) { MarkdownParser.parse(text) })
    return true
  }

  func run(into table: inout ResultTable) {
    print(
      "Markdown parse in a fresh process, best of \(runs) runs; ours and the peers take turns "
        + "for \(Self.rounds) rounds on each 5 MB file; "
        + (cpu.map { "all pinned to CPU \($0)" } ?? "not pinned to one CPU"))
    var generator = MarkdownGenerator()
    var files = [
      ("generated Markdown, 5 MB", "generated.md", generator.document(toAbout: Self.size))
    ]
    let topics = Self.topics(in: root)
    if topics.isEmpty {
      print("- Data/topics: none found under \(root.path)")
    } else {
      files.append(
        (
          "the guide's topics repeated to 5 MB", "topics.md",
          Self.repeated(topics, toAbout: Self.size)
        ))
    }
    if !extraFiles.isEmpty {
      let texts = extraFiles.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
      files.append(
        ("extra files repeated to 5 MB", "extra.md", Self.repeated(texts, toAbout: Self.size)))
    }
    let mdPeers = root.deletingLastPathComponent().appendingPathComponent("shared/tools/md-peers")
    let hasPeers = FileManager.default.isExecutableFile(atPath: mdPeers.path)
    if !hasPeers {
      print("- peers not measured: \(mdPeers.path) is not there (ours only)")
    }
    let this = Self.executablePath()

    for (name, fileName, text) in files {
      let file = workDirectory.appendingPathComponent(fileName)
      try? text.write(to: file, atomically: true, encoding: .utf8)
      let bytes = text.utf8.count
      var ours: [Double] = []
      var peers: [Peers] = []
      var peersFailed = !hasPeers
      for _ in 0..<Self.rounds {
        if let time = measureOurs(this, file: file) { ours.append(time) }
        guard !peersFailed else { continue }
        guard let round = measurePeers(mdPeers.path, file: file) else {
          peersFailed = true
          continue
        }
        peers.append(round)
      }
      if peersFailed { peers = [] }
      guard !ours.isEmpty else {
        print("- \(name): our parsing process failed")
        table.add(
          "fresh-process parse, \(name)", ours: "failed", peer: "-", ratio: "-",
          target: "≥ 1.50× cmark", met: false)
        continue
      }
      let oursMedian = median(ours)
      let oursBest = ours.min() ?? .nan
      print(
        "- \(name) (\(file.path), \(bytes) bytes): ours \(format(oursMedian * 1e3)) ms "
          + "(median of rounds; best \(format(oursBest * 1e3)) ms), "
          + "\(format(Double(bytes) / Self.megabyte / oursMedian, 1)) MB/s")
      if hasPeers && peersFailed { print("  md-peers failed: peers not measured") }
      let cmark = peers.compactMap(\.cmarkParse)
      let columns: [(String, [Double])] = [
        ("cmark parse", cmark), ("cmark parse+HTML", peers.compactMap(\.cmarkHTML)),
        ("md4c parse+HTML", peers.compactMap(\.md4cHTML)),
      ]
      for (label, times) in columns where !times.isEmpty {
        print(
          "  \(label): \(format(median(times) * 1e3)) ms (best \(format((times.min() ?? .nan) * 1e3)) ms); "
            + "ours is \(format(median(times) / oursMedian))× its speed "
            + "(bests: \(format((times.min() ?? .nan) / oursBest))×)")
      }
      let md4c = peers.compactMap(\.md4cHTML)
      let cmarkRatio = cmark.isEmpty ? nil : median(cmark) / oursMedian
      table.add(
        "fresh-process parse, \(name)", ours: "\(format(oursMedian * 1e3, 1)) ms",
        peer: peers.isEmpty
          ? "not measured"
          : "cmark parse \(cmark.isEmpty ? "?" : format(median(cmark) * 1e3, 1)) ms; "
            + "md4c parse+HTML \(md4c.isEmpty ? "?" : format(median(md4c) * 1e3, 1)) ms",
        ratio: peers.isEmpty
          ? "-"
          : "\(cmarkRatio.map { format($0) } ?? "?")× cmark's speed; "
            + "\(md4c.isEmpty ? "?" : format(median(md4c) / oursMedian))× md4c's",
        target: "≥ 1.50× cmark (stretch ≥ 1.00× md4c)",
        met: cmarkRatio.map { $0 >= 1.5 })
    }
  }

  /// This benchmark's own executable, run again as a fresh parsing process.
  private static func executablePath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// Runs a fresh process of this benchmark on `file` and reads its best time.
  private func measureOurs(_ executable: String, file: URL) -> Double? {
    ProcessRunner.capture(
      executable, [Self.parseFileOption, file.path, "--parse-runs", String(runs)],
      in: workDirectory
    )
    .flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }

  /// Runs md-peers on `file` and reads its three timings.
  private func measurePeers(_ tool: String, file: URL) -> Peers? {
    guard
      let output = ProcessRunner.capture(
        tool, [file.path, "-n", String(runs)], in: workDirectory)
    else { return nil }
    var peers = Peers()
    for line in output.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard let unit = words.firstIndex(of: "ms"), unit > 0, let value = Double(words[unit - 1])
      else { continue }
      let seconds = value / 1e3
      let label = words[..<(unit - 1)].joined(separator: " ")
      switch label {
      case "cmark parse": peers.cmarkParse = seconds
      case "cmark parse+html": peers.cmarkHTML = seconds
      case "md4c parse+html": peers.md4cHTML = seconds
      default: break
      }
    }
    return peers.cmarkParse == nil && peers.md4cHTML == nil ? nil : peers
  }

  /// The texts of `Data/topics/*.md` under `root`, in name order.
  static func topics(in root: URL) -> [String] {
    let directory = root.appendingPathComponent("Data/topics")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasSuffix(".md") }.sorted()
    return names.compactMap {
      try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
    }
  }

  /// `texts` joined by blank lines and repeated until they reach about `size` bytes.
  static func repeated(_ texts: [String], toAbout size: Int) -> String {
    let text = texts.joined(separator: "\n\n")
    guard !text.isEmpty else { return "" }
    var result = ""
    result.reserveCapacity(size + text.utf8.count)
    while result.utf8.count < size {
      result += text
      result += "\n\n"
    }
    return result
  }
}
