import JSON
import Markdown
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// The tables the build tool derives from `Data/`'s JSON files equal what the loaders derive
/// from the same embedded files at run time, so they can never drift from `Data/`; and the
/// loaders find the built-in files clean.
@Suite struct EmbeddedTablesTests {
  @Test func manifestTableEqualsTheParsedGuideJSON() throws {
    let table = Guide.embedded()
    let parsed = try Guide.parsingEmbedded()
    #expect(table.edition == parsed.edition)
    #expect(!table.edition.isEmpty)
    #expect(table.sources.map(\.id) == parsed.sources.map(\.id))
    #expect(table.sources.map(\.title) == parsed.sources.map(\.title))
    #expect(table.sources.map(\.description) == parsed.sources.map(\.description))
    #expect(table.sources.map(\.year) == parsed.sources.map(\.year))
    #expect(table.topics.count == parsed.topics.count)
    #expect(!table.topics.isEmpty)
    for (made, read) in zip(table.topics, parsed.topics) {
      #expect(made.id == read.id)
      #expect(made.file == read.file)
      #expect(made.aliases == read.aliases)
      #expect(made.location == read.location)
      #expect(made.pack == read.pack)
      #expect(made.replaces == nil)
      #expect(try made.source() == read.source())
    }
  }

  @Test func headerTableEqualsWhatTheLoaderReadsOfEachTopic() throws {
    let guide = Guide.embedded()
    #expect(EmbeddedData.topicHeaders.count == guide.topics.count)
    for entry in guide.topics {
      let made = try #require(entry.embeddedHeader, "\(entry.id) has no header in the table")
      let read = try TopicLoader.header(id: entry.id, file: entry.path, source: entry.source())
      #expect(made.id == read.id)
      #expect(made.title == read.title)
      #expect(made.summary == read.summary)
      #expect(made.pack == nil && made.replaces == nil)
    }
    // A pack's topic, or a fixture guide's, is read from its file.
    let parsed = try Guide.parsingEmbedded()
    #expect(parsed.topics.allSatisfy { $0.embeddedHeader == nil })
  }

  @Test func parsedTopicTreesEqualWhatTheParserMakesOfEachFile() throws {
    let guide = Guide.embedded()
    for entry in guide.topics {
      let serialized = try #require(
        EmbeddedData.parsedTopic(entry.file), "\(entry.id) has no parsed tree in the table")
      let read = MarkdownDocument(serialized: serialized)
      #expect(read == MarkdownParser.parse(try entry.source()), "\(entry.id)")
      // The topic `show` gets is the topic parsed from its file.
      let topic = try guide.topic(entry)
      let parsed = try TopicLoader.load(id: entry.id, file: entry.path, source: entry.source())
      #expect(topic.sections.map(\.id) == parsed.sections.map(\.id))
      #expect(topic.sections.map(\.blocks) == parsed.sections.map(\.blocks))
      #expect(topic.sections.map(\.lines) == parsed.sections.map(\.lines))
      #expect(topic.introduction == parsed.introduction)
      #expect(topic.summary == parsed.summary && topic.title == parsed.title)
    }
    #expect(EmbeddedData.parsedTopic("topics/no-such-topic.md") == nil)
  }

  @Test func skillTablesEqualTheParsedSkillsJSON() throws {
    let table = EmbeddedData.skillCatalog
    let parsed = try SkillCatalog.parsingEmbedded()
    // `Skill` and `SkillGroup` compare every field, the source location included.
    #expect(table.groups == parsed.groups)
    #expect(table.skills == parsed.skills)
    #expect(!table.skills.isEmpty)
  }

  @Test func salaryTablesEqualTheParsedSalariesJSON() throws {
    let table = EmbeddedData.salaries
    let parsed = try SalaryLoader.parsingEmbedded()
    #expect(table.footnote == parsed.footnote)
    #expect(table.dimensions == parsed.dimensions)
    #expect(table.records == parsed.records)
    #expect(table.disagreements == parsed.disagreements)
    #expect(!table.records.isEmpty)
    #expect(!table.disagreements.isEmpty)
    // `==` leaves locations out, and errors and `validate` show them.
    #expect(table.dimensions.map(\.location) == parsed.dimensions.map(\.location))
    #expect(table.records.map(\.location) == parsed.records.map(\.location))
  }

  @Test func marketTableEqualsTheParsedMarketJSON() throws {
    let text = try #require(EmbeddedData.contents(of: MarketFigureLoader.file))
    let parsed = try MarketFigureLoader.load(text, file: "Data/" + MarketFigureLoader.file)
    // `MarketFigure` compares every field, the source location included.
    #expect(EmbeddedData.marketFigures == parsed)
    #expect(!parsed.isEmpty)
  }
}
