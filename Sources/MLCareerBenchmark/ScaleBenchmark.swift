import Foundation

/// Content packs at scale (issue 9): packs of 100 and 1,000 generated topics (about 20 KB
/// each, so about 20 MB for the larger), and `list`, `show ONE`, `search WORD` and `validate`
/// timed as whole processes of the release `mlcareer`, with medians and peak memory, beside
/// `grep -ri WORD` on the same folder.
struct ScaleBenchmark {
  let workDirectory: URL
  let runs: Int

  /// The word searched for, one of the generator's.
  private static let word = "gradient"
  /// A misspelling of it, which no topic holds.
  private static let misspelt = "gradiant"
  private static let topicSize = 20_000

  func run(into table: inout ResultTable) {
    print("\nPacks at scale: whole process, output to /dev/null, \(runs) runs, medians")
    let binary = StartupBenchmark.siblingBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("- mlcareer: not built beside the benchmark; build it in release mode first")
      return
    }
    let peak = StartupBenchmark.peakMemoryProgram(in: workDirectory)
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = workDirectory.appendingPathComponent("data").path
    environment["XDG_STATE_HOME"] = workDirectory.appendingPathComponent("state").path
    environment.removeValue(forKey: "MLCAREER_PATH")
    var previous: [String: Double] = [:]
    for count in [100, 1000] {
      let (folder, bytes) = makePack(topics: count)
      let madeAt = Date()
      print("- \(count) topics, \(bytes / 1000) KB in \(folder.path)")
      // Search keeps what it read in XDG_CACHE_HOME: its runs after the first read the cache.
      // It is also timed with the cache empty at every run, and with no cache at all.
      // Name, arguments, target in seconds, and the exit status expected.
      let cases: [(String, [String], Double?, Int32)] = [
        ("list", ["list"], 0.1, 0),
        ("show ONE", ["show", "topic-\(count / 2)"], 0.01, 0),
        ("search WORD", ["search", Self.word], 0.5, 0),
        ("search WORD, cache empty", ["search", Self.word], nil, 0),
        ("search WORD, no cache", ["search", Self.word], nil, 0),
        // A word found nowhere: search then gathers every word for "did you mean" (exit 1).
        ("search MISSPELT", ["search", Self.misspelt], 0.5, 1),
        ("validate", ["validate", folder.path], 1, 0),
      ]
      let grepTime = time(
        ProcessRunner.executable(named: "grep") ?? "/bin/grep",
        ["-ri", Self.word, folder.path], environment: environment)
      for (name, arguments, target, status) in cases {
        if name == "search WORD" {
          // Search trusts its word index with a file only once the file has stood unchanged
          // for 2 s (FileSignature.settleTime); timed sooner, it would read every topic just
          // written, as it does right after an edit.
          let settled = madeAt.addingTimeInterval(2.2)
          if settled > Date() { Thread.sleep(until: settled) }
        }
        let full = ["--data", folder.path] + arguments
        var environment = environment
        let cache = workDirectory.appendingPathComponent("cache-\(count)")
        environment["XDG_CACHE_HOME"] = cache.path
        if name.hasSuffix("no cache") { environment["MLCAREER_NO_CACHE"] = "1" }
        let emptiesCache = name.hasSuffix("cache empty")
        guard
          let seconds = time(
            binary, full, environment: environment, status: status,
            before: emptiesCache ? { try? FileManager.default.removeItem(at: cache) } : nil)
        else {
          print("  - \(name): could not run")
          continue
        }
        let kilobytes =
          peak.map {
            peakKilobytes(
              $0, binary, full, environment, status: status,
              before: emptiesCache ? { try? FileManager.default.removeItem(at: cache) } : nil)
          } ?? 0
        var line = "  - \(name): \(format(seconds * 1e3, 2)) ms, peak \(kilobytes) KB"
        if let before = previous[name] {
          line += ", \(format(seconds / before))× the 100-topic time"
        }
        var met = target.map { seconds < $0 }
        var targetText = target.map { "< \(format($0 * 1e3, 0)) ms" } ?? "-"
        if name == "search WORD", let grepTime {
          line += "; grep -ri \(format(grepTime * 1e3, 2)) ms, \(format(seconds / grepTime))× it"
          met = (met ?? true) && seconds <= 5 * grepTime
          targetText += ", ≤ 5× grep -ri"
        }
        let memoryLimit = 3 * bytes / 1024
        line += "; memory limit 3× the pack: \(memoryLimit) KB"
        print(line)
        if count == 1000 {
          table.add(
            "\(count) topics: \(name)", ours: "\(format(seconds * 1e3, 2)) ms",
            peer: name == "search WORD"
              ? grepTime.map { "grep -ri \(format($0 * 1e3, 2)) ms" } ?? "-" : "-",
            ratio: name == "search WORD" ? grepTime.map { "\(format(seconds / $0))×" } ?? "-" : "-",
            target: targetText, met: met)
          table.add(
            "\(count) topics: \(name), peak memory", ours: "\(kilobytes) KB", peer: "-",
            ratio: "-", target: "< \(memoryLimit) KB (3× the pack)",
            met: kilobytes > 0 ? kilobytes < memoryLimit : nil)
          if let before = previous[name] {
            let growth = seconds / before
            table.add(
              "100 → 1,000 topics: \(name)", ours: "\(format(growth))× the time", peer: "-",
              ratio: "-", target: "≤ 10× (linear or better)", met: growth <= 10)
          }
        }
        previous[name] = seconds
      }
    }
  }

  /// Writes a pack of `topics` generated topics with a manifest; returns it and its size.
  private func makePack(topics: Int) -> (URL, Int) {
    let folder = workDirectory.appendingPathComponent("scale-\(topics)")
    let topicsFolder = folder.appendingPathComponent("topics")
    try? FileManager.default.createDirectory(at: topicsFolder, withIntermediateDirectories: true)
    var generator = MarkdownGenerator()
    var bytes = 0
    var entries: [String] = []
    for index in 1...topics {
      let body = generator.document(toAbout: Self.topicSize)
        .replacingOccurrences(of: "\n## ", with: "\n### ")
        .replacingOccurrences(of: "# Section", with: "## Section")
        // A section whose generated blocks are only reference definitions would be empty,
        // which validate and search rightly refuse: give every section a line of its own.
        .replacingOccurrences(
          of: "(## Section [^\n]*\n)", with: "$1\nText of this section.\n",
          options: .regularExpression)
      let text = "# Topic \(index)\n\nGenerated topic number \(index) of the scale pack.\n\n" + body
      let file = topicsFolder.appendingPathComponent("topic-\(index).md")
      try? text.write(to: file, atomically: false, encoding: .utf8)
      bytes += text.utf8.count
      entries.append("{\"id\": \"topic-\(index)\", \"file\": \"topics/topic-\(index).md\"}")
    }
    let manifest =
      "{\"schemaVersion\": 1, \"id\": \"scale\", \"name\": \"Scale\", \"topics\": [\n"
      + entries.joined(separator: ",\n") + "\n]}\n"
    try? manifest.write(
      to: folder.appendingPathComponent("guide.json"), atomically: false, encoding: .utf8)
    return (folder, bytes + manifest.utf8.count)
  }

  /// The median time of `runs` runs; `nil` when a run fails.
  private func time(
    _ executable: String, _ arguments: [String], environment: [String: String],
    status: Int32 = 0, before: (() -> Void)? = nil
  ) -> Double? {
    var times: [Double] = []
    let errors = workDirectory.appendingPathComponent("scale-errors.txt").path
    for _ in 0..<runs {
      before?()
      let outcome = ProcessRunner.run(
        executable, arguments, environment: environment, errors: errors)
      guard outcome.status == status else {
        let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        print("  (failed: \(text.split(separator: "\n").prefix(3).joined(separator: " | ")))")
        return nil
      }
      times.append(outcome.seconds)
    }
    return median(times)
  }

  /// The largest peak resident set size of three runs, in kilobytes; 0 when not measured.
  private func peakKilobytes(
    _ peak: String, _ executable: String, _ arguments: [String], _ environment: [String: String],
    status: Int32 = 0, before: (() -> Void)? = nil
  ) -> Int {
    let file = workDirectory.appendingPathComponent("scale-peak.txt").path
    var largest = 0
    for _ in 0..<3 {
      before?()
      let outcome = ProcessRunner.run(
        peak, [executable] + arguments, environment: environment, errors: file)
      guard outcome.status == status,
        let text = try? String(contentsOfFile: file, encoding: .utf8),
        let kilobytes = Int(text.split(separator: "\n").last ?? "")
      else { return 0 }
      largest = max(largest, kilobytes)
    }
    return largest
  }
}
