import TestSupport
import Testing

@testable import JSON
@testable import MLCareerCore

@Suite struct ProgressRendererTests {
  private let summary: ProgressSummary

  init() throws {
    let state = ProgressState(marks: [
      "python": .done, "java": .learning, "c": .skipped, "r": .skipped, "linear-algebra": .done,
      "calculus": .done, "probability": .done, "statistics": .done, "tensorflow": .done,
      "communication": .done, "retired-skill": .done,
    ])
    summary = ProgressSummary(catalog: try SkillCatalog.embedded(), state: state)
  }

  @Test(arguments: [40, 60, 80, 120])
  func textFitsTheWidth(width: Int) throws {
    let text = ProgressRenderer.text(summary, options: .plain(width: width))
    for line in text.split(separator: "\n") {
      #expect(line.unicodeScalars.count <= width, "too wide: \(line)")
    }
    try Snapshot.expect(text, matches: "Skills/progress-\(width).txt")
  }

  @Test func textShowsPercentCountsAndNextSkills() {
    let text = ProgressRenderer.text(summary, options: .plain(width: 100))
    let lines = text.split(separator: "\n").map(String.init)
    let math = lines.first { $0.hasPrefix("Mathematics and statistics") }
    #expect(math?.hasSuffix("[##############################]  100%  4/4") == true)
    // Programming: python done of 11 with C and R skipped: 1/9, 11%.
    let programming = lines.first { $0.hasPrefix("Programming and software practice") }
    #expect(programming?.contains("  11%  1/9") == true)
    #expect(programming?.hasSuffix("1/9   2 skipped") == true)
    let total = try! SkillCatalog.embedded().skills.count
    #expect(lines.contains { $0.hasPrefix("Overall") && $0.contains("   7%  7/\(total - 2)") })
    #expect(
      lines.contains("7 done, 1 being learned, \(total - 10) to do; 2 skipped skills do not count.")
    )
    #expect(lines.contains { $0.hasPrefix("  [~] Java") && $0.hasSuffix("java") })
    #expect(
      lines.last == "Kept in the progress file, but not skills of this edition: retired-skill")
  }

  @Test func terminalBarsUseBlocks() {
    let text = ProgressRenderer.text(
      summary, options: RenderOptions(width: 100, color: false, isTerminal: true))
    #expect(text.contains("[██████████████████████████████]  100%"))
    #expect(!text.contains("#"))
  }

  @Test func jsonCarriesTheArithmetic() throws {
    let json = ProgressRenderer.json(summary)
    let root = try JSONParser.parse(json, file: "out.json").object()
      .fields(allowed: ["overall", "groups", "next", "unknown"])
    let overall = try root.object("overall").fields(allowed: [
      "done", "learning", "skipped", "todo", "total", "counted", "percent",
    ])
    #expect(try overall.int("done") == 7)
    #expect(try overall.int("skipped") == 2)
    #expect(try overall.int("counted") == overall.int("total") - 2)
    #expect(try root.array("unknown").map { try $0.string() } == ["retired-skill"])
    #expect(
      try root.array("next").first?.object().fields(allowed: ["id", "name", "state"]).string("id")
        == "java")
  }
}
