import Testing

@testable import MLCareerCore

/// Ranking on bytes gives the rank the full comparison gives, or says it cannot tell; and a
/// scan that only counts the entries it cannot show keeps the same hits and the same total.
@Suite struct SearchByteRankerTests {
  /// The full comparison's answer: the rank, or `noMatch`.
  static func expected(_ query: SearchQuery, _ entry: SearchEntry) -> SearchByteRanker.Verdict {
    SearchIndex.match(query.terms, in: SearchIndex.Document(entry)).map { .rank($0.rank) }
      ?? .noMatch
  }

  static func verdict(_ query: SearchQuery, _ entry: SearchEntry) -> SearchByteRanker.Verdict {
    var ranker = SearchByteRanker(terms: query.terms)
    var text = entry.text
    var keywords = entry.keywords
    var context = entry.context
    return text.withUTF8 { text in
      keywords.withUTF8 { keywords in
        context.withUTF8 { context in
          ranker.rank(
            text: text, keywords: keywords, context: context, field: entry.field,
            labelLength: entry.labelLength)
        }
      }
    }
  }

  /// A small generator, the same every run.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
  }

  static let pieces = [
    "data", "Data", "DATA", "drift", "drifting", "datadrift", "data-drift", "data drift", "ml",
    "ML", "AI/ML", "c++", "C++", "136,287", "136287", "1,2", "gradient", "gradients", "a", "an",
    "Python:", "python", "e.g.", "x", "--", ",", ".", " ", "  ", "/", "(", ")", "'", "\"",
    // Characters that fold into no ASCII, told on bytes.
    "©", "—", "“quoted”", "日本", "drift—data", "²", "½", "→", "€136,287", "data©drift", "µ",
  ]
  /// Characters that fold into ASCII or join their neighbours: left to the full comparison.
  static let untold = ["Café", "e\u{301}cole", "Zürich", "\u{212A}elvin", "\u{130}", "👩‍💻"]
  static let queries = [
    "data", "drift", "data drift", "\"data drift\"", "ml", "ai-ml", "c++", "136287", "136,287",
    "1,2", "gradient", "python", "e.g", "a", "data-drift", "\"drift data\"", "x drift ml",
    "\"a data\" gradient",
  ]

  static func text(_ generator: inout Generator, pieces: Int) -> String {
    var text = ""
    for _ in 0..<pieces {
      text += generator.pick(Self.pieces)
      if generator.next(3) > 0 { text += " " }
    }
    return text
  }

  /// Random entries against every query: each rank the bytes tell is the full comparison's,
  /// and they can tell for every entry without characters that fold into ASCII.
  @Test(arguments: queries)
  func bytesRankEntriesAsTheFullComparisonDoes(words: String) {
    let query = SearchQuery([words])
    var generator = Generator(state: UInt64(words.utf8.count) &* 977)
    var told = 0
    for round in 0..<600 {
      var text = Self.text(&generator, pieces: generator.next(12))
      let mixesUntold = round % 5 == 0
      if mixesUntold { text += " " + generator.pick(Self.untold) }
      let entry = SearchEntry(
        topic: "t", text: text, field: generator.pick([.text, .heading, .title]),
        labelLength: generator.next(text.count + 1),
        keywords: generator.next(3) == 0 ? Self.text(&generator, pieces: 2) : "",
        context: Self.text(&generator, pieces: generator.next(4)))
      let verdict = Self.verdict(query, entry)
      if verdict == .unknown {
        #expect(mixesUntold, "\(words) in \(text)")
        continue
      }
      told += 1
      #expect(verdict == Self.expected(query, entry), "\(words) in \(text)")
    }
    #expect(told >= 480)
  }

  /// Text that is not printable ASCII, and queries that are not ASCII, are left to the full
  /// comparison.
  @Test(arguments: [
    ("drift", "Café drift"), ("drift", "tab\tdrift"), ("drift", "line\r\ndrift"),
    ("日本", "drift 日本"), ("café", "Café drift"), ("drift", "drift \u{1B}[31m"),
  ])
  func otherTextIsLeftToTheFullComparison(words: String, text: String) {
    let entry = SearchEntry(topic: "t", text: text, field: .text)
    #expect(Self.verdict(SearchQuery([words]), entry) == .unknown)
  }

  /// Keywords with characters that fold into ASCII are left to the full comparison, and so
  /// is such a context when the word must be looked for there.
  @Test func otherKeywordsOrContextAreLeftToTheFullComparison() {
    let inKeywords = SearchEntry(topic: "t", text: "drift", field: .text, keywords: "Zürich")
    let inContext = SearchEntry(topic: "t", text: "drift", field: .text, context: "Zürich")
    let needsContext = SearchEntry(
      topic: "t", text: "data", field: .text, context: "Zürich drift")
    #expect(Self.verdict(SearchQuery(["drift"]), inKeywords) == .unknown)
    #expect(Self.verdict(SearchQuery(["data drift"]), needsContext) == .unknown)
    // A context the word need not be looked for in does not matter.
    #expect(
      Self.verdict(SearchQuery(["drift"]), inContext)
        == Self.expected(SearchQuery(["drift"]), inContext))
  }

  /// With a limit, entries ranked on bytes below the last hit kept are only counted: the hits
  /// and the total are those of the scan without a limit, cut, for hits that tie, hits in
  /// keywords or context, and non-ASCII ones mixed in.
  @Test(arguments: [1, 3, 10])
  func countingWhatCannotBeShownKeepsTheSameAnswer(limit: Int) {
    var generator = Generator(state: UInt64(limit))
    var entries: [SearchEntry] = []
    for index in 0..<600 {
      let text = Self.text(&generator, pieces: 1 + generator.next(8))
      entries.append(
        SearchEntry(
          topic: "t\(index % 7)", text: index % 50 == 0 ? text + " Zürich" : text,
          field: generator.pick([.text, .text, .heading, .title]),
          labelLength: generator.next(6),
          keywords: generator.next(5) == 0 ? "drift ml" : "",
          context: generator.pick(["", "Data topic", "Gradient section"])))
    }
    for words in ["drift", "data drift", "gradient", "\"data drift\"", "ml"] {
      for topic in [nil, "t3"] {
        var scan = SearchScan(SearchQuery([words], topic: topic, limit: limit))
        scan.add(entries)
        let limited = scan.result()
        let all = SearchIndex(entries: entries).search(SearchQuery([words], topic: topic))
        #expect(limited.total == all.total, "\(words)")
        #expect(limited.hits == Array(all.hits.prefix(limit)), "\(words)")
      }
    }
  }
}
