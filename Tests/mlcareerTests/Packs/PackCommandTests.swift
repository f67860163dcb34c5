import Foundation
import Testing

/// Packs beside the guide, end to end: the built binary against pack folders the tests write.
@Suite struct PackCommandTests {
  @Test func newPackValidatesAndItsTopicShows() throws {
    let pack = try TestPack()
    try FileManager.default.removeItem(at: pack.url)
    let new = try ToolRunner.run(["new", "pack", pack.path])
    #expect(new.status == 0, "\(new.stderr)")
    for file in ["guide.json", "topics/example.md", "salaries.json", "skills.json"] {
      #expect(pack.read(file) != nil, "\(file) was not written")
    }
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 0, "\(validate.stdout)")
    #expect(validate.stdout == "0 errors, 0 warnings in 1 pack\n")
    let show = try pack.run(["show", "example"])
    #expect(show.status == 0)
    #expect(show.stdout.hasPrefix("Example topic\n"))
  }

  @Test func newNeverWritesOverAFile() throws {
    let pack = try TestPack()
    try pack.write("skills.json", "mine")
    let new = try ToolRunner.run(["new", "pack", pack.path])
    #expect(new.status == 1)
    #expect(new.stderr == "error: \(pack.path)/skills.json already exists; nothing was written\n")
    #expect(pack.read("guide.json") == nil)
    #expect(pack.read("skills.json") == "mine")
  }

  @Test func newTopicIsWrittenAndListedInTheManifest() throws {
    let pack = try TestPack()
    try FileManager.default.removeItem(at: pack.url)
    #expect(try ToolRunner.run(["new", "pack", pack.path]).status == 0)
    let topic = try ToolRunner.run(["new", "topic", "interviews", "--data", pack.path])
    #expect(topic.status == 0, "\(topic.stderr)")
    #expect(pack.read("guide.json")?.contains("\"topics/interviews.md\"") == true)
    #expect(try ToolRunner.run(["validate", pack.path]).status == 0)
    #expect(try pack.run(["show", "interviews"]).stdout.hasPrefix("Interviews\n"))
    let again = try ToolRunner.run(["new", "topic", "interviews", "--data", pack.path])
    #expect(again.status == 1)
    #expect(again.stderr.contains("topics/interviews.md already exists"))
  }

  @Test func packTopicsAddAndReplaceAndListMarksTheReplaced() throws {
    let pack = try TestPack()
    try pack.write("topics/ladder.md", TestPack.topic("Our Career Ladder"))
    try pack.write("topics/faq.md", TestPack.topic("Team FAQ", summary: "Our own answers."))
    let list = try pack.run(["list"])
    #expect(list.status == 0)
    let lines = list.stdout.split(separator: "\n").map(String.init)
    // Piped, the pack is a field of its own; a terminal says what a topic replaces.
    #expect(lines.last == "ladder\tOur Career Ladder\tA summary.\tteam")
    #expect(lines.contains("faq\tTeam FAQ\tOur own answers.\tteam"))
    let shown = try ToolRunner.runOnTerminal(
      ["--data", pack.path, "list"], columns: 200, rows: 100)
    #expect(shown.stdout.contains("[from team, replaces the built-in topic]"))
    #expect(lines.filter { $0.hasPrefix("faq\t") }.count == 1)
    #expect(try pack.run(["show", "faq"]).stdout.hasPrefix("Team FAQ\n"))
    // Without the pack, the built-in topic is back.
    #expect(try ToolRunner.run(["show", "faq"]).stdout.hasPrefix("Frequently Asked Questions\n"))
  }

  @Test func laterPacksWinOverEarlierOnes() throws {
    let home = try TestPack(name: "first")
    try home.write("topics/ladder.md", TestPack.topic("From the data home"))
    let dataHome = home.root.appendingPathComponent("data")
    try FileManager.default.createDirectory(
      at: dataHome.appendingPathComponent("mlcareer/packs"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: home.url, to: dataHome.appendingPathComponent("mlcareer/packs/first"))
    let searched = try TestPack(name: "second")
    try searched.write("topics/ladder.md", TestPack.topic("From MLCAREER_PATH"))
    let option = try TestPack(name: "third")
    try option.write("topics/ladder.md", TestPack.topic("From --data"))
    var environment = ToolRunner.environment()
    environment["XDG_DATA_HOME"] = dataHome.path
    #expect(
      try ToolRunner.run(["show", "ladder"], environment: environment).stdout
        .hasPrefix("From the data home\n"))
    environment["MLCAREER_PATH"] = searched.path
    #expect(
      try ToolRunner.run(["show", "ladder"], environment: environment).stdout
        .hasPrefix("From MLCAREER_PATH\n"))
    let last = try ToolRunner.run(
      ["show", "ladder", "--data", option.path], environment: environment)
    #expect(last.stdout.hasPrefix("From --data\n"))
    let paths = try ToolRunner.run(["paths", "--data", option.path], environment: environment)
    #expect(paths.status == 0)
    #expect(paths.stdout.contains("packs folder: \(dataHome.path)/mlcareer/packs"))
    #expect(paths.stdout.contains("MLCAREER_PATH: \(searched.path)"))
    #expect(paths.stdout.contains("first  \(dataHome.path)/mlcareer/packs/first (data home)"))
    #expect(paths.stdout.contains("third  \(option.path) (--data), 1 topic"))
    #expect(paths.stdout.contains("Progress file: "))
    #expect(!paths.stdout.contains("cache"))
  }

  @Test func packSalariesJoinEveryFilterAndFormatWithTheirSource() throws {
    let pack = try TestPack()
    try pack.write(
      "salaries.json",
      TestPack.salaries(
        TestPack.cityRecord(id: "city-lyon", label: "Lyon, France", amount: 65000),
        TestPack.cityRecord(id: "city-lille", label: "Lille, France", amount: 60000)))
    let plain = try pack.run(["salaries", "--city", "lyon"])
    #expect(plain.status == 0)
    #expect(plain.stdout.split(separator: "\n").count == 1)
    #expect(plain.stdout.contains("Lyon, France"))
    #expect(plain.stdout.contains("\tteam/my-notes\t"))
    let json = try pack.run([
      "salaries", "--city", "france", "--sort", "amount", "--format", "json",
    ])
    let records = try #require(try json.json() as? [[String: Any]])
    #expect(records.map { $0["id"] as? String } == ["city-lille", "city-lyon"])
    #expect(records.allSatisfy { $0["source"] as? String == "team/my-notes" })
    let minimum = try pack.run([
      "salaries", "--city", "france", "--min", "62k EUR", "--format", "csv",
    ])
    #expect(minimum.stdout.contains("city-lyon,"))
    #expect(!minimum.stdout.contains("city-lille,"))
    let grep = try pack.run(["salaries"])
    #expect(grep.stdout.contains("San Francisco"))
    #expect(grep.stdout.contains("Lille, France"))
  }

  @Test func aRecordWithAnIdInUseReplacesItAndValidateWarns() throws {
    let pack = try TestPack()
    try pack.write(
      "guide.json", #"{"sources": [{"id": "my-notes", "title": "N", "description": "D"}]}"#)
    try pack.write(
      "salaries.json",
      TestPack.salaries(
        TestPack.cityRecord(id: "city-san-francisco", label: "San Francisco, CA", amount: 1)))
    let json = try pack.run(["salaries", "--city", "francisco", "--format", "json"])
    let records = try #require(try json.json() as? [[String: Any]])
    #expect(records.count == 1)
    #expect(records.first?["amount"] as? Int == 1)
    let validate = try ToolRunner.run(["validate", pack.path])
    #expect(validate.status == 0)
    #expect(
      validate.stdout.contains(
        "salaries.json:2:1: warning: a salary record with the id 'city-san-francisco' already "
          + "exists; this one replaces it"))
  }

  @Test func progressWorksForPackSkillsAndKeepsThemWhenThePackGoes() throws {
    let pack = try TestPack()
    try pack.write(
      "skills.json",
      """
      {"schemaVersion": 1, "groups": [], "skills": [{"id": "team-onboarding", \
      "name": "Team onboarding", "group": "programming", "level": "core", "note": "Ours.", \
      "sources": ["my-notes"]}]}
      """)
    let state = try StateFolder()
    let check = try pack.run(["check", "team onboarding"], state: state)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.hasPrefix("[x] Team onboarding\n"))
    #expect(try pack.run(["checklist"], state: state).stdout.contains("[x] Team onboarding"))
    let complete = try pack.run(["__complete", "--", "check", ""], state: state)
    #expect(complete.stdout.split(separator: "\n").contains("team-onboarding\tTeam onboarding"))
    let without = try state.run(["progress"])
    #expect(without.status == 0)
    #expect(without.stdout.contains("team-onboarding"))
    #expect(try state.marks()["team-onboarding"] == "done")
  }

  @Test func completionsOfferPackTopicsAndSections() throws {
    let pack = try TestPack()
    try pack.write("topics/ladder.md", TestPack.topic("Ladder"))
    #expect(
      try pack.run(["__complete", "--", "show", ""]).stdout.split(separator: "\n").contains(
        "ladder\tLadder"))
    let sections = try pack.run(["__complete", "--", "show", "ladder", "--section", ""])
    #expect(sections.stdout.hasPrefix("details\t"))
  }
}

