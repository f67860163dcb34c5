import GuideModel
import JSON

/// The guide as one JSON document.
extension GuideExporter {
  /// The JSON of the merged guide of `library` as UTF-8 bytes, each part in the shape its own
  /// command writes; each topic is read, written and let go in turn. With `progress`, every
  /// mark follows as `progress`, in the shape of `progress --format json`'s `marks`.
  package static func jsonUTF8(
    library: ContentLibrary, progress: ProgressState? = nil
  ) -> [UInt8] {
    let guide = library.guide
    let salaries = library.salaryData()
    let skills = library.skillCatalog()
    let marketFigures = library.marketFigures()
    // Room for the whole guide up front: a buffer grown by doubling would copy it each time
    // and leave every smaller buffer behind; pages reserved but not written are never touched.
    var writer = JSONStreamWriter(capacity: 1 << 20)
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
    if let progress {
      writer.member(
        "progress", ProgressHistory(state: progress, catalog: skills).json(datedOnly: false))
    }
    writer.endObject()
    writer.endLine()
    return writer.utf8
  }

  /// `{id, title, description, year?}`.
  static func output(_ source: GuideSource) -> JSONOutput {
    [
      "id": .string(source.id), "title": .string(source.title),
      "description": .string(source.description), "year": JSONOutput(source.year),
    ]
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
    members += [
      .init("formatted", .string(figure.formattedValue)), .init("year", JSONOutput(figure.year)),
      .init("period", JSONOutput(figure.period)), .init("note", JSONOutput(figure.note)),
      .init("approximate", .bool(figure.isApproximate)), .init("topic", .string(figure.topic)),
      .init("source", .string(figure.source)),
    ]
    return .object(members)
  }
}
