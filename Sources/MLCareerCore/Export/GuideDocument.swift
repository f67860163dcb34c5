import GuideModel

/// The whole guide loaded at once, for `mlcareer export`: every topic parsed and every typed
/// record read. Other commands load only what they need through `Guide`.
package struct GuideDocument: Sendable {
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
}

extension GuideDocument {
  /// The merged guide of `library`: the built-in guide and every pack, each topic and record
  /// where merging puts it. A broken pack file is left out and recorded in the library.
  package init(library: ContentLibrary) {
    let guide = library.guide
    edition = guide.edition
    sources = guide.sources
    salaries = library.salaryData()
    skills = library.skillCatalog()
    marketFigures = library.marketFigures()
    var topics: [Topic] = []
    library.eachTopic { topics.append($0) }
    self.topics = topics
  }
}
