import Foundation
import GuideModel
import MLCareerCore
import TextSupport

/// Hostile inputs where the slow path cost a multiple of the work rather than more bytes: many
/// names or records against one long argument, thousands of skills or sections, a paragraph
/// under many quotes, a phrase among thousands of its words. Each is timed at a small and a
/// large count; the large may cost at most `limit` times the small (or under `floor`), a bound a
/// linear path stays far below and the slow one went far beyond. These judgments are the tool's linear-time
/// checks: tests assert what such inputs give, the benchmark how their cost grows.
extension PathologicalBenchmark {
  /// One such input: what grows, its two counts, the bound on their time's ratio, and the
  /// median time at either count.
  struct GrowthCase {
    let name: String
    let how: String
    let counts: (small: String, large: String)
    let limit: Double
    let time: (_ large: Bool) -> Double
  }

  /// The cases run in this process, on the libraries.
  static func libraryCases() -> [GrowthCase] {
    let longName = String(repeating: "x", count: 64_000)
    let salaries = ContentLibrary(locations: nil).salaryData()
    let words = String(repeating: "engineer ", count: 2_000)
    return [
      GrowthCase(
        name: "a 64,000-letter name against many names", how: "NameMatcher",
        counts: ("10 names", "1,000 names"), limit: 20
      ) { large in
        let matcher = NameMatcher(
          (0..<(large ? 1_000 : 10)).map { (id: "skill-\($0)", names: ["Skill \($0)"]) })
        return median(runs: 5) { _ = matcher.match(longName) }
      },
      GrowthCase(
        name: "thousands of skills", how: "SkillLoader",
        counts: ("1,000", "10,000"), limit: 40
      ) { large in
        let text = skillsFile(count: large ? 10_000 : 1_000)
        return median(runs: 5) { _ = try? SkillLoader.load(text, file: "skills.json") }
      },
      GrowthCase(
        name: "a long --role and --city against many records", how: "SalaryQuery",
        counts: ("the guide's", "20 times as many"), limit: 8
      ) { large in
        let many = SalaryData(
          dimensions: salaries.dimensions,
          records: Array(repeating: salaries.records, count: large ? 20 : 1).flatMap { $0 },
          footnote: salaries.footnote)
        let queries = [SalaryQuery(role: words), SalaryQuery(city: words)]
        return median(runs: 5) { for query in queries { _ = query.apply(to: many) } }
      },
    ]
  }

  /// A skills file of `count` skills in one group.
  static func skillsFile(count: Int) -> String {
    let skills = (0..<count).map { index in
      #"{"id": "s\#(index)", "name": "Skill \#(index)", "group": "programming", "level": "core", "#
        + #""note": "A note.", "sources": ["career-notes"]}"#
    }
    return #"{"schemaVersion": 1, "groups": [{"id": "programming", "name": "Programming", "#
      + #""summary": "Code."}], "skills": ["# + skills.joined(separator: ",\n") + "]}"
  }

  /// The cases run as whole processes of the release `mlcareer` beside the benchmark, piped,
  /// on a pack of one topic written by `topic` for either count (issue 28).
  static func topicCases(pack: URL) -> [GrowthCase] {
    let binary = StartupBenchmark.siblingBinary()
    func topicCase(
      _ name: String, _ arguments: [String], counts: (String, String), limit: Double,
      topic: @escaping (_ large: Bool) -> String
    ) -> GrowthCase {
      GrowthCase(
        name: name, how: "`" + arguments.joined(separator: " ") + "`", counts: counts, limit: limit
      ) { large in
        try? topic(large).write(
          to: pack.appendingPathComponent("topics/t.md"), atomically: false, encoding: .utf8)
        let arguments =
          arguments == ["validate"] ? ["validate", pack.path] : ["--data", pack.path] + arguments
        // The user's own packs and progress stay out of it.
        let environment = ["HOME": pack.path, "XDG_STATE_HOME": pack.path]
        return median(runs: 5) {
          _ = ProcessRunner.run(binary, arguments, environment: environment)
        }
      }
    }
    let sections = { (large: Bool) in
      "# T\n\ns\n\n"
        + (0..<(large ? 1_000_000 : 100_000) / 16).map { "## S\($0)\n\nx\n\n" }
        .joined()
    }
    return [
      topicCase(
        "many sections (`## Sn`, a line each)", ["show", "t"], counts: ("100 KB", "1 MB"),
        limit: 40, topic: sections),
      topicCase(
        "many sections, validated", ["validate"], counts: ("100 KB", "1 MB"), limit: 40,
        topic: sections),
      topicCase(
        "a 1 MB paragraph inside nested quotes", ["show", "t"], counts: ("10 deep", "100 deep"),
        limit: 4
      ) { large in
        "# T\n\ns\n\n## S\n\n" + String(repeating: ">", count: large ? 100 : 10) + " "
          + repeated("word ", 1_000_000)
      },
      topicCase(
        "a paragraph of one word, searched for a phrase", ["search", "\"word word\"", "word-t"],
        counts: ("100 KB", "1 MB"), limit: 40
      ) { large in "# T\n\ns\n\n## S\n\n" + repeated("word ", large ? 1_000_000 : 100_000) + "t" },
    ]
  }

  /// Times every growth case and prints their table; returns whether each stayed within its
  /// limit.
  static func runGrowthCases() -> Bool {
    let pack = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-pathological-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: pack) }
    try? FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    print("\nGrowth past the input's size (issues 12 and 28): median times\n")
    print("| input | run by | small | large | large ÷ small | limit | met |")
    print("|---|---|---:|---:|---:|---:|---|")
    var allMet = true
    for growth in libraryCases() + topicCases(pack: pack) {
      let small = growth.time(false)
      let large = growth.time(true)
      let ratio = large / small
      let met = isMet(small: small, large: large, limit: growth.limit)
      allMet = allMet && met
      print(
        "| \(growth.name) | \(growth.how) | \(growth.counts.small): \(format(small)) | "
          + "\(growth.counts.large): \(format(large)) | \(String(format: "%.1f", ratio))× | "
          + "\(Int(growth.limit))× | \(met ? "yes" : "NO") |")
    }
    return allMet
  }
}