/// `export` writes the merged guide: a pack's topics, the topic it replaces, and its records
/// with their source, in every format.
@Suite struct PackExportTests {
  @Test func exportHoldsThePacksTopicsAndRecords() throws {
    let pack = try TestPack()
    try pack.write("topics/ladder.md", TestPack.topic("Career Ladder", summary: "Our levels."))
    try pack.write("topics/faq.md", TestPack.topic("Team FAQ", summary: "Our answers."))
    try pack.write(
      "salaries.json",
      TestPack.salaries(TestPack.cityRecord(id: "city-lyon", label: "Lyon", amount: 65000)))
    let json = try pack.run(["export", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let document = try #require(try json.json() as? [String: Any])
    let topics = try #require(document["topics"] as? [[String: Any]])
    let ids = topics.compactMap { $0["id"] as? String }
    #expect(ids.last == "ladder")
    #expect(ids.filter { $0 == "faq" }.count == 1)
    let faq = try #require(topics.first { $0["id"] as? String == "faq" })
    #expect(faq["title"] as? String == "Team FAQ")
    #expect(faq["file"] as? String == "\(pack.path)/topics/faq.md")
    let salaries = try #require(document["salaries"] as? [String: Any])
    let records = try #require(salaries["records"] as? [[String: Any]])
    let lyon = try #require(records.first { $0["id"] as? String == "city-lyon" })
    #expect(lyon["source"] as? String == "team/my-notes")
    for format in ["markdown", "html"] {
      let result = try pack.run(["export", "--format", format])
      #expect(result.status == 0)
      #expect(result.stdout.contains("Career Ladder"), "\(format)")
      #expect(result.stdout.contains("Team FAQ"), "\(format)")
      #expect(!result.stdout.contains("Frequently Asked Questions"), "\(format)")
      #expect(result.stdout.contains("Lyon"), "\(format)")
    }
  }
}
