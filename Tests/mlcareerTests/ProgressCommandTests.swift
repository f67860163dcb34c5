import Foundation
import Testing

@Suite struct ProgressCommandTests {
  @Test func pathFollowsXDGStateHomeThenHome() throws {
    let state = try StateFolder()
    let result = try state.run(["progress", "--path"])
    #expect(result.status == 0)
    #expect(result.stdout == state.progressPath + "\n")
    var environment = state.environment
    environment.removeValue(forKey: "XDG_STATE_HOME")
    environment["HOME"] = "/home/someone"
    let fallback = try ToolRunner.run(["progress", "--path"], environment: environment)
    #expect(fallback.stdout == "/home/someone/.local/state/mlcareer/progress.json\n")
  }

  @Test func skippedSkillsLeaveTheTotal() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "linear-algebra", "calculus"]).status == 0)
    #expect(try state.run(["check", "--skip", "probability"]).status == 0)
    let json = try state.run(["progress", "--format", "json"])
    let root = try #require(
      try json.json() as? [String: Any])
    let groups = try #require(root["groups"] as? [[String: Any]])
    let math = try #require(groups.first { $0["id"] as? String == "mathematics" })
    #expect(math["done"] as? Int == 2)
    #expect(math["counted"] as? Int == 3)
    #expect(math["percent"] as? Int == 66)
    let overall = try #require(root["overall"] as? [String: Any])
    #expect(overall["counted"] as? Int == (overall["total"] as? Int ?? 0) - 1)

    let text = try state.run(["progress"]).stdout
    let mathLine = text.split(separator: "\n").first { $0.hasPrefix("Mathematics and statistics") }
    #expect(mathLine?.contains("   66%  2/3") == true)
    #expect(mathLine?.hasSuffix("1 skipped") == true)
    #expect(text.contains("\nNext to learn:\n  [ ] "))
    #expect(text.contains("\n      core; mentioned in "))
  }

  @Test func unknownIdsAreKeptAndListed() throws {
    let state = try StateFolder()
    try state.writeProgress(Array(#"{"version": 1, "skills": {"quantum-weaving": "done"}}"#.utf8))
    #expect(try state.run(["check", "python"]).status == 0)
    #expect(try state.marks() == ["quantum-weaving": "done", "python": "done"])
    let text = try state.run(["progress"]).stdout
    #expect(
      text.hasSuffix("Kept in the progress file, but not skills of this edition: quantum-weaving\n")
    )
  }

  @Test func resetInAPipeNeedsYes() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python"]).status == 0)
    let before = state.progressBytes()
    let refused = try state.run(["progress", "--reset"], input: "y\n")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("add --yes"))
    #expect(state.progressBytes() == before)
    let done = try state.run(["progress", "--reset", "--yes"])
    #expect(done.status == 0)
    #expect(try state.marks().isEmpty)
  }

  @Test func resetReplacesABrokenFile() throws {
    let state = try StateFolder()
    try state.writeProgress(Array("not json".utf8))
    #expect(try state.run(["progress", "--reset", "--yes"]).status == 0)
    #expect(try state.run(["progress"]).status == 0)
  }

  @Test(
    ToolRunner.onTerminal,
    arguments: [("y\n", true), ("n\n", false), ("\n", false)])
  func resetAsksOnATerminal(answer: String, clears: Bool) throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python"]).status == 0)
    let output = try ToolRunner.runOnTerminal(
      ["progress", "--reset"], environment: ["XDG_STATE_HOME": state.url.path], input: answer
    ).stdout
    #expect(output.contains("Clear every mark in \(state.progressPath)? [y/N]"))
    #expect(try state.marks().isEmpty == clears)
  }

  @Test(ToolRunner.onTerminal)
  func terminalShowsColouredBarsThatFit() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python", "statistics"]).status == 0)
    let result = try ToolRunner.runOnTerminal(
      ["progress"], columns: 70, environment: ["XDG_STATE_HOME": state.url.path])
    #expect(result.stdout.contains("█"))
    #expect(result.stdout.contains("\u{1B}["))
    let plain = result.stdout.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(plain.split(separator: "\n").allSatisfy { $0.count <= 70 })
  }
}
