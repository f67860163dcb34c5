import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

@Suite struct SearchRecordsTests {
  static let location = SourceLocation(file: "test.json", line: 1, column: 1)

  static let salaries = SalaryData(
    dimensions: [
      SalaryDimension(
        id: "city", title: "By city", labelHeading: "City", aliases: ["location"],
        location: location)
    ],
    records: [
      SalaryRecord(
        id: "city-sf", dimension: "city", label: "San Francisco, CA", role: "AI/ML engineers",
        figure: .average(136_287), year: 2024, region: "United States", source: "notes"),
      SalaryRecord(
        id: "city-zurich", dimension: "city", label: "Zürich", role: "ML engineers",
        figure: .noFigure, source: "notes", note: "Named without a figure"),
    ],
    footnote: "Figures do not compare.")

  static let skills = SkillCatalog(
    groups: [
      SkillGroup(
        id: "tools", name: "Tools and frameworks", aliases: [], summary: "Libraries.",
        location: location)
    ],
    skills: [
      Skill(
        id: "scikit-learn", name: "scikit-learn", group: "tools", level: .core,
        note: "Classic ML algorithms in Python.", aliases: ["sklearn"], sources: ["notes"],
        location: location)
    ])

  static let index = SearchIndex(
    entries: SearchIndexTests.index.entries + SearchEntry.entries(of: salaries)
      + SearchEntry.entries(of: skills))

  @Test func findsSalaryRecordsUnderTheSalariesTopic() throws {
    let hits = Self.index.search(SearchQuery(["san francisco"])).hits
    let record = try #require(hits.first { $0.entry.section == "By city" })
    #expect(record.entry.topic == "salaries")
    #expect(
      record.entry.text == "San Francisco, CA, AI/ML engineers: $136,287 (2024, United States)")
    #expect(record.entry.command == "mlcareer salaries --by city")
    // The record's label holds both words: it ranks above the prose item saying the same.
    #expect(hits.first == record)
  }

  @Test func aRecordWithoutAFigureSaysSoAndIsFoundByAccentlessName() throws {
    let hit = try #require(Self.index.search(SearchQuery(["zurich", "engineers"])).hits.first)
    #expect(hit.entry.text == "Zürich, ML engineers: no figure given (Named without a figure)")
  }

  @Test func findsSkillsByNameIdAndAlias() throws {
    for word in ["scikit-learn", "sklearn", "SCIKIT"] {
      let hit = try #require(Self.index.search(SearchQuery([word])).hits.first, "\(word)")
      #expect(hit.entry.topic == "skills")
      #expect(hit.entry.section == "Tools and frameworks")
      #expect(hit.entry.text == "scikit-learn: Classic ML algorithms in Python.")
      #expect(hit.entry.command == "mlcareer skills tools")
    }
  }

  @Test func aDimensionAliasFindsItsRecords() {
    let texts = Self.index.search(SearchQuery(["location", "francisco"])).hits.map(\.entry.text)
    #expect(texts == ["San Francisco, CA, AI/ML engineers: $136,287 (2024, United States)"])
  }

  @Test func topicKeepsRecordsOfThatTopicOnly() {
    let hits = Self.index.search(SearchQuery(["python"], topic: "skills")).hits
    #expect(hits.map(\.entry.topic) == ["skills"])
    #expect(Self.index.search(SearchQuery(["sklearn"], topic: "salaries")).hits.isEmpty)
  }
}

extension SearchRecordsTests {
  /// Queries that look for words standing across the joints of a record's text, among others.
  static let jointQueries = [
    "data", "san francisco", "ca,", "\"ca, ai\"", "engineers:", "\"engineers: $136,287\"",
    "(2024", "2024)", "\"2024, united\"", "states)", "$136,287", "136287", "python", "c++",
    "ai-ml", "\"scikit-learn: classic\"", "sklearn", "salary", "pay city", "core", "tools",
    "zurich", "figure", "mlops", "pytorch", "\"deep learning\"", "aws sagemaker", "gradient",
  ]

  /// Records whose pieces cannot match are never made into entries, and that loses no hit:
  /// the scan finds exactly what the whole list of entries gives, in the same order, for the
  /// built-in records and for records with accents and a missing figure.
  @Test(arguments: jointQueries)
  func recordsLeftUnmadeLoseNoHit(words: String) throws {
    let sets = [
      (Self.salaries, Self.skills), (EmbeddedData.salaries, EmbeddedData.skillCatalog),
    ]
    for (salaries, skills) in sets {
      let query = SearchQuery([words])
      var scan = SearchScan(query)
      scan.add(salaries)
      scan.add(skills)
      let whole = SearchIndex(
        entries: SearchEntry.entries(of: salaries) + SearchEntry.entries(of: skills))
      #expect(scan.result() == whole.search(query), "\(words)")
    }
  }

  /// The comparison above is not empty: the records hold the words of several queries.
  @Test func theJointQueriesFindRecords() throws {
    let entries =
      SearchEntry.entries(of: EmbeddedData.salaries)
      + SearchEntry.entries(of: EmbeddedData.skillCatalog)
    let found = Self.jointQueries.filter {
      !SearchIndex(entries: entries).search(SearchQuery([$0])).hits.isEmpty
    }
    #expect(found.count >= 15)
  }
}
