import Foundation
import Testing

/// The learning companion as a user meets it on the built binary (issue 24): a page for each
/// skill, dated marks with notes and their history, a plan grounded in the sources, progress
/// kept out of shared exports. Each test keeps its progress in a state folder of its own.
@Suite struct CompanionCommandTests {
  static let today: String = {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.locale = Locale(identifier: "en_US_POSIX")
    return formatter.string(from: Date())
  }()

  @Test func aSkillPageGathersItsMentionsAndYourMark() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python", "--note", "daily use"]).status == 0)
    let page = try state.run(["skill", "python"])
    #expect(page.status == 0)
    #expect(page.stderr.isEmpty)
    #expect(page.stdout.hasPrefix("Python\nProgramming and software practice · core · id python\n"))
    #expect(page.stdout.contains("Level: named in the required languages"))
    #expect(page.stdout.contains("[x] Yours: done on \(Self.today): daily use"))
    #expect(page.stdout.contains("mlcareer show skills/languages"))
    #expect(page.stdout.contains("Also in Programming and software practice:"))
    let json = try #require(
      try state.run(["skill", "python", "--format", "json"]).json() as? [String: Any])
    let mentions = try #require(json["mentions"] as? [[String: Any]])
    #expect(mentions.count >= 2)
    #expect(mentions.allSatisfy { ($0["text"] as? String)?.contains("Python") == true })
    #expect((json["progress"] as? [String: Any])?["note"] as? String == "daily use")
    #expect((json["levelBasis"] as? String)?.isEmpty == false)
    let markdown = try state.run(["skill", "pytorch", "--format", "markdown"])
    #expect(markdown.stdout.hasPrefix("# PyTorch\n\n- **Group:** Tools and frameworks\n"))
  }

  @Test func aPackSkillHasAPageWithMentionsFromItsPackAndTheGuide() throws {
    let pack = try TestPack()
    try pack.write(
      "skills.json",
      """
      {"schemaVersion": 1, "groups": [], "skills": [{"id": "team-onboarding", \
      "name": "Team onboarding", "group": "programming", "level": "core", "note": "Ours.", \
      "sources": ["my-notes"]}, {"id": "rust", "name": "Rust", "group": "programming", \
      "level": "desirable", "note": "Ours too.", "sources": ["my-notes"]}]}
      """)
    try pack.write(
      "topics/ladder.md", TestPack.topic("Ladder", body: "- Team onboarding comes first."))
    let page = try pack.run(["skill", "team-onboarding", "--format", "json"])
    #expect(page.status == 0, "\(page.stderr)")
    let json = try #require(try page.json() as? [String: Any])
    let mentions = try #require(json["mentions"] as? [[String: Any]])
    #expect(mentions.map { $0["path"] as? String } == ["ladder › Details"])
    #expect(json["levelBasis"] as? String == "")
    let plan = try pack.run(["plan", "--all", "--format", "csv"])
    #expect(plan.stdout.contains(",team-onboarding,Team onboarding,programming,core,todo,1,"))
  }

  @Test func anUnknownSkillSuggestsTheClosestAndFails() throws {
    let result = try ToolRunner.run(["skill", "pyton"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: no skill 'pyton'\nDid you mean 'python'?\n"))
  }

  @Test func checkWithANoteWritesVersionTwoAndKeepsEveryVersionOneMark() throws {
    let state = try StateFolder()
    try state.writeProgress(
      Array(#"{"version": 1, "skills": {"python": "done", "old-skill": "learning"}}"#.utf8))
    let check = try state.run(["check", "pytorch", "--note", "finished the official tutorial"])
    #expect(check.status == 0)
    #expect(check.stderr.isEmpty)
    let entries = try state.entries()
    #expect(entries["python"]?["state"] as? String == "done")
    #expect(entries["python"]?["date"] == nil)
    #expect(entries["old-skill"]?["state"] as? String == "learning")
    #expect(entries["pytorch"]?["date"] as? String == Self.today)
    #expect(entries["pytorch"]?["note"] as? String == "finished the official tutorial")
    let root = try JSONSerialization.jsonObject(with: Data(try #require(state.progressBytes())))
    #expect((root as? [String: Any])?["version"] as? Int == 2)
    let progress = try #require(
      try state.run(["progress", "--format", "json"]).json() as? [String: Any])
    let marks = try #require(progress["marks"] as? [[String: Any]])
    let pytorch = try #require(marks.first { $0["id"] as? String == "pytorch" })
    #expect(pytorch["date"] as? String == Self.today)
    #expect(pytorch["note"] as? String == "finished the official tutorial")
    let checklist = try state.run(["checklist", "frameworks"])
    #expect(checklist.stdout.contains("      \(Self.today): finished the official tutorial\n"))
  }

  @Test func aNoteIsBoundedAndShownTerminalSafe() throws {
    let state = try StateFolder()
    let long = try state.run(["check", "python", "--note", String(repeating: "x", count: 1001)])
    #expect(long.status == 64)
    #expect(long.stderr.contains("expected a note of at most 1000 characters"))
    #expect(state.progressBytes() == nil)
    #expect(try state.run(["check", "python", "--note", "\u{1B}[31mred\u{7}"]).status == 0)
    let page = try state.run(["skill", "python"])
    #expect(!page.stdout.contains("\u{1B}"))
    #expect(page.stdout.contains("^[[31mred^G"))
  }

  @Test func fortyConcurrentChecksWithNotesLoseNothing() throws {
    let state = try StateFolder()
    let ids = [
      "python", "java", "cpp", "r", "c", "scala", "software-engineering", "version-control",
      "linear-algebra", "calculus", "probability", "statistics", "supervised-learning",
      "unsupervised-learning", "deep-learning", "neural-networks", "tensorflow", "pytorch",
      "scikit-learn", "keras", "aws", "google-cloud", "azure", "mlops", "model-deployment",
      "model-monitoring", "communication", "teamwork", "problem-solving", "critical-thinking",
      "kaggle", "github", "hackathons", "shap", "lime", "hadoop", "apache-spark", "iot", "5g",
      "edge-ai",
    ]
    let failures = Failures()
    let environment = state.environment
    DispatchQueue.concurrentPerform(iterations: ids.count) { index in
      let result = try? ToolRunner.run(
        ["check", ids[index], "--note", "note \(index)"], environment: environment)
      if result?.status != 0 { failures.add(ids[index]) }
    }
    #expect(failures.ids.isEmpty)
    let entries = try state.entries()
    #expect(entries.count == ids.count)
    for (index, id) in ids.enumerated() {
      #expect(entries[id]?["note"] as? String == "note \(index)")
    }
  }

  @Test func historyShowsThisMonthsMarksAndOneRowADatedMark() throws {
    let state = try StateFolder()
    try state.writeProgress(
      Array(#"{"version": 1, "skills": {"java": "done"}}"#.utf8))
    #expect(try state.run(["check", "python", "keras", "--note", "course"]).status == 0)
    let history = try state.run(["progress", "--history"])
    #expect(history.status == 0)
    #expect(history.stdout.contains("Skills done by month:\n  \(Self.today.prefix(7))  "))
    #expect(history.stdout.contains("\(Self.today) [x] Python — course"))
    #expect(history.stdout.contains("1 mark carries no date"))
    let csv = try state.run(["progress", "--history", "--format", "csv"])
    #expect(
      csv.stdout == "date,id,name,state,note\r\n\(Self.today),keras,Keras,done,course\r\n"
        + "\(Self.today),python,Python,done,course\r\n")
    let json = try #require(
      try state.run(["progress", "--history", "--format", "json"]).json() as? [String: Any])
    #expect((json["marks"] as? [Any])?.count == 2)
    let weekly = try state.run(["progress", "--history", "--by", "week"])
    #expect(weekly.stdout.hasPrefix("Skills done by week:\n"))
    #expect(try state.run(["progress", "--by", "week"]).status == 64)
  }

  @Test func planGivesReasonsAndLeavesOutWhatIsDoneOrSkipped() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python"]).status == 0)
    #expect(try state.run(["check", "java", "--skip"]).status == 0)
    #expect(try state.run(["check", "keras", "--learning"]).status == 0)
    let plan = try state.run(["plan", "-n", "3"])
    #expect(plan.status == 0)
    let lines = plan.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("1. [~] Keras"))
    #expect(lines[1].contains("being learned; core; mentioned in "))
    #expect(lines.contains { $0.contains("core; mentioned in ") && !$0.contains("being") })
    let json = try #require(
      try state.run(["plan", "--all", "--format", "json"]).json() as? [String: Any])
    let steps = try #require(json["steps"] as? [[String: Any]])
    let ids = steps.compactMap { $0["id"] as? String }
    #expect(!ids.contains("python") && !ids.contains("java"))
    let levels = steps.compactMap { $0["level"] as? String }.dropFirst()
    let order = ["core": 0, "desirable": 1, "emerging": 2]
    #expect(zip(levels, levels.dropFirst()).allSatisfy { order[$0]! <= order[$1]! })
    let core = steps.dropFirst().filter { $0["level"] as? String == "core" }
    let counts = core.compactMap { $0["mentions"] as? Int }
    #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 >= $1 })
    let group = try state.run(["plan", "--group", "frameworks", "--format", "csv"])
    #expect(group.stdout.hasPrefix("step,id,name,group,level,state,mentions,reason\r\n1,keras,"))
    #expect(!group.stdout.contains(",programming,"))
  }

  @Test func exportLeavesProgressOutUnlessAsked() throws {
    let state = try StateFolder()
    let before = try state.run(["export", "--format", "html"])
    #expect(try state.run(["check", "python", "--note", "private"]).status == 0)
    let after = try state.run(["export", "--format", "html"])
    #expect(before.stdout == after.stdout)
    #expect(!after.stdout.contains("Your progress"))
    let mine = try state.run(["export", "--format", "html", "--with-progress"])
    #expect(mine.stdout.contains("Your progress: 1 of"))
    #expect(mine.stdout.contains("<li class=\"done\">"))
    for format in ["markdown", "json"] {
      let shared = try state.run(["export", "--format", format])
      #expect(!shared.stdout.contains("private"))
      let withMarks = try state.run(["export", "--format", format, "--with-progress"])
      #expect(withMarks.stdout.contains(format == "json" ? "\"private\"" : "- [x] Python"))
    }
    #expect(
      try state.run(["checklist", "--format", "markdown"]).stdout.contains("- [x] Python\n"))
  }

  @Test func aSavedChangeSaysSoWhenItsReportCannotBeWritten() throws {
    let state = try StateFolder()
    let result = try ToolRunner.runInShell(
      "\"$0\" check python > /dev/full", environment: state.environment)
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: cannot write to standard output"))
    #expect(result.stderr.contains("note: the change was saved in \(state.progressPath)"))
    #expect(try state.marks() == ["python": "done"])
  }

  @Test func readsRefuseALinkOutOfTheStateFolderWithoutQuotingIt() throws {
    let state = try StateFolder()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlcareer-outside-\(UUID().uuidString)")
    try Data("root:x:0:0:root:/root:/bin/bash\n".utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createDirectory(
      at: state.url.appendingPathComponent("mlcareer"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: state.progressPath, withDestinationPath: outside.path)
    for command in [["checklist"], ["progress"], ["skill", "python"], ["plan"]] {
      let result = try state.run(command)
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("symbolic link"))
      #expect(!result.stderr.contains("root:x"))
    }
  }
}

/// The ids whose run failed, gathered from many threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []

  func add(_ id: String) { lock.withLock { list.append(id) } }
  var ids: [String] { lock.withLock { list } }
}
