/// Everything search can find, folded once, and the search itself.
///
/// An index is built from entries; each source of entries (topics, and records such as salary
/// figures or skills) has one function that turns it into `SearchEntry`s, so adding a source to
/// search is writing that function and passing its entries to `add(_:)`.
public struct SearchIndex: Sendable {
  /// An entry with its text and context folded for comparison.
  struct Document: Sendable {
    let entry: SearchEntry
    let text: FoldedText
    let keywords: FoldedText
    let context: FoldedText

    /// `entry` folded.
    init(_ entry: SearchEntry) {
      self.init(
        entry: entry, text: FoldedText(entry.text), keywords: FoldedText(entry.keywords),
        context: FoldedText(entry.context))
    }

    init(entry: SearchEntry, text: FoldedText, keywords: FoldedText, context: FoldedText) {
      self.entry = entry
      self.text = text
      self.keywords = keywords
      self.context = context
    }
  }

  /// The entries, in the order added; they are folded when searched (see `SearchScan`).
  private(set) var entries: [SearchEntry] = []

  /// An index of `entries`, in the order given (which breaks ties between equal hits).
  init(entries: [SearchEntry] = []) {
    add(entries)
  }

  /// Adds `entries` after the ones already there.
  mutating func add(_ entries: [SearchEntry]) {
    self.entries += entries
  }

  /// How many entries the index holds.
  public var count: Int { entries.count }

  /// The entries holding every word of `query` (at least one in their own text or keywords, the
  /// others there or in their path), best first: more words in the text itself, then a title
  /// before a heading before body text, then more words in the text's label, then more whole
  /// words, then the words side by side, then the shorter text, then the guide's order.
  public func search(_ query: SearchQuery) -> SearchResult {
    var scan = SearchScan(query)
    scan.add(entries)
    return scan.result()
  }

  /// The hit `document` makes for `terms`, or `nil` when a term is missing from it. A term of
  /// several parts (a phrase) is found where its parts stand side by side.
  static func match(_ terms: [[[Unicode.Scalar]]], in document: Document) -> SearchHit? {
    var occurrencesByWord: [[FoldedText.Occurrence]] = []
    var wordsInText = 0
    var wholeWords = 0
    var wordsInLabel = 0
    for parts in terms {
      let occurrences = phraseOccurrences(parts, in: document.text)
      if occurrences.isEmpty {
        let keywords = phraseOccurrences(parts, in: document.keywords)
        if !keywords.isEmpty {
          wordsInText += 1
          if keywords.allSatisfy({ $0.contains(where: \.isWholeWord) }) { wholeWords += 1 }
        } else if phraseOccurrences(parts, in: document.context).isEmpty {
          return nil
        }
      } else {
        wordsInText += 1
        if occurrences.allSatisfy({ $0.contains(where: \.isWholeWord) }) { wholeWords += 1 }
        if occurrences[0].contains(where: {
          document.text.characterRange(of: $0.range).upperBound <= document.entry.labelLength
        }) {
          wordsInLabel += 1
        }
      }
      occurrencesByWord += occurrences.isEmpty ? parts.map { _ in [] } : occurrences
    }
    guard wordsInText > 0 else { return nil }
    let rank = SearchHit.Rank(
      wordsInText: wordsInText, field: document.entry.field, wordsInLabel: wordsInLabel,
      wholeWords: wholeWords,
      isPhrase: occurrencesByWord.count > 1 && isPhrase(occurrencesByWord, in: document.text),
      length: document.entry.text.count)
    return SearchHit(
      entry: document.entry,
      highlights: highlights(occurrencesByWord.flatMap { $0 }, in: document.text),
      rank: rank)
  }

  /// The occurrences of each of `parts` in `text`, one list a part, or none when a part is
  /// missing or, for several parts, when they never stand side by side.
  private static func phraseOccurrences(_ parts: [[Unicode.Scalar]], in text: FoldedText)
    -> [[FoldedText.Occurrence]]
  {
    let occurrences = parts.map { text.occurrences(of: $0) }
    guard !occurrences.contains(where: \.isEmpty) else { return [] }
    guard parts.count > 1 else { return occurrences }
    return isPhrase(occurrences, in: text) ? occurrences : []
  }

  /// Whether one occurrence of each word follows the previous one's with at most a few
  /// characters that are not letters or digits between them (`data drift`, `data-drift`).
  private static func isPhrase(_ occurrences: [[FoldedText.Occurrence]], in text: FoldedText)
    -> Bool
  {
    guard var ends = occurrences.first.map({ Set($0.map(\.range.upperBound)) }) else {
      return false
    }
    for next in occurrences.dropFirst() {
      ends = Set(
        next.filter { occurrence in
          ends.contains { end in
            end <= occurrence.range.lowerBound && occurrence.range.lowerBound - end <= 3
              && !text.scalars[end..<occurrence.range.lowerBound].contains(
                where: FoldedText.isWordScalar)
          }
        }.map(\.range.upperBound))
      if ends.isEmpty { return false }
    }
    return true
  }

  /// The character spans of `occurrences` in the original text, sorted, overlapping ones merged.
  private static func highlights(_ occurrences: [FoldedText.Occurrence], in text: FoldedText)
    -> [Range<Int>]
  {
    let spans = occurrences.map { text.characterRange(of: $0.range) }
      .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    var merged: [Range<Int>] = []
    for span in spans {
      if let last = merged.last, span.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        merged.append(span)
      }
    }
    return merged
  }
}
