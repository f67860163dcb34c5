import Foundation
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// The progress file's version 2 (dated marks with notes) and the upgrade of version 1 files.
@Suite struct ProgressFormatTests {
  @Test func aVersionOneFileIsReadAsUndatedMarksAndUpgradedWithoutLoss() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      Array(#"{"version": 1, "skills": {"python": "done", "gone": "learning", "r": "todo"}}"#.utf8),
      to: "progress.json")
    let store = ProgressStore(path: path)
    #expect(try store.read().entries == ["python": .init(.done), "gone": .init(.learning)])
    try store.update { $0.set(.done, for: "pytorch", date: "2026-12-06", note: "tutorial") }
    let text = String(decoding: try folder.bytes(of: "progress.json"), as: UTF8.self)
    #expect(
      text == """
        {
          "version": 2,
          "skills": {
            "gone": {"state":"learning"},
            "python": {"state":"done"},
            "pytorch": {"state":"done","date":"2026-12-06","note":"tutorial"}
          }
        }

        """)
  }

  @Test func datesAreKeptUntilTheStateChangesAndNotesUntilReplaced() {
    var state = ProgressState()
    state.set(.learning, for: "keras", date: "2026-11-01", note: "course")
    state.set(.learning, for: "keras", date: "2026-11-20")
    #expect(state.mark(of: "keras") == .init(.learning, date: "2026-11-01", note: "course"))
    state.set(.done, for: "keras", date: "2026-12-06")
    #expect(state.mark(of: "keras") == .init(.done, date: "2026-12-06", note: "course"))
    state.set(.done, for: "keras", date: "2026-12-07", note: "")
    #expect(state.mark(of: "keras") == .init(.done, date: "2026-12-06"))
    var old = ProgressState(marks: ["python": .done])
    old.set(.done, for: "python", date: "2026-12-06")
    #expect(old.mark(of: "python")?.date == "2026-12-06")
  }

  @Test func marksRoundTripWithAnyNoteText() throws {
    var state = ProgressState()
    state.set(.done, for: "python", date: "2026-01-31", note: "quote \" slash \\ tab\t\u{1B}[31m é")
    state.set(.skipped, for: "r", date: "2025-12-01")
    #expect(try ProgressState(json: state.json(), path: "p") == state)
  }

  static let refused: [(text: String, message: String)] = [
    (#"{"version": 2, "skills": {"python": "done"}}"#, "expected an object"),
    (#"{"version": 2, "skills": {"python": {"date": "2026-12-06"}}}"#, "missing field 'state'"),
    (
      #"{"version": 2, "skills": {"python": {"state": "done", "date": "6/12/2026"}}}"#,
      "the date '6/12/2026' of 'python' is not YYYY-MM-DD"
    ),
    (
      #"{"version": 2, "skills": {"python": {"state": "done", "date": "2026-13-01"}}}"#,
      "is not YYYY-MM-DD"
    ),
    (
      #"{"version": 2, "skills": {"python": {"state": "done", "mood": "happy"}}}"#,
      "mood"
    ),
    (
      #"{"version": 2, "skills": {"python": {"state": "done", "note": ""#
        + String(repeating: "x", count: 1001) + #""}}}"#,
      "the note of 'python' is longer than 1000 characters"
    ),
  ]

  @Test(arguments: refused)
  func aBrokenVersionTwoMarkIsReportedWithItsPlace(text: String, message: String) {
    #expect {
      try ProgressState(json: text, path: "state/progress.json")
    } throws: { error in
      let description = "\(error)"
      return description.hasPrefix("state/progress.json:1:") && description.contains(message)
    }
  }

  @Test func historyCountsDoneSkillsByMonthAndWeekWithEmptyPeriods() throws {
    var state = ProgressState()
    state.set(.done, for: "python", date: "2026-09-30")
    state.set(.done, for: "r", date: "2026-12-01")
    state.set(.done, for: "java", date: "2026-12-06")
    state.set(.learning, for: "keras", date: "2026-12-06")
    let history = ProgressHistory(state: state, catalog: EmbeddedData.skillCatalog)
    #expect(
      history.doneCounts(by: .month).map { "\($0.label) \($0.count)" } == [
        "2026-09 1", "2026-10 0", "2026-11 0", "2026-12 2",
      ])
    let weeks = history.doneCounts(by: .week)
    #expect(weeks.first?.label == "2026-09-28")
    #expect(weeks.last.map { "\($0.label) \($0.count)" } == "2026-11-30 2")
    #expect(history.dated.map(\.id) == ["java", "keras", "r", "python"])
  }

  @Test func farApartDatesChartOnlyTheLatestPeriods() throws {
    var state = ProgressState()
    state.set(.done, for: "a", date: "0001-01-01")
    state.set(.done, for: "b", date: "9999-12-31")
    let history = ProgressHistory(state: state, catalog: EmbeddedData.skillCatalog)
    #expect(history.doneCounts(by: .month).count == ProgressHistory.periodLimit)
    #expect(history.doneCounts(by: .week).count == ProgressHistory.periodLimit)
  }
}
