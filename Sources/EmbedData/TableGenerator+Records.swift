import JSON

/// The record files: `skills.json` and `salaries.json`.
extension TableGenerator {
  /// The skill groups and skills, as `SkillLoader.load` reads them, in file order.
  func skills() throws -> String {
    let fields = try root("skills.json", allowed: ["schemaVersion", "groups", "skills"])
    var source = """
        /// The built-in skill groups of `skills.json`, as `SkillLoader` reads them.
        static let skillGroups: [SkillGroup] = [

      """
    for value in try fields.array("groups") {
      let group = try value.object().fields(allowed: ["id", "name", "aliases", "summary"])
      source += """
            SkillGroup(
              id: \(SwiftLiteral.string(try string(group, "id"))),
              name: \(SwiftLiteral.string(try string(group, "name"))),
              aliases: \(SwiftLiteral.strings(try strings(group, "aliases"))),
              summary: \(SwiftLiteral.string(try string(group, "summary"))),
              location: \(location(value.location))),

        """
    }
    source += """
        ]

        /// The built-in skills of `skills.json`, as `SkillLoader` reads them, in file order.
        static let skills: [Skill] = [

      """
    for value in try fields.array("skills") {
      let skill = try value.object().fields(
        allowed: ["id", "name", "group", "level", "note", "aliases", "sources"])
      let level = try string(skill, "level")
      guard ["core", "desirable", "emerging"].contains(level) else {
        throw Failure(
          description: "\(skill.location(of: "level")): error: unknown level '\(level)'")
      }
      source += """
            Skill(
              id: \(SwiftLiteral.string(try string(skill, "id"))),
              name: \(SwiftLiteral.string(try string(skill, "name"))),
              group: \(SwiftLiteral.string(try string(skill, "group"))), level: .\(level),
              note: \(SwiftLiteral.string(try string(skill, "note"))),
              aliases: \(SwiftLiteral.strings(try strings(skill, "aliases"))),
              sources: \(SwiftLiteral.strings(try strings(skill, "sources", required: true))),
              location: \(location(value.location))),

        """
    }
    return source + "  ]\n\n"
  }

  /// The salary dimensions, records and footnote, as `SalaryLoader.load` reads them.
  func salaries() throws -> String {
    let fields = try root(
      "salaries.json", allowed: ["schemaVersion", "footnote", "dimensions", "records"])
    var source = """
        /// The built-in salary figures of `salaries.json`, as `SalaryLoader` reads them.
        static let salaries = SalaryData(
          dimensions: [

      """
    for value in try fields.array("dimensions") {
      let dimension = try value.object().fields(
        allowed: ["id", "title", "labelHeading", "aliases"])
      source += """
              SalaryDimension(
                id: \(SwiftLiteral.string(try string(dimension, "id"))),
                title: \(SwiftLiteral.string(try string(dimension, "title"))),
                labelHeading: \(SwiftLiteral.string(try optionalString(dimension, "labelHeading") ?? "Label")),
                aliases: \(SwiftLiteral.strings(try strings(dimension, "aliases"))),
                location: \(location(value.location))),

        """
    }
    source += "    ],\n    records: [\n"
    for value in try fields.array("records") {
      let record = try value.object().fields(
        allowed: [
          "id", "dimension", "label", "role", "kind", "amount", "low", "high", "percent",
          "currency", "year", "region", "source", "note",
        ])
      source += """
              SalaryRecord(
                id: \(SwiftLiteral.string(try string(record, "id"))),
                dimension: \(SwiftLiteral.string(try string(record, "dimension"))),
                label: \(SwiftLiteral.string(try string(record, "label"))),
                role: \(SwiftLiteral.string(try string(record, "role"))),
                figure: \(try figure(record)),
                currency: \(SwiftLiteral.string(try string(record, "currency"))),
                year: \(SwiftLiteral.int(try record.optionalInt("year"))),
                region: \(SwiftLiteral.string(try optionalString(record, "region"))),
                source: \(SwiftLiteral.string(try string(record, "source"))),
                note: \(SwiftLiteral.string(try optionalString(record, "note"))),
                location: \(location(value.location))),

        """
    }
    source += "    ],\n"
    source += "    footnote: \(SwiftLiteral.string(try string(fields, "footnote"))))\n"
    return source
  }

  /// The `SalaryFigure` of a record, by its `kind`.
  private func figure(_ record: JSONFields) throws -> String {
    let kind = try string(record, "kind")
    switch kind {
    case "amount", "average", "approximate", "upTo":
      return ".\(kind)(\(try record.int("amount")))"
    case "range":
      return ".range(low: \(try record.int("low")), high: \(try record.int("high")))"
    case "percentAboveNational":
      return ".percentAboveNational(\(SwiftLiteral.double(try record.double("percent"))))"
    case "noFigure":
      return ".noFigure"
    default:
      throw Failure(description: "\(record.location(of: "kind")): error: unknown kind '\(kind)'")
    }
  }
}
