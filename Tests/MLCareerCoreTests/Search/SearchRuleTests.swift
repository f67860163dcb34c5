import Foundation
import TestSupport
import Testing

@testable import GuideModel
@testable import MLCareerCore

/// The byte tests that rule a topic file out before it is parsed, and an entry before it is
/// folded, held against the rule they are derived from: whenever the rule matches an entry of
/// a file, the tests keep the file and the entry.
@Suite struct SearchRuleTests {
  /// Whether the rule matches some entry of `topic`.
  static func ruleMatches(_ query: SearchQuery, _ topic: Topic) -> Bool {
    let rule = SearchRule(query)
    return SearchEntry.entries(of: topic).contains {
      rule.hit($0, context: FoldedText($0.context)) != nil
    }
  }

  /// The queries a topic's own text suggests: each run of text between spaces, pieces of it,
  /// and two runs side by side as a phrase.
  static func queries(from topic: Topic) -> [String] {
    var queries: [String] = []
    for entry in SearchEntry.entries(of: topic) {
      let chunks = entry.text.split(whereSeparator: \.isWhitespace).map(String.init)
      for (number, chunk) in chunks.enumerated() {
        queries.append(chunk)
        let characters = Array(chunk)
        for start in stride(from: 1, to: characters.count - 1, by: 3) {
          queries.append(String(characters[start..<min(characters.count, start + 4)]))
        }
        if number > 0 { queries.append("\"\(chunks[number - 1]) \(chunk)\"") }
      }
    }
    return queries
  }

