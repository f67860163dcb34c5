import TerminalText
import TestSupport
import Testing

@testable import CommandLineKit
@testable import GuideModel
@testable import JSON
@testable import MLCareerCore
@testable import TextSupport

/// The checklist over the fixture catalog (`Fixtures/skills.json`), so the golden files change
/// only when the renderer does.
@Suite struct ChecklistRendererTests {
  private let catalog = FixtureContent.skills
  private let state = ProgressState(marks: [
    "quill": .done, "sable": .learning, "tern": .skipped, "gradient-methods": .done,
    "feature-craft": .done, "model-checking": .learning, "retired-skill": .done,
  ])

  private func checklist(_ filter: Checklist.Filter = .all) -> Checklist {
    Checklist(catalog: catalog, state: state, groupIDs: ["languages", "modelling"], filter: filter)
  }

  @Test func textMarksEachStateAndCountsPerGroup() throws {
    let text = ChecklistRenderer.text(checklist(), options: .plain())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("  [x] Quill"))
    #expect(lines.contains("  [~] Sable"))
    #expect(lines.contains("  [-] Tern"))
    #expect(lines.contains("  [ ] Wren"))
    // 1 done of 4 languages, Tern skipped: 1/3.
    #expect(lines.first == "Languages of the workshop  1/3")
    #expect(lines.contains("Modelling  2/3"))
    try Snapshot.expect(text, matches: "Skills/checklist.txt")
  }

  @Test func markdownIsAGitHubTaskList() throws {
    let markdown = ChecklistRenderer.markdown(checklist())
    #expect(markdown.hasPrefix("## Languages of the workshop (1/3)\n\n- [x] Quill\n"))
    #expect(markdown.contains("\n- [ ] Sable *(learning)*\n"))
    #expect(markdown.contains("\n- [ ] ~~Tern~~ *(skipped)*\n"))
    #expect(markdown.contains("\n- [ ] Wren\n"))
    try Snapshot.expect(markdown, matches: "Skills/checklist.md")
  }

  @Test func jsonHasIdsNamesGroupsAndStates() throws {
    let json = JSONWriter.render(ChecklistRenderer.output(checklist())) + "\n"
    let value = try JSONParser.parse(json, file: "out.json").object()
      .fields(allowed: ["groups", "skills"])
    let skills = try value.array("skills").map { item in
      let fields = try item.object().fields(allowed: ["id", "name", "group", "level", "state"])
      return try [fields.string("id"), fields.string("group"), fields.string("state")]
    }
    #expect(skills.contains(["quill", "languages", "done"]))
    #expect(skills.contains(["model-checking", "modelling", "learning"]))
    #expect(skills.contains(["tern", "languages", "skipped"]))
    #expect(skills.contains(["wren", "languages", "todo"]))
    #expect(
      skills.count == catalog.skills(in: "languages").count
        + catalog.skills(in: "modelling").count)
    try Snapshot.expect(json, matches: "Skills/checklist.json")
  }

  @Test func todoFilterKeepsWhatIsLeftToLearn() {
    let items = checklist(.todo).sections.flatMap(\.items)
    #expect(items.allSatisfy { $0.state == .todo || $0.state == .learning })
    #expect(items.contains { $0.skill.id == "sable" })
    #expect(!items.contains { $0.skill.id == "quill" || $0.skill.id == "tern" })
  }

  @Test func doneFilterDropsGroupsWithNothingDone() {
    let checklist = Checklist(catalog: catalog, state: state, filter: .done)
    #expect(checklist.sections.map(\.group.id) == ["languages", "modelling"])
    #expect(
      checklist.sections.flatMap(\.items).map(\.skill.id)
        == ["quill", "gradient-methods", "feature-craft"])
    // The count still covers the whole group.
    #expect(checklist.sections[1].tally.counted == catalog.skills(in: "modelling").count)
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
    #expect(coloured.contains("\u{1B}[32m[x]\u{1B}[0m Quill"))
  }
}
