import GuideModel

/// The record files: `skills.json`, `salaries.json` and `market.json`.
extension TableGenerator {
  /// The skill groups and skills `SkillLoader` read, in the catalog's order.
  func skills(_ catalog: SkillCatalog) -> String {
    var source = """
        /// The built-in skill groups of `skills.json`, as `SkillLoader` reads them.
        static let skillGroups: [SkillGroup] = [

      """
    for group in catalog.groups {
      source += """
            SkillGroup(
              id: \(SwiftLiteral.string(group.id)),
              name: \(SwiftLiteral.string(group.name)),
              aliases: \(SwiftLiteral.strings(group.aliases)),
              summary: \(SwiftLiteral.string(group.summary)),
              location: \(location(group.location))),

        """
    }
    source += """
        ]

        /// The built-in skills of `skills.json`, as `SkillLoader` reads them, in file order.
        static let skills: [Skill] = [

      """
    for skill in catalog.skills {
      source += """
            Skill(
              id: \(SwiftLiteral.string(skill.id)),
              name: \(SwiftLiteral.string(skill.name)),
              group: \(SwiftLiteral.string(skill.group)), level: .\(skill.level.rawValue),
              note: \(SwiftLiteral.string(skill.note)),
              levelBasis: \(SwiftLiteral.string(skill.levelBasis)),
              aliases: \(SwiftLiteral.strings(skill.aliases)),
              sources: \(SwiftLiteral.strings(skill.sources)),
              location: \(location(skill.location))),

        """
    }
    return source + "  ]\n\n"
  }

  /// The salary dimensions, records and footnote `SalaryLoader` read.
  func salaries(_ data: SalaryData) -> String {
    var source = """
        /// The built-in salary figures of `salaries.json`, as `SalaryLoader` reads them.
        static let salaries = SalaryData(
          dimensions: [

      """
    for dimension in data.dimensions {
      source += """
              SalaryDimension(
                id: \(SwiftLiteral.string(dimension.id)),
                title: \(SwiftLiteral.string(dimension.title)),
                labelHeading: \(SwiftLiteral.string(dimension.labelHeading)),
                aliases: \(SwiftLiteral.strings(dimension.aliases)),
                location: \(location(dimension.location))),

        """
    }
    source += "    ],\n    records: [\n"
    for record in data.records {
      source += """
              SalaryRecord(
                id: \(SwiftLiteral.string(record.id)),
                dimension: \(SwiftLiteral.string(record.dimension)),
                label: \(SwiftLiteral.string(record.label)),
                role: \(SwiftLiteral.string(record.role)),
                figure: \(figure(record.figure)),
                currency: \(SwiftLiteral.string(record.currency)),
                year: \(SwiftLiteral.int(record.year)),
                region: \(SwiftLiteral.string(record.region)),
                source: \(SwiftLiteral.string(record.source)),
                note: \(SwiftLiteral.string(record.note)),
                aliases: \(SwiftLiteral.strings(record.aliases)),
                location: \(location(record.location))),

        """
    }
    source += "    ],\n"
    source += "    footnote: \(SwiftLiteral.string(data.footnote)),\n    disagreements: [\n"
    for disagreement in data.disagreements {
      source += """
            SalaryDisagreement(
              id: \(SwiftLiteral.string(disagreement.id)),
              text: \(SwiftLiteral.string(disagreement.text)),
              records: \(SwiftLiteral.strings(disagreement.records))),

        """
    }
    source += "    ])\n"
    return source
  }

  /// The market figures `MarketFigureLoader` read, in file order.
  func marketFigures(_ figures: [MarketFigure]) -> String {
    var source = """
        /// The built-in figures of `market.json`, as `MarketFigureLoader` reads them.
        static let marketFigures: [MarketFigure] = [

      """
    for figure in figures {
      source += """
            MarketFigure(
              id: \(SwiftLiteral.string(figure.id)), label: \(SwiftLiteral.string(figure.label)),
              value: \(amount(figure.value)), topic: \(SwiftLiteral.string(figure.topic)),
              source: \(SwiftLiteral.string(figure.source)), year: \(SwiftLiteral.int(figure.year)),
              period: \(SwiftLiteral.string(figure.period)),
              note: \(SwiftLiteral.string(figure.note)), isApproximate: \(figure.isApproximate),
              location: \(location(figure.location))),

        """
    }
    return source + "  ]\n"
  }

  /// A `MarketFigure.Amount` as Swift source.
  private func amount(_ amount: MarketFigure.Amount) -> String {
    switch amount {
    case .amount(let value, let unit):
      ".amount(\(SwiftLiteral.double(value)), unit: \(SwiftLiteral.string(unit)))"
    case .range(let low, let high, let unit):
      ".range(low: \(SwiftLiteral.double(low)), high: \(SwiftLiteral.double(high)), "
        + "unit: \(SwiftLiteral.string(unit)))"
    case .percent(let value): ".percent(\(SwiftLiteral.double(value)))"
    case .count(let value): ".count(\(value))"
    }
  }

  /// A `SalaryFigure` as Swift source.
  private func figure(_ figure: SalaryFigure) -> String {
    switch figure {
    case .amount(let amount), .average(let amount), .approximate(let amount), .upTo(let amount):
      ".\(figure.kind.rawValue)(\(amount))"
    case .range(let low, let high), .averageRange(let low, let high):
      ".\(figure.kind.rawValue)(low: \(low), high: \(high))"
    case .percentAboveNational(let percent):
      ".percentAboveNational(\(SwiftLiteral.double(percent)))"
    case .noFigure:
      ".noFigure"
    }
  }
}
