/// Finds runs of words a text shares with the source documents: the rule of issue 27, that a
/// run of 8 or more words repeated from a source is copied text (`SourceWords` says what a word
/// is).
struct CopiedTextChecker {
  /// A run of words that stands in a source as it stands in the text.
  struct Run: Equatable, CustomStringConvertible {
    /// The line of the text where the run starts.
    var line: Int
    /// The run's words, joined by spaces.
    var phrase: String

    var description: String { "line \(line): \"\(phrase)\"" }
  }

  /// How many words in a row make a copy.
  let runLength: Int
  /// Every run of `runLength` words in the sources, joined by spaces.
  private let sourceRuns: Set<String>

  /// A checker against the texts `sources`.
  init(sources: [String], runLength: Int = 8) {
    self.runLength = runLength
    var runs = Set<String>()
    for source in sources {
      let words = SourceWords.words(of: source).map(\.text)
      guard words.count >= runLength else { continue }
      for start in 0...(words.count - runLength) {
        runs.insert(words[start..<(start + runLength)].joined(separator: " "))
      }
    }
    sourceRuns = runs
  }

  /// The runs of `text` that repeat a source, each as long as it goes on repeating one.
  func copiedRuns(in text: String) -> [Run] {
    let words = SourceWords.words(of: text)
    func isCopied(from start: Int) -> Bool {
      sourceRuns.contains(
        words[start..<(start + runLength)].map(\.text).joined(separator: " "))
    }
    var runs: [Run] = []
    var start = 0
    while start + runLength <= words.count {
      guard isCopied(from: start) else {
        start += 1
        continue
      }
      var end = start + runLength
      while end < words.count, isCopied(from: end - runLength + 1) { end += 1 }
      runs.append(
        Run(
          line: words[start].line,
          phrase: words[start..<end].map(\.text).joined(separator: " ")))
      start = end
    }
    return runs
  }
}
