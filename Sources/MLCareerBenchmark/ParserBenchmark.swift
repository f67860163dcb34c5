import Foundation
import Markdown

/// In process against in process: `MarkdownParser.parse` on two 5 MB files, and cmark's and
/// md4c's in-process runs (`../shared/tools/md-peers`) on the very same files, in the same run.
/// Both sides report the best of `runs`, the statistic md-peers prints, and take turns
/// (ours, the peers, ours, …) for `rounds` rounds, each keeping its best of all: on a shared
/// machine a slow spell then falls on both sides rather than on whichever ran during it.
struct ParserBenchmark {
  let root: URL
  let workDirectory: URL
  let runs: Int
  let extraFiles: [URL]
  /// The CPU this benchmark and the peers it starts are pinned to, `nil` when not pinned.
  let cpu: Int?

  /// How many times ours and the peers take turns on each file.
  private static let rounds = 3
  private static let megabyte = 1_048_576.0
  private static let size = 5 * 1_048_576

  /// The peer timings md-peers prints for one file, in seconds.
  private struct Peers {
    var cmarkParse: Double?
    var cmarkHTML: Double?
    var md4cHTML: Double?

    /// The faster of this round's time and `other`'s for each peer.
    func best(with other: Peers) -> Peers {
      func least(_ first: Double?, _ second: Double?) -> Double? {
        guard let first else { return second }
        return second.map { min(first, $0) } ?? first
      }
      return Peers(
        cmarkParse: least(cmarkParse, other.cmarkParse),
        cmarkHTML: least(cmarkHTML, other.cmarkHTML), md4cHTML: least(md4cHTML, other.md4cHTML))
    }
  }

  func run(into table: inout ResultTable) {
    print(
      "In-process Markdown parse, best of \(runs) runs; on the 5 MB files, ours and the peers "
        + "take turns for \(Self.rounds) rounds and each side keeps its best; "
        + (cpu.map { "both pinned to CPU \($0)" } ?? "not pinned to one CPU"))
    let topics = Self.topics(in: root)
    if topics.isEmpty {
      print("- Data/topics: none found under \(root.path)")
    } else {
      let bytes = topics.reduce(0) { $0 + $1.utf8.count }
      let time = Clock.best(runs: runs * 5) {
        topics.map { MarkdownParser.parse($0) }
      }
      print(
        "- the guide's \(topics.count) topics, \(bytes) bytes: \(format(time * 1e3, 3)) ms, "
          + "\(format(Double(bytes) / Self.megabyte / time, 1)) MB/s")
    }

    var generator = MarkdownGenerator()
    var files = [
      ("generated Markdown, 5 MB", "generated.md", generator.document(toAbout: Self.size))
    ]
    if !topics.isEmpty {
      files.append(
        (
          "the guide's topics repeated to 5 MB", "topics.md",
          Self.repeated(topics, toAbout: Self.size)
        )
      )
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

    for (name, fileName, text) in files {
      let file = workDirectory.appendingPathComponent(fileName)
      try? text.write(to: file, atomically: true, encoding: .utf8)
      let bytes = text.utf8.count
      var ours = Double.infinity
      var peers: Peers?
      var peersFailed = false
      for _ in 0..<Self.rounds {
        ours = min(ours, Clock.best(runs: runs) { MarkdownParser.parse(text) })
        guard hasPeers, !peersFailed else { continue }
        guard let round = measurePeers(mdPeers.path, file: file) else {
          peersFailed = true
          continue
        }
        peers = peers.map { $0.best(with: round) } ?? round
      }
      if peersFailed { peers = nil }
      print(
        "- \(name) (\(file.path), \(bytes) bytes): ours \(format(ours * 1e3)) ms, "
          + "\(format(Double(bytes) / Self.megabyte / ours, 1)) MB/s")
      if peersFailed { print("  md-peers failed: peers not measured") }
      if let peers {
        for (label, time) in [
          ("cmark parse", peers.cmarkParse), ("cmark parse+HTML", peers.cmarkHTML),
          ("md4c parse+HTML", peers.md4cHTML),
        ] {
          guard let time else { continue }
          print(
            "  \(label): \(format(time * 1e3)) ms; ours is \(format(time / ours))× its speed")
        }
      }
      let cmark = peers?.cmarkParse
      let md4c = peers?.md4cHTML
      table.add(
        "in-process parse, \(name)", ours: "\(format(ours * 1e3, 1)) ms",
        peer: peers.map { _ in
          "cmark parse \(cmark.map { format($0 * 1e3, 1) } ?? "?") ms; "
            + "md4c parse+HTML \(md4c.map { format($0 * 1e3, 1) } ?? "?") ms"
        } ?? "not measured",
        ratio: peers.map { _ in
          "\(cmark.map { format($0 / ours) } ?? "?")× cmark's speed; "
            + "\(md4c.map { format($0 / ours) } ?? "?")× md4c's"
        } ?? "-",
        target: "≥ 1.50× cmark (stretch ≥ 1.00× md4c)",
        met: cmark.map { $0 / ours >= 1.5 })
    }
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
