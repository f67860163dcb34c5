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
    let json = ChecklistRenderer.json(checklist())
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

  /// Names the direct line takes and names it leaves to the wrapper (spaces at an end or
  /// doubled, other than printable ASCII, too wide, empty), at widths that fit and do not.
  static let lineCases: [(name: String, width: Int, direct: Bool)] = [
    ("Python", 80, true), ("Python", 12, true), ("Python", 11, false),
    ("Machine learning systems design", 80, true), ("Machine learning systems design", 20, false),
    ("  Leading", 80, false), ("Trailing ", 80, false), ("Two  spaces", 80, false),
    ("Café au lait", 80, false), ("Tab\there", 80, false), ("", 80, false), ("A", 7, true),
    ("A", 6, false),
  ]

  @Test(arguments: lineCases)
  func aLineWrittenDirectlyIsTheLineTheWrapperMakes(name: String, width: Int, direct: Bool) {
    let options = RenderOptions.plain(width: width)
    for state in [SkillState.todo, .done, .learning, .skipped] {
      let skill = Skill(
        id: "s", name: name, group: "g", level: .core, note: "", aliases: [], sources: [],
        location: SourceLocation(file: "skills.json", line: 1, column: 1))
      let item = Checklist.Item(skill: skill, state: state)
      var output = OutputBuffer()
      let wrapped = ChecklistRenderer.lines(for: item, options: options)
        .map { $0 + "\n" }.joined()
      let written = ChecklistRenderer.appendPlainLine(for: item, width: width, to: &output)
      #expect(written == direct, "\(state) \(name) at \(width)")
      if written {
        #expect(output.string == wrapped, "\(state) \(name) at \(width)")
      } else {
        #expect(output.isEmpty)
      }
    }
  }

  @Test(arguments: [80, 24, 12, 4])
  func textIsEachGroupsHeadingAndItsItemsLines(width: Int) {
    // What text wrote as lines joined before it wrote into one buffer: the reference.
    for options in [
      RenderOptions.plain(width: width), RenderOptions(width: width, color: true, isTerminal: true),
    ] {
      let expected = checklist().sections.map { section in
        ([
          TextStyle.heading.apply(section.group.name, color: options.color) + "  "
            + TextStyle.note.apply(
              "\(section.tally.done)/\(section.tally.counted)", color: options.color)
        ] + section.items.flatMap { ChecklistRenderer.lines(for: $0, options: options) })
        .joined(separator: "\n") + "\n"
      }.joined(separator: "\n")
      #expect(ChecklistRenderer.text(checklist(), options: options) == expected)
    }
  }
}
