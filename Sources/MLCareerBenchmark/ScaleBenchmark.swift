import Foundation

/// Content packs at scale (issues 9 and 22): packs of 100 and 1,000 generated topics (about
/// 20 KB each, so about 20 MB for the larger), and `list`, `show ONE`, `search` and `validate`
/// timed as whole processes of the release `mlcareer`, with medians and peak memory. Search
/// keeps nothing between runs, so every run is a first search: a word in 1% of the topics
/// beside `grep -ri` on the same folder, a word in every topic, and a misspelt word (nothing
/// found, "did you mean"); and `search data drift` on the built-in guide beside `tldr tar`.
struct ScaleBenchmark {
  let workDirectory: URL
  let runs: Int

  /// A word the generator never writes, added to 1% of the topics.
  private static let rare = "quantization"
  /// A word of the generator's, found in every topic.
  private static let everywhere = "gradient"
  /// A misspelling of it, which no topic holds.
  private static let misspelt = "gradiant"
  private static let topicSize = 20_000

  /// One case: its name, arguments, the time it must stay under in seconds, the peer it is
  /// held against (a program, its arguments and the greatest ratio allowed), and the exit
  /// status expected.
  private struct Case {
    let name: String
    let arguments: [String]
    var target: Double? = nil
    var peer: (name: String, program: String, arguments: [String], ratio: Double)? = nil
    var status: Int32 = 0
  }

  func run(into table: inout ResultTable) {
    print("\nPacks at scale: whole process, output to /dev/null, \(runs) runs, medians")
    let built = StartupBenchmark.siblingBinary()
    guard FileManager.default.isExecutableFile(atPath: built) else {
      print("- mlcareer: not built beside the benchmark; build it in release mode first")
      return
    }
    // Run as start-up runs it: a copy read back from the disk, not the file as the linker left
    // it in the page cache, which starts measurably slower than the same bytes read from disk.
    guard let binary = StartupBenchmark.installedCopy(of: built, in: workDirectory) else {
      print("- mlcareer: could not be copied into \(workDirectory.path)")
      return
    }
    let peak = StartupBenchmark.peakMemoryProgram(in: workDirectory)
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = workDirectory.appendingPathComponent("data").path
    environment["XDG_STATE_HOME"] = workDirectory.appendingPathComponent("state").path
    environment.removeValue(forKey: "MLCAREER_PATH")
    let grep = ProcessRunner.executable(named: "grep") ?? "/bin/grep"
    var previous: [String: Double] = [:]
    for count in [100, 1000] {
      let (folder, bytes) = makePack(topics: count)
      print("- \(count) topics, \(bytes / 1000) KB in \(folder.path)")
      var cases = [
        Case(name: "list", arguments: ["list"], target: 0.1),
        Case(name: "show ONE", arguments: ["show", "topic-\(count / 2)"], target: 0.01),
        Case(
          name: "search a word in 1% of topics", arguments: ["search", Self.rare],
          peer: ("grep -ri", grep, ["-ri", Self.rare, folder.path], 3)),
        Case(
          name: "search a word in every topic", arguments: ["search", Self.everywhere],
          target: 0.3),
        Case(
          name: "search a misspelt word", arguments: ["search", Self.misspelt], target: 0.6,
          status: 1),
        Case(name: "validate", arguments: ["validate", folder.path], target: 1),
        // Held to the pack's memory limit: the export goes out as it is made, not whole.
        Case(name: "export --format json", arguments: ["export", "--format", "json"]),
      ]
      for index in cases.indices where cases[index].name != "validate" {
        cases[index] = Case(
          name: cases[index].name, arguments: ["--data", folder.path] + cases[index].arguments,
          target: cases[index].target, peer: cases[index].peer, status: cases[index].status)
      }
      if count == 1000,
        let tldr = ProcessRunner.executable(named: "tldr").flatMap({
          StartupBenchmark.installedCopy(of: $0, in: workDirectory)
        }),
        let variables = TealdeerSetup.environment(in: workDirectory)
      {
        environment.merge(variables) { $1 }
        cases.append(
          Case(
            name: "search data drift, built-in guide", arguments: ["search", "data", "drift"],
            peer: ("tldr tar", tldr, ["tar"], 1.3)))
      }
      for test in cases {
        measure(
          test, binary: binary, environment: environment, peak: peak, packBytes: bytes,
          count: count, previous: &previous, into: &table)
      }
    }
  }

  /// Times `test` and its peer, prints the figures, and adds the 1,000-topic rows to `table`.
  private func measure(
    _ test: Case, binary: String, environment: [String: String], peak: String?, packBytes: Int,
    count: Int, previous: inout [String: Double], into table: inout ResultTable
  ) {
    guard
      let seconds = time(binary, test.arguments, environment: environment, status: test.status)
    else {
      print("  - \(test.name): could not run")
      return
    }
    let kilobytes =
      peak.map { peakKilobytes($0, binary, test.arguments, environment, status: test.status) }
      ?? 0
    var line = "  - \(test.name): \(format(seconds * 1e3, 2)) ms, peak \(kilobytes) KB"
    if let before = previous[test.name] {
      line += ", \(format(seconds / before))× the 100-topic time"
    }
    var met = test.target.map { seconds < $0 }
    var targetText = test.target.map { "< \(format($0 * 1e3, 0)) ms" }
    var peerText = "-"
    var ratioText = "-"
    if let peer = test.peer,
      let peerSeconds = time(peer.program, peer.arguments, environment: environment)
    {
      let ratio = seconds / peerSeconds
      line += "; \(peer.name) \(format(peerSeconds * 1e3, 2)) ms, \(format(ratio))× it"
      peerText = "\(peer.name) \(format(peerSeconds * 1e3, 2)) ms"
      ratioText = "\(format(ratio))×"
      met = (met ?? true) && ratio <= peer.ratio
      targetText = (targetText.map { $0 + ", " } ?? "") + "≤ \(format(peer.ratio))× \(peer.name)"
    }
    let memoryLimit = 3 * packBytes / 1024
    line += "; memory limit 3× the pack: \(memoryLimit) KB"
    print(line)
    previous[test.name] = seconds
    guard count == 1000 else { return }
    table.add(
      "\(count) topics: \(test.name)", ours: "\(format(seconds * 1e3, 2)) ms", peer: peerText,
      ratio: ratioText, target: targetText ?? "-", met: met)
    table.add(
      "\(count) topics: \(test.name), peak memory", ours: "\(kilobytes) KB", peer: "-",
      ratio: "-", target: "< \(memoryLimit) KB (3× the pack)",
      met: kilobytes > 0 ? kilobytes < memoryLimit : nil)
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
      // One topic in a hundred holds a word no other does.
      let rare = index % 100 == 50 ? "\n\nA note on \(Self.rare) of the model.\n" : ""
      let text =
        "# Topic \(index)\n\nGenerated topic number \(index) of the scale pack.\n\n" + body + rare
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
    status: Int32 = 0
  ) -> Double? {
    var times: [Double] = []
    let errors = workDirectory.appendingPathComponent("scale-errors.txt").path
    for _ in 0..<runs {
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
    status: Int32 = 0
  ) -> Int {
    let file = workDirectory.appendingPathComponent("scale-peak.txt").path
    var largest = 0
    for _ in 0..<3 {
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
