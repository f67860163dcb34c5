import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

@Suite struct SkillLoaderTests {
  /// A small valid file the error cases below break one field at a time.
  private func document(skills: String, groups: String? = nil, version: Int = 1) -> String {
    let groupList =
      groups
        ?? """
        {"id": "programming", "name": "Programming", "aliases": ["languages"], "summary": "Code."}
        """
    return """
      {
        "schemaVersion": \(version),
        "groups": [
          \(groupList)
        ],
        "skills": [
          \(skills)
        ]
      }
      """
  }

  private let python = """
    {"id": "python", "name": "Python", "group": "programming", "level": "core", "note": "A language.", "sources": ["career-notes"]}
    """

  /// The loader's error text, or a note that it loaded.
  private func error(_ text: String) -> String {
    do {
      _ = try SkillLoader.load(text, file: "Data/skills.json")
      return "loaded"
    } catch {
      return error.description
    }
  }

  @Test func embeddedCatalogHasEverySkillInItsGroup() throws {
    let catalog = EmbeddedData.skillCatalog
    #expect(catalog.skills.count >= 40)
    #expect(catalog.groups.count >= 9)
    for group in catalog.groups {
      #expect(!catalog.skills(in: group.id).isEmpty, "group \(group.id) is empty")
    }
    // Skills come out grouped, in the groups' order.
    let groupOrder = catalog.skills.map { skill in
      catalog.groups.firstIndex { $0.id == skill.group }!
    }
    #expect(groupOrder == groupOrder.sorted())
  }

  @Test func embeddedCatalogNamesWhatTheIssueAsksFor() throws {
    let catalog = EmbeddedData.skillCatalog
    for id in [
      "python", "pytorch", "tensorflow", "scikit-learn", "keras", "mlops", "explainable-ai",
      "communication", "aws", "azure", "google-cloud", "apache-spark", "hadoop", "r", "java",
      "cpp", "scala", "linear-algebra", "large-language-models", "ethical-ai",
    ] {
      #expect(catalog.skill(id) != nil, "no skill '\(id)'")
    }
    #expect(catalog.skill("python")?.level == .core)
    #expect(catalog.skill("explainable-ai")?.level == .emerging)
  }

  @Test func everySkillCitesAKnownSource() throws {
    let catalog = EmbeddedData.skillCatalog
    let guide = try #require(EmbeddedData.contents(of: "guide.json"))
    let sources = try JSONParser.parse(guide, file: "guide.json").object()
      .fields(allowed: ["edition", "sources", "topics"]).array("sources")
      .map { try $0.object().fields(allowed: ["id", "title", "description", "year"]).string("id") }
    for skill in catalog.skills {
      for source in skill.sources {
        #expect(sources.contains(source), "\(skill.id) cites unknown source \(source)")
      }
    }
  }

  @Test func loadsAValidFile() throws {
    let catalog = try SkillLoader.load(document(skills: python), file: "Data/skills.json")
    let skill = try #require(catalog.skill("python"))
    #expect(skill.name == "Python")
    #expect(skill.group == "programming")
    #expect(skill.level == .core)
    #expect(skill.aliases.isEmpty)
    #expect(skill.location == SourceLocation(file: "Data/skills.json", line: 7, column: 5))
    #expect(catalog.group("programming")?.aliases == ["languages"])
  }

  @Test(arguments: [
    (
      #"{"id": "Python", "name": "Python", "group": "programming", "level": "core", "note": "x", "sources": ["s"]}"#,
      "Data/skills.json:7:12: error: 'id' must be lowercase letters and digits joined by hyphens, such as 'ml-market-2023'; found 'Python'"
    ),
    (
      #"{"id": "python", "name": "Python", "group": "programming", "level": "basic", "note": "x", "sources": ["s"]}"#,
      "Data/skills.json:7:73: error: unknown level 'basic'; expected one of: core, desirable, emerging"
    ),
    (
      #"{"id": "python", "name": "Python", "group": "programming", "level": "core", "note": "x", "sources": []}"#,
      "Data/skills.json:7:105: error: a skill names at least one source document"
    ),
    (
      #"{"id": "python", "name": "Python", "group": "programing", "level": "core", "note": "x", "sources": ["s"]}"#,
      "Data/skills.json:7:49: error: unknown group 'programing'; did you mean 'programming'?"
    ),
    (
      #"{"id": "python", "name": "Python", "group": "programming", "level": "core", "sources": ["s"]}"#,
      "Data/skills.json:7:5: error: missing field 'note'"
    ),
    (
      #"{"id": "python", "name": "Python", "group": "programming", "level": "core", "note": " ", "sources": ["s"]}"#,
      "Data/skills.json:7:89: error: 'note' must not be empty"
    ),
  ])
  func rejectsABadSkillWithItsPosition(skill: String, expected: String) {
    #expect(error(document(skills: skill)) == expected)
  }

  @Test func rejectsADuplicateSkill() {
    let text = document(skills: python + ",\n    " + python)
    #expect(
      error(text)
        == "Data/skills.json:8:5: error: duplicate skill id 'python' (first defined at line 7, column 5)"
    )
  }

  @Test func rejectsANameTwoSkillsAnswerTo() {
    let other = """
      {"id": "py", "name": "Py", "aliases": ["PYTHON"], "group": "programming", "level": "core", "note": "x", "sources": ["s"]}
      """
    #expect(
      error(document(skills: python + ",\n    " + other))
        == "Data/skills.json:8:5: error: the name 'PYTHON' of 'py' is already used by 'python' (line 7)"
    )
  }

  @Test func rejectsAGroupWithoutSkills() {
    let groups = """
      {"id": "programming", "name": "Programming", "summary": "Code."},
          {"id": "soft", "name": "Soft", "summary": "People."}
      """
    #expect(
      error(document(skills: python, groups: groups))
        == "Data/skills.json:5:5: error: the group 'soft' has no skills")
  }

  @Test func rejectsAnotherSchemaVersion() {
    let text = document(skills: python, version: 2)
    #expect(
      error(text)
        == "Data/skills.json:2:20: error: unsupported schemaVersion 2; this version of mlcareer reads 1"
    )
  }

  /// Thousands of skills, as a generated pack may hold, all load, in order. (That their cost
  /// grows linearly, the benchmark's pathological section checks.)
  @Test func thousandsOfSkillsLoadInOrder() throws {
    let skills = (0..<4_000).map { index in
      #"{"id": "s\#(index)", "name": "Skill \#(index)", "group": "programming", "level": "core", "#
        + #""note": "A note.", "sources": ["career-notes"]}"#
    }
    let text = document(skills: skills.joined(separator: ",\n"))
    let loaded = try SkillLoader.load(text, file: "skills.json").skills.map(\.id)
    #expect(loaded == (0..<4_000).map { "s\($0)" })
  }
}
