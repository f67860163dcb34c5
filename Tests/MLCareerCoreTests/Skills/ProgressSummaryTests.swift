import Testing

@testable import GuideModel
@testable import MLCareerCore

@Suite struct ProgressSummaryTests {
  private let catalog: SkillCatalog

  init() throws {
    catalog = EmbeddedData.skillCatalog
  }

  @Test func skippedSkillsLeaveTheTotal() {
    let math = catalog.skills(in: "mathematics").map(\.id)
    #expect(math.count == 4)
    let state = ProgressState(marks: [math[0]: .done, math[1]: .skipped, math[2]: .learning])
    let summary = ProgressSummary(catalog: catalog, state: state)
    let tally = summary.groups.first { $0.group.id == "mathematics" }!.tally
    #expect(tally.total == 4)
    #expect(tally.counted == 3)
    #expect(tally.done == 1 && tally.learning == 1 && tally.todo == 1 && tally.skipped == 1)
    #expect(tally.percent == 33)
    #expect(summary.overall.total == catalog.skills.count)
    #expect(summary.overall.counted == catalog.skills.count - 1)
    #expect(summary.overall.percent == 100 / (catalog.skills.count - 1))
  }

  @Test(arguments: [
    (done: 0, skipped: 0, todo: 4, percent: 0 as Int?),
    (done: 2, skipped: 0, todo: 2, percent: 50),
    (done: 2, skipped: 2, todo: 0, percent: 100),
    (done: 1, skipped: 1, todo: 1, percent: 50),
    (done: 2, skipped: 0, todo: 1, percent: 66),
    (done: 0, skipped: 3, todo: 0, percent: nil),
    (done: 0, skipped: 0, todo: 0, percent: nil),
  ])
  func percentIsDoneOverCountedRoundedDown(done: Int, skipped: Int, todo: Int, percent: Int?) {
    let tally = ProgressSummary.Tally(done: done, learning: 0, skipped: skipped, todo: todo)
    #expect(tally.percent == percent)
  }

  @Test func everythingDoneOrSkippedIsAHundred() {
    var marks: [String: SkillState] = [:]
    for (index, skill) in catalog.skills.enumerated() {
      marks[skill.id] = index.isMultiple(of: 3) ? .skipped : .done
    }
    let summary = ProgressSummary(catalog: catalog, state: ProgressState(marks: marks))
    #expect(summary.overall.percent == 100)
    #expect(summary.next.isEmpty)
  }

  @Test func nextStepsAreThePlansFirstBeingLearnedThenCoreMostMentioned() {
    let state = ProgressState(marks: ["python": .done, "keras": .learning, "java": .skipped])
    let place = SkillMentions.Place(path: "t", command: nil, excerpt: "")
    let mentions = SkillMentions(places: ["r": [place, place], "cpp": [place]])
    let plan = LearningPlan(catalog: catalog, state: state, mentions: mentions)
    let summary = ProgressSummary(catalog: catalog, state: state, plan: plan)
    #expect(summary.next.count == 5)
    #expect(summary.next.prefix(3).map(\.skill.id) == ["keras", "r", "cpp"])
    #expect(
      summary.next.prefix(3).map(\.reason) == [
        "being learned; core; mentioned in no topic", "core; mentioned in 2 places",
        "core; mentioned in 1 place",
      ])
  }

  @Test func unknownIdsAreListed() {
    let state = ProgressState(marks: ["python": .done, "zz-old": .done, "aa-gone": .skipped])
    let summary = ProgressSummary(catalog: catalog, state: state)
    #expect(summary.unknownIDs == ["aa-gone", "zz-old"])
    // Unknown ids count nowhere.
    #expect(summary.overall.done == 1)
    #expect(summary.overall.skipped == 0)
  }
}
