import JSON

/// The whole guide loaded at once, for `mlcareer export`: every topic parsed and every typed
/// record read. Other commands load only what they need through `Guide`.
public struct GuideDocument: Sendable {
  /// The content edition.
  public let edition: String
  /// The documents the guide's facts come from.
  let sources: [GuideSource]
  /// Every topic, parsed, in reading order.
  public let topics: [Topic]
  /// The market figures of `Data/market.json`.
  let marketFigures: [MarketFigure]
  /// The salary figures of `Data/salaries.json`.
  public let salaries: SalaryData
  /// The skills of `Data/skills.json`.
  public let skills: SkillCatalog

  /// Loads the topics and market figures compiled into the binary, beside the salary records
  /// and skills the caller has loaded (each reports its own errors).
  public static func embedded(
    salaries: SalaryData, skills: SkillCatalog
  ) throws(ContentError) -> GuideDocument {
    let guide = try Guide.embedded()
    let file = "market.json"
    guard let market = EmbeddedData.contents(of: file) else { throw .missingFile("Data/" + file) }
    let figures: [MarketFigure]
    do {
      figures = try MarketFigureLoader.load(market, file: "Data/" + file)
    } catch {
      throw .json(error)
    }
    return GuideDocument(
      edition: guide.edition, sources: guide.sources, topics: try guide.allTopics(),
      marketFigures: figures, salaries: salaries, skills: skills)
  }
}
