import Testing

@testable import GuideModel
@testable import MLCareerCore

@Suite struct SearchIndexTests {
  static let places = """
    # Places to Work

    Where AI/ML engineers meet, from the Café to the lab.

    ## Deployment
    - **Monitoring:** watch for data drift once a model is live.
    - Shadow deployment runs a new model beside the live one.
    - Drift in the data is caught by monitoring.

    ## Meeting spots
    - **Café Zürich:** a quiet place for pair programming.
    - The CAFETERIA serves lunch.
    - San Francisco, CA: $136,287 a year.

    ### Deployments abroad
    Teams deploy models worldwide.

    """

  static let habits = """
    # Deployment Habits

    Ways to ship models.

    ## Releases
    - Automate every deployment.

    """

  static let index: SearchIndex = {
    let topics = [
      try! TopicLoader.load(id: "places", file: "topics/places.md", source: places),
      try! TopicLoader.load(id: "habits", file: "topics/habits.md", source: habits),
    ]
    return SearchIndex(topics: topics)
  }()

  static func texts(_ words: String..., topic: String? = nil) -> [String] {
    index.search(SearchQuery(words, topic: topic)).hits.map(\.entry.text)
  }

  @Test func findsTitlesHeadingsParagraphsAndItems() {
    #expect(Self.texts("habits") == ["Deployment Habits"])
    #expect(Self.texts("meeting") == ["Meeting spots"])
    #expect(Self.texts("worldwide") == ["Teams deploy models worldwide."])
    #expect(Self.texts("lunch") == ["The CAFETERIA serves lunch."])
    #expect(Self.texts("abroad") == ["Deployments abroad"])
  }

  @Test(arguments: ["cafe", "CAFÉ", "Cafe\u{301}", "café"])
  func ignoresCaseAndAccents(word: String) {
    let texts = Self.texts(word)
    #expect(texts.first == "Café Zürich: a quiet place for pair programming.")
    #expect(texts.contains("The CAFETERIA serves lunch."))
    #expect(Self.texts("zurich") == ["Café Zürich: a quiet place for pair programming."])
  }

