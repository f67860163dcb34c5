import Foundation

@testable import GuideModel
@testable import MLCareerCore

/// Made-up skills and salary figures under `Fixtures/`, for the golden files of the renderers:
/// they change only when a renderer does, never when the guide's content is edited.
enum FixtureContent {
  /// The folder holding the fixture files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The text of fixture file `name`.
  static func text(_ name: String) -> String {
    // A missing fixture is a broken checkout; fail loudly.
    try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// `Fixtures/skills.json`: three groups of made-up skills.
  static let skills = try! SkillLoader.load(text("skills.json"), file: "Fixtures/skills.json")

  /// `Fixtures/salaries.json`: three dimensions, one record of every kind.
  static let salaries = try! SalaryLoader.load(
    text("salaries.json"), file: "Fixtures/salaries.json")
}

extension ProgressState {
  /// A state with undated marks, as a version 1 file gives them.
  init(marks: [String: SkillState]) {
    self.init(entries: marks.mapValues { Mark($0) })
  }

  /// The states of the marked skills by id.
  var marks: [String: SkillState] { entries.mapValues(\.state) }
}

extension Money: ExpressibleByIntegerLiteral {
  /// An amount with no currency written, as `--min 120000` gives it.
  public init(integerLiteral amount: Int) { self.init(amount) }
}
