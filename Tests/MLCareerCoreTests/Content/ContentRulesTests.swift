import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

/// The three record files and the manifest break the same rule with the same words, in the
/// one `path:line:column: error: message` form, at the path the caller gave.
@Suite struct ContentRulesTests {
  /// The kinds of content file, each with a one-record fixture whose id, text and year vary.
  enum Kind: String, CaseIterable {
    case salaries, skills, market, manifest

    func text(id: String = "x", text: String = "T", year: String = "2024", version: Int = 1)
      -> String
    {
      switch self {
      case .salaries:
        return """
          {"schemaVersion": \(version), "footnote": "F", "dimensions": [{"id": "city", "title": "C"}],
          "records": [{"id": "\(id)", "dimension": "city", "label": "\(text)", "role": "R",
          "kind": "noFigure", "currency": "USD", "year": \(year), "source": "s"}]}
          """
      case .skills:
        return """
          {"schemaVersion": \(version), "groups": [{"id": "g", "name": "G", "summary": "S"}],
          "skills": [{"id": "\(id)", "name": "\(text)", "group": "g", "level": "core", "note": "N",
          "sources": ["s"]}]}
          """
      case .market:
        return """
          {"schemaVersion": \(version), "figures": [{"id": "\(id)", "label": "\(text)",
          "kind": "count", "value": 1, "year": \(year), "topic": "t", "source": "s"}]}
          """
      case .manifest:
        return """
          {"edition": "1", "sources": [{"id": "\(id)", "title": "\(text)", "description": "D",
          "year": \(year)}], "topics": []}
          """
      }
    }

    /// Loads `text` as this kind of file shown under the folder `folder`.
    func load(_ text: String, folder: String) throws {
      switch self {
      case .salaries: _ = try SalaryLoader.load(text, file: folder + "/salaries.json")
      case .skills: _ = try SkillLoader.load(text, file: folder + "/skills.json")
      case .market: _ = try MarketFigureLoader.load(text, file: folder + "/market.json")
      case .manifest: _ = try Guide(manifest: text, folder: folder) { _ in nil }
      }
    }

    /// The error loading `text` prints, or `loaded`.
    func error(_ text: String, folder: String = "my pack") -> String {
      do {
        try load(text, folder: folder)
        return "loaded"
      } catch {
        return String(describing: error)
      }
    }

    /// The text field the fixture's `text` fills.
    var textField: String {
      switch self {
      case .salaries, .market: "label"
      case .skills: "name"
      case .manifest: "title"
      }
    }

    var file: String {
      switch self {
      case .salaries: "salaries.json"
      case .skills: "skills.json"
      case .market: "market.json"
      case .manifest: "guide.json"
      }
    }
  }

  @Test(arguments: Kind.allCases)
  func theSameRuleReadsTheSameInEveryFile(kind: Kind) {
    #expect(kind.error(kind.text()) == "loaded")
    let path = "my pack/" + kind.file
    let badID = kind.error(kind.text(id: "Not An Id"))
    #expect(badID.hasPrefix(path + ":"), "\(badID)")
    #expect(
      badID.hasSuffix(
        ": error: 'id' must be lowercase letters and digits joined by hyphens, such as "
          + "'ml-market-2023'; found 'Not An Id'"), "\(badID)")
    let empty = kind.error(kind.text(text: " "))
    #expect(empty.hasSuffix(": error: '\(kind.textField)' must not be empty"), "\(empty)")
    let year = kind.error(kind.text(year: "24"))
    if kind != .skills {
      #expect(
        year.hasSuffix(": error: 'year' 24 is not a plausible year (expected 1900–2100)"),
        "\(year)")
    }
  }

  @Test(arguments: [Kind.salaries, .skills, .market])
  func schemaVersionIsCheckedAlikeEverywhere(kind: Kind) {
    let error = kind.error(kind.text(version: 2), folder: "Data")
    #expect(error.hasPrefix("Data/\(kind.file):1:19: error: "), "\(error)")
    #expect(error.hasSuffix("unsupported schemaVersion 2; this version of mlcareer reads 1"))
  }

  @Test func everyContentErrorPrintsInTheCompilerForm() {
    let location = SourceLocation(file: "p/topics/a.md", line: 3, column: 4)
    let errors: [ContentError] = [
      .missingFile("p/skills.json"), .missingTopicFile("topics/a.md", listedAt: location),
      .unreadable("p/a.md", reason: "not UTF-8"), .missingTitle(location),
      .missingSummary(location), .secondTitle(location), .emptySection("A", location),
      .duplicateSection("a", location, first: location),
      .json(.invalidValue("bad", at: location)),
    ]
    for error in errors {
      let text = error.description
      #expect(text == "\(error.location): error: \(error.message)")
      #expect(text.hasPrefix("p/"), "\(text)")
      #expect(!text.hasPrefix("error:"))
    }
  }
}
