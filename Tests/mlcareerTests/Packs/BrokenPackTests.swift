import Foundation
import Testing

/// A broken pack loses nothing: its broken file is reported once with its position and left
/// out, and only a command whose answer needed it fails.
@Suite struct BrokenPackTests {
  @Test func aBrokenTopicIsReportedAndTheRestKeepsWorking() throws {
    let pack = try TestPack()
    try pack.write("topics/good.md", TestPack.topic("Good"))
    try pack.write("topics/bad.md", "no title here\n")
    let show = try pack.run(["show", "good"])
    #expect(show.status == 0)
    #expect(show.stderr.isEmpty)
    let bad = try pack.run(["show", "bad"])
    #expect(bad.status == 1)
    #expect(
      bad.stderr
        == "\(pack.path)/topics/bad.md:1:1: error: expected the topic's '# Title' heading as its "
        + "first line\n")
    let list = try pack.run(["list"])
    #expect(list.status == 1)
    #expect(list.stdout.contains("good\tGood"))
    #expect(list.stdout.contains("overview\t"))
    #expect(list.stderr.components(separatedBy: "topics/bad.md:1:1: error:").count == 2)
  }

  @Test func aBrokenManifestIsReportedOnceAndOtherCommandsSucceed() throws {
    let pack = try TestPack()
    try pack.write("guide.json", "{\"topics\": [\n  {\"id\": \"x\" \"file\": \"topics/x.md\"}]}\n")
    let show = try pack.run(["show", "overview"])
    #expect(show.status == 0)
    #expect(show.stdout.hasPrefix("The AI/ML Engineer at a Glance"))
    #expect(
      show.stderr
        == "\(pack.path)/guide.json:2:14: error: expected ',' or '}' after an object member, "
        + "found '\"'\n")
    #expect(try pack.run(["list"]).status == 1)
  }

  @Test func aBrokenRecordFileFailsOnlyTheCommandsThatReadIt() throws {
    let pack = try TestPack()
    try pack.write("salaries.json", "{\"schemaVersion\": 1, \"records\": [\n")
    let state = try StateFolder()
    try state.writeProgress(Array(#"{"version": 1, "skills": {"python": "done"}}"#.utf8))
    let before = state.progressBytes()
    let salaries = try pack.run(["salaries", "--city", "francisco"], state: state)
    #expect(salaries.status == 1)
    #expect(salaries.stdout.contains("San Francisco"))
    #expect(salaries.stderr.hasPrefix("\(pack.path)/salaries.json:2:1: error: "))
    let check = try pack.run(["check", "keras"], state: state)
    #expect(check.status == 0)
    #expect(try pack.run(["show", "faq"], state: state).status == 0)
    #expect(state.progressBytes() != before)  // check saved keras, nothing else touched it
    #expect(try state.marks() == ["python": "done", "keras": "done"])
  }

  @Test func validateReportsEveryProblemWithASummaryAndJSON() throws {
    let good = try TestPack(name: "good")
    try good.write("topics/faq.md", TestPack.topic("Our FAQ"))
    let bad = try TestPack(name: "bad")
    try bad.write("topics/one.md", "no title\n")
    try bad.write("skills.json", #"{"schemaVersion": 2, "skills": []}"#)
    let result = try ToolRunner.run(["validate", good.path, bad.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "\(bad.path)/topics/one.md:1:1: error: expected the topic's '# Title' heading as its first line"
      ))
    #expect(
      lines.contains(
        "\(bad.path)/skills.json:1:19: error: unsupported schemaVersion 2; this version of mlcareer reads 1"
      ))
    #expect(
      lines.contains(
        "\(good.path)/topics/faq.md:1:1: warning: the topic 'faq' replaces the one of the built-in guide"
      ))
    #expect(lines.last == "2 errors, 1 warning in 2 packs")
    let json = try ToolRunner.run(["validate", good.path, bad.path, "--format", "json"])
    #expect(json.status == 1)
    let report = try #require(try json.json() as? [String: Any])
    #expect(report["errors"] as? Int == 2)
    #expect(report["warnings"] as? Int == 1)
    #expect(report["packs"] as? Int == 2)
    let problems = try #require(report["problems"] as? [[String: Any]])
    #expect(problems.contains { $0["severity"] as? String == "warning" && $0["line"] as? Int == 1 })
  }

  /// Each broken record, topic line and topic of a file is its own line, in file order; the
  /// good ones still load for the checks that follow (the topic the manifest's good line names
  /// is checked too). Other commands still leave such a file out whole.
  @Test func validateReportsEveryBrokenRecordOfAFileAtOnce() throws {
    let pack = try TestPack()
    try pack.write(
      "guide.json",
      """
      {"schemaVersion": 1, "id": "team", "topics": [
        {"id": "Bad Id", "file": "topics/bad.md"},
        {"id": "ladder", "file": "topics/ladder.md"},
        {"id": "escape", "file": "../outside.md"}
      ]}
      """)
    try pack.write("topics/ladder.md", "no title\n")
    try pack.write(
      "salaries.json",
      TestPack.salaries(
        TestPack.cityRecord(id: "city-lyon", label: "Lyon", amount: 65000),
        #"{"id": "no-kind", "dimension": "city"}"#,
        TestPack.cityRecord(id: "city-lyon", label: "Nice", amount: 60000)))
    try pack.write(
      "skills.json",
      #"{"schemaVersion": 1, "skills": [{"id": "one"}, {"id": "two", "group": "nowhere"}]}"#)
    let result = try ToolRunner.run(["validate", pack.path])
    #expect(result.status == 1)
    let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
      .map { $0.replacing(pack.path + "/", with: "") }
    #expect(errors.count == 7, "\(result.stdout)")
    #expect(errors[0].hasPrefix("guide.json:2:"))
    #expect(errors[1].hasPrefix("guide.json:4:") && errors[1].contains("leaves the pack"))
    #expect(errors[2].hasPrefix("salaries.json:3:1: error: missing field"))
    #expect(errors[3].hasPrefix("salaries.json:4:1:") && errors[3].contains("city-lyon"))
    #expect(errors[4].hasPrefix("skills.json:1:33: error: missing field 'group'"))
    #expect(errors[5].hasPrefix("skills.json:1:71: error: unknown group 'nowhere'"))
    #expect(errors[6].hasPrefix("topics/ladder.md:1:1: error: expected the topic's"))
    #expect(result.stdout.hasSuffix("7 errors, 2 warnings in 1 pack\n"))

    // Elsewhere the broken manifest leaves the pack's topics out, as before, said once.
    let list = try pack.run(["list"])
    #expect(list.status == 1)
    #expect(!list.stdout.contains("ladder"))
    #expect(list.stderr.contains("guide.json:2:"))
  }

  /// A pack of many topics is parsed on every core: each broken topic is still reported once,
  /// in file order, whichever thread read it.
  @Test func validateOfManyTopicsReportsEachBrokenOneInOrder() throws {
    let pack = try TestPack()
    for index in 1...80 {
      try pack.write(
        String(format: "topics/t%02d.md", index),
        [7, 66].contains(index) ? "no title\n" : TestPack.topic("Topic \(index)"))
    }
    let result = try ToolRunner.run(["validate", pack.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map { $0.replacing(pack.path + "/", with: "") }
    #expect(lines.count == 3, "\(result.stdout)")
    #expect(lines.first?.hasPrefix("topics/t07.md:1:1: error: ") == true)
    #expect(lines.dropFirst().first?.hasPrefix("topics/t66.md:1:1: error: ") == true)
    #expect(lines.last == "2 errors, 0 warnings in 1 pack")
  }

  @Test func validateWithNoFolderChecksTheGuideAndEveryPackFound() throws {
    let pack = try TestPack()
    try pack.write("topics/ladder.md", TestPack.topic("Ladder"))
    var environment = ToolRunner.environment()
    environment["MLCAREER_PATH"] = pack.path
    let result = try ToolRunner.run(["validate"], environment: environment)
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout == "0 errors, 0 warnings in 2 packs\n")
  }

  @Test func undeclaredSourcesAndUnmentionedFiguresAreWarned() throws {
    let pack = try TestPack()
    try pack.write(
      "salaries.json",
      TestPack.salaries(TestPack.cityRecord(id: "city-lyon", label: "Lyon", amount: 65000)))
    try pack.write("topics/pay.md", TestPack.topic("Pay", body: "Lyon pays 65,000 EUR."))
    let result = try ToolRunner.run(["validate", pack.path])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "salaries.json:2:1: warning: the source 'my-notes' is not declared in the 'sources' of any guide.json"
      ))
    #expect(!result.stdout.contains("not mentioned"))
    try pack.write("topics/pay.md", TestPack.topic("Pay", body: "Lyon pays well."))
    let unmentioned = try ToolRunner.run(["validate", pack.path])
    #expect(
      unmentioned.stdout.contains(
        "warning: the figure 65,000 of 'city-lyon' is not mentioned in the prose of any topic"))
  }
}
