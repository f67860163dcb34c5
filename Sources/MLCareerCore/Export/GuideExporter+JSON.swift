import GuideModel
import JSON

extension GuideExporter {
  /// Writes the JSON of the merged guide of `library`, handing its UTF-8 bytes to `emit` a
  /// piece at a time, each part in the shape its own command writes. Each topic is read,
  /// written and let go in turn, and the text goes on as it grows, so a pack of any size is
  /// exported in about the memory of its largest topic. With `progress`, every mark follows as
  /// `progress`, in the shape of `progress --format json`'s `marks`.
  package static func writeJSON(
    library: ContentLibrary, progress: ProgressState? = nil, emit: ([UInt8]) -> Void
  ) {
    let guide = library.guide
    let salaries = library.salaryData()
    let skills = library.skillCatalog()
    let marketFigures = library.marketFigures()
    var writer = JSONStreamWriter(capacity: 2 * pieceSize)
    writer.beginObject()
    writer.member("schemaVersion", .int(schemaVersion))
    writer.member("edition", .string(guide.edition))
    writer.member("sources", .array(guide.sources.map(output)))
    writer.beginArray(key: "topics")
    library.eachTopic {
      TopicJSONRenderer.write($0, into: &writer)
      if writer.count >= pieceSize { writer.flush(emit) }
    }
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
    writer.flush(emit)
  }

  /// How much JSON is gathered before it goes on: enough that writing it costs few system
  /// calls, little enough that the buffer (room for twice as much) seldom has to grow.
  private static let pieceSize = 1 << 16

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
