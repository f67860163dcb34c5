import JSON
import Testing
import TextSupport

@testable import GuideModel

@Suite struct SkillCatalogTests {
  static let place = SourceLocation(file: "skills.json", line: 1, column: 1)

  static func skill(_ id: String, _ group: String) -> Skill {
    Skill(
      id: id, name: id, group: group, level: .core, note: "A note.", aliases: [],
      sources: ["notes"], location: place)
  }

  static func group(_ id: String) -> SkillGroup {
    SkillGroup(id: id, name: id, aliases: [], summary: "A group.", location: place)
  }

  @Test func skillsAreInGroupOrderAndEachGroupFindsItsOwn() {
    // Out of group order, with a skill of a group the catalog does not list.
    let skills = [
      Self.skill("b1", "b"), Self.skill("a1", "a"), Self.skill("x1", "x"),
      Self.skill("b2", "b"), Self.skill("a2", "a"), Self.skill("c1", "c"),
    ]
    let catalog = SkillCatalog(groups: ["a", "b", "c"].map(Self.group), skills: skills)
    #expect(catalog.skills.map(\.id) == ["a1", "a2", "b1", "b2", "c1", "x1"])
    for group in ["a", "b", "c", "x", "none"] {
      #expect(
        catalog.skills(in: group).map(\.id)
          == catalog.skills.filter { $0.group == group }.map(\.id))
    }
    #expect(catalog.skill("b2")?.group == "b")
    let ordered = SkillCatalog(groups: ["a", "b"].map(Self.group), skills: Array(skills[..<2]))
    #expect(ordered.skills.map(\.id) == ["a1", "b1"])
    #expect(ordered.skills(in: "b").map(\.id) == ["b1"])
  }
}
