import Testing
import TextSupport

@testable import GuideModel
@testable import MLCareerCore

@Suite struct SkillMatchingTests {
  private let catalog: SkillCatalog

  init() throws {
    catalog = EmbeddedData.skillCatalog
  }

  @Test(arguments: [
    ("python", "python"), ("PYTHON", "python"), ("Python", "python"), ("pyth", "python"),
    ("C++", "cpp"), ("c", "c"), ("R", "r"), ("sklearn", "scikit-learn"),
    ("Scikit Learn", "scikit-learn"), ("explainable ai", "explainable-ai"),
    ("XAI", "explainable-ai"),
    ("Explainable AI (XAI)", "explainable-ai"), ("nlp", "natural-language-processing"),
    ("domain knowledge", "domain-expertise"), ("a/b testing", "ab-testing"),
    ("mlops", "mlops"), ("5g", "5g"), ("Amazon Web Services", "aws"),
  ])
  func skillNamesResolve(input: String, id: String) {
    #expect(catalog.resolveSkills([input]).skills.map(\.id) == [id])
  }

  @Test(arguments: [
    ("languages", "programming"), ("Soft Skills", "soft-skills"), ("tools", "frameworks"),
    ("math", "mathematics"), ("cloud", "cloud-mlops"), ("emerging", "emerging"),
    ("competencies", "competencies"), ("machine learning and ai", "machine-learning"),
  ])
  func groupNamesResolve(input: String, id: String) {
    #expect(catalog.resolveGroups([input]).groups.map(\.id) == [id])
  }

  @Test func typoSuggestsTheClosestSkill() {
    let result = catalog.resolveSkills(["pyhton"])
    #expect(result.skills.isEmpty)
    #expect(result.errors == [.unknown("pyhton", isGroup: false, suggestions: ["python"])])
    #expect(result.errors[0].description == "error: no skill 'pyhton'\nDid you mean 'python'?")
  }

  @Test func ambiguousPrefixListsTheCandidates() throws {
    let result = catalog.resolveSkills(["py"])
    let error = try #require(result.errors.first)
    guard case .ambiguous(_, false, let candidates) = error else {
      Issue.record("expected an ambiguous match, got \(error)")
      return
    }
    #expect(candidates.contains("python") && candidates.contains("pytorch"))
    #expect(error.description.hasSuffix("\nType more of the name."))
  }

  @Test func oneBadNameAmongGoodOnesIsReportedAlone() {
    let result = catalog.resolveSkills(["python", "tensorflw", "Python", "keras"])
    #expect(result.skills.map(\.id) == ["python", "keras"])
    #expect(result.errors == [.unknown("tensorflw", isGroup: false, suggestions: ["tensorflow"])])
  }

  @Test func nonsenseHasNoSuggestion() {
    let result = catalog.resolveSkills(["zzzzqqq"])
    #expect(result.errors == [.unknown("zzzzqqq", isGroup: false, suggestions: [])])
    #expect(result.errors[0].description == "error: no skill 'zzzzqqq'")
  }

  @Test func unknownGroupSuggestsAGroup() {
    let result = catalog.resolveGroups(["frameworx"])
    #expect(result.errors == [.unknown("frameworx", isGroup: true, suggestions: ["frameworks"])])
    #expect(
      result.errors[0].description
        == "error: no skill group 'frameworx'\nDid you mean 'frameworks'?")
  }

  @Test func severalSuggestionsAreJoinedWithOr() {
    let error = SkillLookupError.unknown("x", isGroup: false, suggestions: ["a", "b", "c", "d"])
    #expect(error.description == "error: no skill 'x'\nDid you mean 'a' or 'b' or 'c'?")
  }
}
