import Testing

@testable import MLCareerCore

/// Searching entries as they come, topic by topic: the byte prefilter never loses a hit, the
/// limit keeps the best ones whatever order they arrive in, and the total counts them all.
@Suite struct SearchScanTests {
  /// Texts that fold in every way `FoldedText` folds: case, accents, grouped numbers, carriage
  /// returns, non-ASCII letters, punctuation inside words.
  static let texts = [
    "Data drift is caught by monitoring.", "DATA-DRIFT dashboards", "San Francisco: $136,287",
    "136287 in plain digits", "Café Zürich, a quiet place", "cafe without accent",
    "line one\r\nline two drift", "C++ and Rust", "nothing to see", "日本 engineers",
    "Straße and strasse", "1,2,3 counted", "dr,ift split by a comma",
    "© gradient — drift “quoted”", "the \u{212A}elvin sign", "\u{130}stanbul", "2\u{20E3},5 keycap",
    "e\u{301}cole", "Ǆ digraph",
  ]
  static let queries = [
    "drift", "data drift", "\"data drift\"", "136287", "136,287", "café", "zurich", "c++",
    "strasse", "engineers", "123", "line two", "ift", "DRIFT", "dr", "日本", "kelvin",
    "istanbul", "©", "quoted", "2,5", "25", "ecole", "dz",
  ]

  static func entries(context: String = "") -> [SearchEntry] {
    texts.map { SearchEntry(topic: "t", text: $0, field: .text, context: context) }
  }

  @Test(arguments: queries)
  func thePrefilterNeverRulesOutAHit(words: String) {
    let query = SearchQuery([words])
    let filter = SearchPrefilter(terms: query.terms)
    for context in ["", "Drift topic", "Café 136,287"] {
      let holds = filter.holds(context)
      for entry in Self.entries(context: context) {
        let matches = SearchIndex.match(query.terms, in: SearchIndex.Document(entry)) != nil
        if matches {
          #expect(filter.mayMatch(entry, contextHolds: holds), "\(words) in \(entry.text)")
        }
      }
    }
  }

  @Test func thePrefilterRulesOutASCIITextWithoutTheWords() {
    let query = SearchQuery(["drift"])
    let filter = SearchPrefilter(terms: query.terms)
    let entry = SearchEntry(topic: "t", text: "nothing to see", field: .text)
    #expect(!filter.mayMatch(entry, contextHolds: filter.holds("")))
    // A word found only in the context does not make a hit alone.
    #expect(!filter.mayMatch(entry, contextHolds: filter.holds("Drift topic")))
    // Characters that never fold into ASCII letters keep the test exact…
    let cjk = SearchEntry(topic: "t", text: "日本 — only ©", field: .text)
    #expect(!filter.mayMatch(cjk, contextHolds: filter.holds("")))
    // …while text with letters that fold is compared in full.
    let accented = SearchEntry(topic: "t", text: "Dr\u{EF}ft", field: .text)
    #expect(filter.mayMatch(accented, contextHolds: filter.holds("")))
  }

  @Test(arguments: [1, 2, 3, 5])
  func theLimitKeepsTheBestWhateverTheOrder(limit: Int) {
    // Many weak hits first, then strong ones: the kept hits are the strongest, in rank order,
    // and the total still counts every hit.
    var entries = (0..<200).map {
      SearchEntry(
        topic: "t", text: "a long paragraph \($0) that mentions drift in passing", field: .text)
    }
    entries += ["Drift", "Drift heading"].map { SearchEntry(topic: "t", text: $0, field: .heading) }
    var scan = SearchScan(SearchQuery(["drift"], limit: limit))
    scan.add(entries)
    let result = scan.result()
    let unlimited = SearchIndex(entries: entries).search(SearchQuery(["drift"]))
    #expect(result.total == 202)
    #expect(result.hits == Array(unlimited.hits.prefix(limit)))
    #expect(result.hits.first?.entry.text == "Drift")
  }
}