  /// A search fuzz input's query (its first line) and topic source (the rest), as the fuzz
  /// target `search` reads it.
  static func split(_ text: String) -> (String, String) {
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(lines[0]), lines.count > 1 ? String(lines[1]) : "")
  }

  /// The queries of `source` (as topic `id`) the rule matches where the byte test rules out
  /// the file, or the entry test an entry the rule matches; or where the entry test says an
  /// entry surely matches and the rule does not, or the best rank it tells is below the hit's.
  static func missed(in source: String, id: String = "t", extra: [String] = []) -> [String] {
    guard let topic = try? TopicLoader.load(id: id, file: "topics/t.md", source: source) else {
      return []
    }
    let entries = SearchEntry.entries(of: topic)
    return (queries(from: topic) + extra).filter { words in
      let query = SearchQuery([words])
      let rule = SearchRule(query)
      let hits = entries.map { rule.hit($0, context: FoldedText($0.context)) }
      let matched = zip(entries, hits).filter { $1 != nil }.map(\.0)
      let wrong = zip(entries, hits).contains { entry, hit in
        hit.map { rule.bestRank(entry) < $0.rank } ?? rule.mayMatch(entry, surely: true)
      }
      return !query.isEmpty && (wrong || !matched.isEmpty)
        && (wrong || !rule.mayMatch(topicSource: source, id: id)
          || !matched.allSatisfy { rule.mayMatch($0) })
    }
  }

  @Test(
    .enabled(
      if: SharedMaterial.has(SharedMaterial.commonMarkSpec),
      SharedMaterial.skipReason(SharedMaterial.commonMarkSpec)))
  func theByteTestKeepsEverySpecExampleTheRuleMatches() throws {
    struct Example: Decodable { let markdown: String }
    let examples = try JSONDecoder().decode(
      [Example].self, from: Data(contentsOf: SharedMaterial.url(SharedMaterial.commonMarkSpec)))
    var loaded = 0
    for (number, example) in examples.enumerated() {
      let source = "# Example\n\nThe lead.\n\n## Body\n\n" + example.markdown
      if (try? TopicLoader.load(id: "t", file: "topics/t.md", source: source)) != nil {
        loaded += 1
      }
      #expect(Self.missed(in: source).isEmpty, "example \(number + 1)")
    }
    #expect(loaded > 500)
  }

  @Test func theByteTestKeepsEveryFuzzInputTheRuleMatches() {
    let inputs = ["markdown", "topic", "search"].flatMap(FuzzCorpusTests.inputs)
    #expect(!inputs.isEmpty)
    for bytes in inputs {
      let text = String(decoding: bytes, as: UTF8.self)
      let (query, source) = Self.split(text)
      #expect(Self.missed(in: source, extra: [query]).isEmpty, "\(text.prefix(80))")
      let whole = String(decoding: bytes.dropFirst(), as: UTF8.self)
      #expect(Self.missed(in: whole).isEmpty, "\(whole.prefix(80))")
    }
  }

  /// Markup that joins letters of a word hidden behind a link's destination, an HTML tag or
  /// a character reference: the file is kept.
  @Test(arguments: [
    ("da*ta*", "data"), ("[da](https://example.org/x \"t\")ta", "data"),
    ("[da][ref]ta\n\n[ref]: /u", "data"), ("<b class=\"x\">data</b>", "data"),
    ("caf&eacute;s", "cafés"), ("stra&szlig;e", "strasse"), ("&#x64;ata", "data"),
    ("`f&ouml;f&ouml;`", "f&ouml;f&ouml;"), ("c\\+\\+ and more", "c++"),
    ("$136,287 a year", "136287"), ("Café Zürich", "zurich"), ("日本語の文", "本語"),
    ("2023–2027: da*ta*", "data"), ("[da](https://example.org)ta – then", "data"),
    ("d&#x61;ta, 2–4 years", "data"), ("Zürich – d**at**a", "data"),
  ])
  func wordsJoinedByMarkupAreKept(markdown: String, word: String) throws {
    let source = "# Title\n\nLead.\n\n## Body\n\n\(markdown)\n"
    let topic = try TopicLoader.load(id: "t", file: "topics/t.md", source: source)
    let query = SearchQuery([word])
    #expect(Self.ruleMatches(query, topic))
    #expect(SearchRule(query).mayMatch(topicSource: source, id: "t"))
  }

  @Test func aFileThatCannotMatchIsRuledOut() {
    let source = """
      # Gradients

      A [gradient](https://example.org/quantum) step – 2023–2027, &amp; <b>more</b>.

      ## Steps

      - Descend the *gradient* until it settles.

      """
    let rule = { (words: String) in SearchRule(SearchQuery([words])) }
    #expect(rule("gradient").mayMatch(topicSource: source, id: "steps"))
    #expect(!rule("quantization").mayMatch(topicSource: source, id: "steps"))
    // Past a link's end the letters go on side by side, and there they stop matching.
    #expect(!rule("quantumsteps").mayMatch(topicSource: source, id: "steps"))
    #expect(!rule("\"descend slowly\"").mayMatch(topicSource: source, id: "steps"))
    // A word only the topic's id holds counts for the context of every entry, but some word
    // must stand in the text.
    #expect(rule("steps gradient").mayMatch(topicSource: source, id: "steps-guide"))
    #expect(!rule("guide").mayMatch(topicSource: source, id: "steps-guide"))
  }

  /// The entry test keeps every text whose other scalars may fold into the word, and rules out
  /// one where they stand apart from letters and their folding lacks it.
  @Test(arguments: [
    ("Café au lait", "cafe", true), ("Straße", "strasse", true), ("a © b", "co", false),
    ("Zürich", "zurich", true), ("engineer © tensor", "gradient", false),
    ("engineer © gradient", "gradient", true), ("İ ǅ", "dz", false), ("a ß b", "ss", true),
    ("$1 – $2", "a", false), ("90 £ ß", "ss", true),
    ("Gradient descent", "gradient", true), ("Gradients", "descent", false),
  ])
  func theEntryTestKeepsWhatOtherScalarsMayFoldTo(text: String, word: String, kept: Bool) {
    let entry = SearchEntry(topic: "t", text: text, field: .text)
    let rule = SearchRule(SearchQuery([word]))
    #expect(rule.mayMatch(entry) == kept)
    let hit = rule.hit(entry, context: FoldedText(""))
    if hit != nil { #expect(rule.mayMatch(entry)) }
    // What the bytes tell for sure is so; of ASCII text and a word of letters, everything.
    let surely = rule.mayMatch(entry, surely: true)
    #expect(!surely || hit != nil)
    if text.allSatisfy(\.isASCII) { #expect(surely == (hit != nil)) }
  }

  /// The record test, made of a skill's or a salary record's pieces before its entry is made,
  /// keeps every record whose entry the rule matches, over queries of the records' own words,
  /// pieces of them, phrases and the punctuation that joins the pieces; and rules some out.
  @Test func theRecordTestKeepsEveryRecordTheRuleMatches() throws {
    let skills = EmbeddedData.skillCatalog
    let salaries = EmbeddedData.salaries
    let all = SearchEntry.entries(of: skills) + SearchEntry.entries(of: salaries)
    var queries = ["\"(2024,\"", "2024)", "\"engineers:\"", "AI/ML", "ai-ml", "136,287", "skill"]
    for entry in all {
      let chunks = entry.text.split(whereSeparator: \.isWhitespace).map(String.init)
      for (number, chunk) in chunks.enumerated() {
        queries += [chunk, String(chunk.prefix(4)), String(chunk.suffix(3))]
        if number > 0 { queries.append("\"\(chunks[number - 1]) \(chunk)\"") }
      }
      queries += entry.keywords.split(separator: " ").map(String.init)
      queries += entry.context.split(separator: " ").map { "\($0) \(chunks[0])" }
    }
    var ruledOut = 0
    for words in Set(queries) {
      let rule = SearchRule(SearchQuery([words]))
      let kept =
        SearchEntry.entries(of: skills, for: rule) + SearchEntry.entries(of: salaries, for: rule)
      let matched = all.filter { rule.hit($0, context: FoldedText($0.context)) != nil }
      #expect(matched.allSatisfy(kept.contains), "\(words)")
      ruledOut += all.count - kept.count
    }
    #expect(ruledOut > 0)
  }

  /// A phrase is found in a paragraph holding its words thousands of times. (That matching looks
  /// at each occurrence a few times, not once for every earlier one, the benchmark's
  /// pathological section checks.)
  @Test func aPhraseInAParagraphOfThousandsOfOccurrencesIsFound() {
    let text = String(repeating: "word ", count: 32_000) + "drift"
    let index = SearchIndex(entries: [SearchEntry(topic: "t", text: text, field: .text)])
    #expect(index.search(SearchQuery(["\"word word\"", "word-drift"])).total == 1)
    #expect(index.search(SearchQuery(["\"word drift word\""])).total == 0)
  }
}
