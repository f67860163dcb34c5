import GuideModel
import JSON

/// The whole guide loaded at once, for `mlcareer export`: every topic parsed and every typed
/// record read. Other commands load only what they need through `Guide`.
package struct GuideDocument: Sendable {
  /// The content edition.
  package let edition: String
  /// The documents the guide's facts come from.
  let sources: [GuideSource]
  /// Every topic, parsed, in reading order.
  package let topics: [Topic]
  /// The market figures of `Data/market.json` and every pack's.
  let marketFigures: [MarketFigure]
  /// The salary figures of `Data/salaries.json` and every pack's.
  package let salaries: SalaryData
  /// The skills of `Data/skills.json` and every pack's.
  package let skills: SkillCatalog

  /// The merged guide of `library`: the built-in guide and every pack, each topic and record
  /// where merging puts it. A broken pack file is left out and recorded in the library; only
  /// the records the caller could not do without throw.
  package init(library: ContentLibrary) throws(ContentError) {
    let guide = library.guide
    edition = guide.edition
    sources = guide.sources
    salaries = try library.salaryData()
    skills = try library.skillCatalog()
    marketFigures = try library.marketFigures()
    topics = library.allTopics()
  }

  init(
    edition: String, sources: [GuideSource], topics: [Topic], marketFigures: [MarketFigure],
    salaries: SalaryData, skills: SkillCatalog
  ) {
    self.edition = edition
    self.sources = sources
    self.topics = topics
    self.marketFigures = marketFigures
    self.salaries = salaries
    self.skills = skills
  }

  /// The built-in guide alone: its topics and market figures, beside the salary records and
  /// skills the caller has loaded.
  package static func embedded(
    salaries: SalaryData, skills: SkillCatalog
  ) throws(ContentError) -> GuideDocument {
    let library = try ContentLibrary(locations: nil)
    let guide = library.guide
    return GuideDocument(
      edition: guide.edition, sources: guide.sources, topics: try guide.allTopics(),
      marketFigures: try library.marketFigures(), salaries: salaries, skills: skills)
  }
}