  @Test func everyWordMustMatch() {
    #expect(
      Self.texts("data", "drift")
        == [
          "Monitoring: watch for data drift once a model is live.",
          "Drift in the data is caught by monitoring.",
        ])
    #expect(Self.texts("data drift lunch").isEmpty)
  }

  @Test func aPhraseMatchesOnlyWordsSideBySideInOrder() {
    #expect(
      Self.texts("\"data drift\"") == ["Monitoring: watch for data drift once a model is live."])
    #expect(Self.texts("\"drift data\"").isEmpty)
    #expect(Self.texts("data-drift") == ["Monitoring: watch for data drift once a model is live."])
    #expect(Self.texts("ai-ml") == ["Where AI/ML engineers meet, from the Café to the lab."])
    #expect(
      Self.texts("\"live one\"", "shadow") == [
        "Shadow deployment runs a new model beside the live one."
      ])
  }

  @Test func wordsSideBySideRankAboveScatteredOnes() {
    // Both items hold both words as whole words; only the longer one holds them side by side.
    #expect(
      Self.texts("data drift").first == "Monitoring: watch for data drift once a model is live.")
    #expect(Self.texts("drift data").first == "Drift in the data is caught by monitoring.")
  }

  @Test func ranksTitleOverHeadingOverText() {
    #expect(
      Self.texts("deployment")
        == [
          "Deployment Habits", "Deployment", "Deployments abroad",
          // Equal hits: the shorter text first.
          "Automate every deployment.",
          "Shadow deployment runs a new model beside the live one.",
        ])
  }

  @Test func ranksWholeWordsOverPartsOfWords() {
    // The title and headings first, then body text with "deploy" as a word before the items
    // where it only starts a longer word.
    #expect(
      Self.texts("deploy")
        == [
          "Deployment Habits", "Deployment", "Deployments abroad",
          "Teams deploy models worldwide.", "Automate every deployment.",
          "Shadow deployment runs a new model beside the live one.",
        ])
  }

  @Test func ranksAWordInTheLabelOverOneFurtherOn() {
    #expect(
      Self.texts("monitoring")
        == [
          "Monitoring: watch for data drift once a model is live.",
          "Drift in the data is caught by monitoring.",
        ])
  }

  @Test func aWordMayMatchThePathWhenAnotherMatchesTheText() {
    // "spots" is only in the section heading; "lunch" in the item.
    #expect(Self.texts("spots lunch") == ["The CAFETERIA serves lunch."])
    // A word found only in paths matches nothing on its own beyond the heading itself.
    #expect(Self.texts("spots") == ["Meeting spots"])
  }

  @Test func numbersMatchWithOrWithoutThousandsSeparators() {
    #expect(Self.texts("136287") == ["San Francisco, CA: $136,287 a year."])
    #expect(Self.texts("136,287") == ["San Francisco, CA: $136,287 a year."])
    #expect(Self.texts("san francisco") == ["San Francisco, CA: $136,287 a year."])
  }

  @Test func noHitGivesAnEmptyResult() {
    let result = Self.index.search(SearchQuery(["kubernetes"]))
    #expect(result.hits.isEmpty)
    #expect(result.total == 0)
    #expect(Self.index.search(SearchQuery([])).hits.isEmpty)
  }

  @Test func topicLimitsTheSearch() {
    #expect(
      Self.texts("deployment", topic: "habits") == [
        "Deployment Habits", "Automate every deployment.",
      ])
    #expect(Self.texts("lunch", topic: "habits").isEmpty)
  }

  @Test func limitKeepsTheBestAndCountsTheRest() {
    let result = Self.index.search(SearchQuery(["deployment"], limit: 2))
    #expect(result.hits.map(\.entry.text) == ["Deployment Habits", "Deployment"])
    #expect(result.total == 5)
  }

  /// Once the limit's worth of hits are kept, an entry whose best rank is below the last is
  /// counted without being ranked: the hits and the total are still the whole result's.
  @Test(arguments: ["drift", "data drift", "\"data drift\"", "café", "model", "data-drift"])
  func aLimitedSearchIsTheWholeResultCut(words: String) {
    let texts = [
      "Data drift", "drift in the data", "Café: data drift", "Model drift", "A café",
      "drifting models", "data-drift watch", "Data: drift", "Zürich models drift",
    ]
    let entries = (0..<700).map { number in
      let text = texts[number % texts.count] + String(repeating: " x", count: number % 7)
      return SearchEntry(
        topic: "t\(number / 40)", text: text,
        field: number % 97 == 0 ? .title : number % 23 == 0 ? .heading : .text,
        labelLength: text.hasPrefix("Café:") ? 4 : 0, context: "t data")
    }
    let index = SearchIndex(entries: entries)
    let whole = index.search(SearchQuery([words]))
    for limit in [1, 3, 10] {
      let cut = index.search(SearchQuery([words], limit: limit))
      #expect(cut.total == whole.total)
      #expect(cut.hits == Array(whole.hits.prefix(limit)), "limit \(limit)")
    }
  }

  @Test func hitsCarryTheirPath() throws {
    let hit = try #require(Self.index.search(SearchQuery(["lunch"])).hits.first)
    #expect(hit.entry.path == "places › Meeting spots")
    #expect(hit.entry.sectionID == "meeting-spots")
    let heading = try #require(Self.index.search(SearchQuery(["meeting"])).hits.first)
    #expect(heading.entry.path == "places")
    #expect(heading.entry.field == .heading)
  }

  @Test func highlightsEveryMatchInTheOriginalText() throws {
    let hit = try #require(Self.index.search(SearchQuery(["cafe"])).hits.first)
    let characters = Array(hit.entry.text)
    #expect(hit.spans.map { String(characters[$0]) } == ["Café"])
    let number = try #require(Self.index.search(SearchQuery(["136287"])).hits.first)
    #expect(number.spans.map { String(Array(number.entry.text)[$0]) } == ["136,287"])
    let both = try #require(Self.index.search(SearchQuery(["drift", "data"])).hits.last)
    #expect(both.spans.map { String(Array(both.entry.text)[$0]) } == ["data", "drift"])
    #expect(both.entry.text == "Monitoring: watch for data drift once a model is live.")
  }

  @Test func correctsAMisspeltWordWhenTheCorrectionFindsSomething() {
    #expect(Self.index.correction(of: SearchQuery(["data", "drfit"])) == "data drift")
    #expect(Self.index.correction(of: SearchQuery(["monitorng"])) == "monitoring")
    #expect(Self.index.correction(of: SearchQuery(["xylophone"])) == nil)
    // Each word exists, only not together: no spelling to correct.
    #expect(Self.index.correction(of: SearchQuery(["lunch", "drift"])) == nil)
  }
}

extension SearchHit {
  /// The highlighted spans, from their bounds.
  var spans: [Range<Int>] {
    stride(from: 0, to: highlights.count, by: 2).map { highlights[$0]..<highlights[$0 + 1] }
  }
}
