import TestSupport
import Testing

@testable import JSON
@testable import MLCareerCore

@Suite struct ChecklistRendererTests {
  private let catalog: SkillCatalog
  private let state = ProgressState(marks: [
    "python": .done, "java": .learning, "c": .skipped, "tensorflow": .done, "keras": .done,
    "pytorch": .learning, "retired-skill": .done,
  ])

  init() throws {
    catalog = try SkillCatalog.embedded()
  }

  private func checklist(_ filter: Checklist.Filter = .all) -> Checklist {
    Checklist(
      catalog: catalog, state: state, groupIDs: ["programming", "frameworks"], filter: filter)
  }

  @Test func textMarksEachStateAndCountsPerGroup() throws {
    let text = ChecklistRenderer.text(checklist(), options: .plain())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("  [x] Python"))
    #expect(lines.contains("  [~] Java"))
    #expect(lines.contains("  [-] C"))
    #expect(lines.contains("  [ ] C++"))
    // 1 done of 11 programming skills, C skipped: 1/10.
    #expect(lines.first == "Programming and software practice  1/10")
    try Snapshot.expect(text, matches: "Skills/checklist.txt")
  }

  @Test func markdownIsAGitHubTaskList() throws {
    let markdown = ChecklistRenderer.markdown(checklist())
    #expect(markdown.hasPrefix("## Programming and software practice (1/10)\n\n- [x] Python\n"))
    #expect(markdown.contains("\n- [ ] Java *(learning)*\n"))
    #expect(markdown.contains("\n- [ ] ~~C~~ *(skipped)*\n"))
    #expect(markdown.contains("\n- [ ] C++\n"))  // `+` needs no escape in a task list item
    try Snapshot.expect(markdown, matches: "Skills/checklist.md")
  }

  @Test func jsonHasIdsNamesGroupsAndStates() throws {
    let json = ChecklistRenderer.json(checklist())
    let value = try JSONParser.parse(json, file: "out.json").object()
      .fields(allowed: ["groups", "skills"])
    let skills = try value.array("skills").map { item in
      let fields = try item.object().fields(allowed: ["id", "name", "group", "level", "state"])
      return try [fields.string("id"), fields.string("group"), fields.string("state")]
    }
    #expect(skills.contains(["python", "programming", "done"]))
    #expect(skills.contains(["pytorch", "frameworks", "learning"]))
    #expect(skills.contains(["c", "programming", "skipped"]))
    #expect(skills.contains(["cpp", "programming", "todo"]))
    #expect(
      skills.count == catalog.skills(in: "programming").count
        + catalog.skills(in: "frameworks").count)
    try Snapshot.expect(json, matches: "Skills/checklist.json")
  }

  @Test func todoFilterKeepsWhatIsLeftToLearn() {
    let items = checklist(.todo).sections.flatMap(\.items)
    #expect(items.allSatisfy { $0.state == .todo || $0.state == .learning })
    #expect(items.contains { $0.skill.id == "java" })
    #expect(!items.contains { $0.skill.id == "python" || $0.skill.id == "c" })
  }

  @Test func doneFilterDropsGroupsWithNothingDone() {
    let checklist = Checklist(catalog: catalog, state: state, filter: .done)
    #expect(checklist.sections.map(\.group.id) == ["programming", "frameworks"])
    #expect(
      checklist.sections.flatMap(\.items).map(\.skill.id) == ["python", "tensorflow", "keras"])
    // The count still covers the whole group.
    #expect(checklist.sections[1].tally.counted == catalog.skills(in: "frameworks").count)
  }

  @Test func emptyStateShowsEverySkillToDo() {
    let checklist = Checklist(catalog: catalog, state: ProgressState())
    #expect(checklist.sections.count == catalog.groups.count)
    #expect(checklist.sections.flatMap(\.items).count == catalog.skills.count)
    #expect(Checklist(catalog: catalog, state: ProgressState(), filter: .done).isEmpty)
  }

  @Test func colourOnlyWhenAsked() {
    let plain = ChecklistRenderer.text(checklist(), options: .plain())
    let coloured = ChecklistRenderer.text(
      checklist(), options: RenderOptions(width: 80, color: true, isTerminal: true))
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[32m[x]\u{1B}[0m Python"))
  }
}
