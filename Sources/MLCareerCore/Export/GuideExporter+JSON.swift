import GuideModel
import JSON

/// The guide as one JSON document.
extension GuideExporter {
  /// The JSON text of the merged guide of `library` as UTF-8 bytes, ending with a line break:
  /// `{schemaVersion, edition, sources, topics, salaries, skills, marketFigures}`, topics in
  /// the shape of `mlcareer show --format json`; salaries as `{dimensions, records, footnote}`,
  /// each record as `mlcareer salaries --format json` writes it; skills as `mlcareer skills
  /// --format json` writes them; market figures in the shape of `Data/market.json` plus the
  /// value as people read it (`formatted`).
  ///
  /// It is written as it is made, and never made into a `String`. Each topic is read, written
  /// and let go in turn, so neither every topic nor the whole document is held at once; broken
  /// files are left out and recorded as `GuideDocument(library:)` leaves them out.
  package static func jsonUTF8(library: ContentLibrary) throws(ContentError) -> [UInt8] {
    let guide = library.guide
    let salaries = try library.salaryData()
    let skills = try library.skillCatalog()
    let marketFigures = try library.marketFigures()
    var writer = JSONStreamWriter()
    writer.beginObject()
    writer.member("schemaVersion", .int(schemaVersion))
    writer.member("edition", .string(guide.edition))
    writer.member("sources", .array(guide.sources.map(output)))
    writer.beginArray(key: "topics")
    library.eachTopic { TopicJSONRenderer.write($0, into: &writer) }
    writer.endArray()
    writer.member("salaries", SalaryExporter.output(salaries))
    writer.member("skills", SkillListRenderer.output(skills))
    writer.member("marketFigures", .array(marketFigures.map(output)))
    writer.endObject()
    writer.endLine()
    return writer.utf8
  }

  /// `{id, title, description, year?}`.
  static func output(_ source: GuideSource) -> JSONOutput {
    .object(omittingNil: [
      "id": .string(source.id),
      "title": .string(source.title),
      "description": .string(source.description),
      "year": source.year.map(JSONOutput.int),
    ])
  }

  /// `{id, label, kind, value | low + high, unit?, formatted, year?, period?, note?,
  /// approximate, topic, source}`.
  static func output(_ figure: MarketFigure) -> JSONOutput {
    var members: [JSONOutput.Member] = [
      .init("id", .string(figure.id)), .init("label", .string(figure.label)),
    ]
    switch figure.value {
    case .amount(let value, let unit):
      members += [
        .init("kind", "amount"), .init("value", .double(value)), .init("unit", .string(unit)),
      ]
    case .range(let low, let high, let unit):
      members += [
        .init("kind", "range"), .init("low", .double(low)), .init("high", .double(high)),
        .init("unit", .string(unit)),
      ]
    case .percent(let value):
      members += [.init("kind", "percent"), .init("value", .double(value))]
    case .count(let value):
      members += [.init("kind", "count"), .init("value", .int(value))]
    }
    members.append(.init("formatted", .string(figure.formattedValue)))
    if let year = figure.year { members.append(.init("year", .int(year))) }
    if let period = figure.period { members.append(.init("period", .string(period))) }
    if let note = figure.note { members.append(.init("note", .string(note))) }
    members += [
      .init("approximate", .bool(figure.isApproximate)), .init("topic", .string(figure.topic)),
      .init("source", .string(figure.source)),
    ]
    return .object(members)
  }
}
