@testable import GuideModel
@testable import MLCareerCore

/// libFuzzer target: search's rule against the byte test derived from it. The input's first
/// line is a query and the rest a topic file; the query, and runs of the topic's own text as
/// queries (words, and neighbouring words as a quoted and a hyphenated phrase), must never be
/// matched by the rule in an entry of a file the byte test rules out.
@_cdecl("LLVMFuzzerTestOneInput")
public func searchFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
  let source = lines.count > 1 ? String(lines[1]) : ""
  guard let topic = try? TopicLoader.load(id: "fuzz", file: "topics/fuzz.md", source: source)
  else { return 0 }
  let entries = SearchEntry.entries(of: topic)
  var queries = [String(lines[0])]
  for entry in entries.prefix(8) {
    let words = entry.text.split(separator: " ").prefix(4).map(String.init)
    queries += words
    for (first, second) in zip(words, words.dropFirst()) {
      queries += ["\"\(first) \(second)\"", "\(first)-\(second)"]
    }
  }
  for words in queries {
    let rule = SearchRule(SearchQuery([words]))
    let matches = entries.contains { rule.hit($0, context: FoldedText($0.context)) != nil }
    if matches && !rule.mayMatch(topicSource: source, id: "fuzz") {
      fatalError("the byte test ruled out a file the rule matches: \(words)")
    }
  }
  return 0
}
