import TestSupport
import Testing

@testable import JSON
@testable import MLCareerCore

/// The progress summary over the fixture catalog (`Fixtures/skills.json`), so the golden files
/// change only when the renderer does.
@Suite struct ProgressRendererTests {
  private static let state = ProgressState(marks: [
    "quill": .done, "sable": .learning, "tern": .skipped, "wren": .skipped,
    "gradient-methods": .done, "model-checking": .done, "feature-craft": .done,
    "listening": .done, "retired-skill": .done,
  ])
  private let summary = ProgressSummary(
    catalog: FixtureContent.skills, state: state,
    plan: LearningPlan(
      catalog: FixtureContent.skills, state: state, mentions: SkillMentions(places: [:])))

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
    let modelling = lines.first { $0.hasPrefix("Modelling") }
    #expect(modelling?.hasSuffix("]  100%  3/3") == true)
    #expect(modelling?.contains("[#") == true && modelling?.contains(".") == false)
    // Languages: quill done of four, tern and wren skipped: 1/2, 50%.
    let languages = lines.first { $0.hasPrefix("Languages of the workshop") }
    #expect(languages?.hasSuffix("]   50%  1/2  2 skipped") == true)
    #expect(lines.contains { $0.hasPrefix("Overall") && $0.hasSuffix("   71%  5/7  2 skipped") })
    #expect(lines.contains("5 done, 1 being learned, 1 to do; 2 skipped skills do not count."))
    #expect(lines.contains { $0.hasPrefix("  [~] Sable") && $0.hasSuffix("sable") })
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
    let json = JSONWriter.render(ProgressRenderer.output(summary)) + "\n"
    let root = try JSONParser.parse(json, file: "out.json").object()
      .fields(allowed: ["overall", "groups", "next", "unknown", "marks"])
    let overall = try root.object("overall").fields(allowed: [
      "done", "learning", "skipped", "todo", "total", "counted", "percent",
    ])
    #expect(try overall.int("done") == 5)
    #expect(try overall.int("skipped") == 2)
    #expect(try overall.int("counted") == overall.int("total") - 2)
    #expect(try root.array("unknown").map { try $0.string() } == ["retired-skill"])
    #expect(
      try root.array("next").first?.object().fields(allowed: ["id", "name", "state", "reason"])
        .string("id")
        == "sable")
  }
}
