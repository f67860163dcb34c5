/// The one rule of search: whether an entry matches a query, how well, and which of its words
/// are highlighted. Every faster check (see `SearchRule+Bytes.swift`) is derived from it and
/// tested against it; nothing else decides a match or a rank.
///
/// An entry matches when each term of the query stands in its text, keywords or context (a
/// term of several parts with its parts side by side), and one term at least in its text or
/// keywords.
struct SearchRule: Sendable {
  /// The query's terms, each a list of folded parts (see `SearchQuery.terms`).
  let terms: [[[Unicode.Scalar]]]

  init(_ query: SearchQuery) {
    terms = query.terms
  }

  /// The hit `entry` makes, or `nil` when it does not match; `context` is `entry.context`
  /// folded, which the entries of one section share.
  func hit(_ entry: SearchEntry, context: FoldedText) -> SearchHit? {
    guard !terms.isEmpty else { return nil }
    let text = FoldedText(entry.text)
    var keywords: FoldedText?
    var occurrencesByWord: [[FoldedText.Occurrence]] = []
    var wordsInText = 0
    var wholeWords = 0
    var wordsInLabel = 0
    for parts in terms {
      let occurrences = Self.phraseOccurrences(parts, in: text)
      if occurrences.isEmpty {
        let folded = keywords ?? FoldedText(entry.keywords)
        keywords = folded
        let inKeywords = Self.phraseOccurrences(parts, in: folded)
        if !inKeywords.isEmpty {
          wordsInText += 1
          if inKeywords.allSatisfy({ $0.contains(where: \.isWholeWord) }) { wholeWords += 1 }
        } else if Self.phraseOccurrences(parts, in: context).isEmpty {
          return nil
        }
      } else {
        wordsInText += 1
        if occurrences.allSatisfy({ $0.contains(where: \.isWholeWord) }) { wholeWords += 1 }
        if occurrences[0].contains(where: {
          text.characterRange(of: $0.range).upperBound <= entry.labelLength
        }) {
          wordsInLabel += 1
        }
      }
      occurrencesByWord += occurrences.isEmpty ? parts.map { _ in [] } : occurrences
    }
    guard wordsInText > 0 else { return nil }
    let rank = SearchHit.Rank(
      wordsInText: wordsInText, field: entry.field, wordsInLabel: wordsInLabel,
      wholeWords: wholeWords,
      isPhrase: occurrencesByWord.count > 1 && Self.isPhrase(occurrencesByWord, in: text),
      length: text.characterCount)
    return SearchHit(
      entry: entry, highlights: Self.highlights(occurrencesByWord.flatMap { $0 }, in: text),
      rank: rank)
  }

  /// The occurrences of each of `parts` in `text`, one list a part, or none when a part is
  /// missing or, for several parts, when they never stand side by side.
  private static func phraseOccurrences(_ parts: [[Unicode.Scalar]], in text: FoldedText)
    -> [[FoldedText.Occurrence]]
  {
    var occurrences: [[FoldedText.Occurrence]] = []
    for part in parts {
      let found = text.occurrences(of: part)
      if found.isEmpty { return [] }
      occurrences.append(found)
    }
    guard parts.count > 1 else { return occurrences }
    return isPhrase(occurrences, in: text) ? occurrences : []
  }

  /// Whether one occurrence of each word follows the previous one's with at most a few
  /// characters that are not letters or digits between them (`data drift`, `data-drift`).
  /// Each occurrence looks only at the few places such a predecessor can end, so a paragraph
  /// holding a word thousands of times costs as many lookups, not their square.
  private static func isPhrase(_ occurrences: [[FoldedText.Occurrence]], in text: FoldedText)
    -> Bool
  {
    guard let first = occurrences.first else { return false }
    // Whether an occurrence of the words so far ends at each place of the text.
    var ends = [Bool](repeating: false, count: text.scalars.count + 1)
    for occurrence in first { ends[occurrence.range.upperBound] = true }
    for next in occurrences.dropFirst() {
      var following = [Bool](repeating: false, count: ends.count)
      var found = false
      for occurrence in next {
        let start = occurrence.range.lowerBound
        // The gap, read backwards from the start: an end may stand at each place until a
        // letter or digit breaks the gap.
        var end = start
        while end >= max(0, start - 3) {
          if ends[end] {
            following[occurrence.range.upperBound] = true
            found = true
            break
          }
          if end == 0 || FoldedText.isWordScalar(text.scalars[end - 1]) { break }
          end -= 1
        }
      }
      if !found { return false }
      ends = following
    }
    return true
  }

  /// The character spans of `occurrences` in the original text, sorted, overlapping ones merged,
  /// as `SearchHit.highlights` holds them (folding keeps the order of characters).
  private static func highlights(_ occurrences: [FoldedText.Occurrence], in text: FoldedText)
    -> [Int]
  {
    var merged: [Int] = []
    for occurrence in occurrences.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      let span = text.characterRange(of: occurrence.range)
      if let last = merged.last, span.lowerBound <= last {
        merged[merged.count - 1] = max(last, span.upperBound)
      } else {
        merged += [span.lowerBound, span.upperBound]
      }
    }
    return merged
  }
}
