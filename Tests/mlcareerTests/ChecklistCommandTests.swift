import Foundation
import Testing

@Suite struct ChecklistCommandTests {
  @Test func markdownIsATaskListToPaste() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python"]).status == 0)
    let result = try state.run(["checklist", "programming", "--format", "markdown"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "## Programming and software practice (1/11)\n\n- [x] Python\n- [ ] Java\n"))
    let items = result.stdout.split(separator: "\n").filter { $0.hasPrefix("- [") }
    #expect(items.count == 11)
  }

  @Test func todoAndDoneFilter() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "python", "keras"]).status == 0)
    #expect(try state.run(["check", "--learning", "java"]).status == 0)
    let done = try state.run(["checklist", "--done"]).stdout
    #expect(
      done.split(separator: "\n").filter { $0.hasPrefix("  [") } == ["  [x] Python", "  [x] Keras"])
    let todo = try state.run(["checklist", "--todo", "languages"]).stdout
    #expect(todo.contains("  [~] Java"))
    #expect(!todo.contains("Python"))
  }

  @Test func nothingDoneYetSaysSo() throws {
    let result = try StateFolder().run(["checklist", "--done"])
    #expect(result.status == 0)
    #expect(
      result.stdout == "Nothing is marked done yet. Mark a skill with 'mlcareer check <id>'.\n")
  }

  @Test func jsonGivesIdsNamesGroupsAndStates() throws {
    let state = try StateFolder()
    #expect(try state.run(["check", "--skip", "c"]).status == 0)
    let result = try state.run(["checklist", "--format", "json"])
    let root = try #require(
      try result.json() as? [String: Any])
    let skills = try #require(root["skills"] as? [[String: String]])
    let c = try #require(skills.first { $0["id"] == "c" })
    #expect(
      c.filter { $0.key != "date" } == [
        "id": "c", "name": "C", "group": "programming", "level": "core", "state": "skipped",
      ])
    #expect(c["date"]?.count == 10)
    #expect(skills.filter { $0["state"] == "todo" }.count == skills.count - 1)
  }

  @Test func anUnknownGroupIsAnError() throws {
    let typo = try StateFolder().run(["checklist", "programing"])
    #expect(typo.status == 1)
    #expect(typo.stderr.contains("Did you mean 'programming'?"))
  }
}
