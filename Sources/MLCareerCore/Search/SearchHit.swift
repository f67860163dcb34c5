/// One entry that matched every word of a query, with where the words are in its text.
package struct SearchHit: Sendable, Equatable {
  package let entry: SearchEntry
  /// The spans of `entry.text` to highlight, as offsets of characters, in order and apart: each
  /// span's start and end in turn. Bounds, not ranges: an array of ranges has its type made at
  /// run time by a scan of every conformance, which a search that finds anything would pay.
  let highlights: [Int]
  /// How well it matched; greater is better.
  let rank: Rank

  /// How well an entry matched, compared member by member in this order.
  struct Rank: Sendable, Equatable, Comparable {
    /// How many query words the text itself holds (the others are in its path).
    var wordsInText: Int
    /// The text's field: a title, a heading, body text.
    var field: SearchEntry.Field
    /// How many query words stand in the text's label (`Python` in `Python: simple…`).
    var wordsInLabel: Int
    /// How many query words the text holds as whole words rather than inside longer words.
    var wholeWords: Int
    /// Whether the text holds the query words side by side, in order.
    var isPhrase: Bool
    /// The text's length in characters; shorter is better, being more to the point.
    var length: Int

    static func < (lhs: Rank, rhs: Rank) -> Bool {
      if lhs.wordsInText != rhs.wordsInText { return lhs.wordsInText < rhs.wordsInText }
      if lhs.field != rhs.field { return lhs.field < rhs.field }
      if lhs.wordsInLabel != rhs.wordsInLabel { return lhs.wordsInLabel < rhs.wordsInLabel }
      if lhs.wholeWords != rhs.wholeWords { return lhs.wholeWords < rhs.wholeWords }
      if lhs.isPhrase != rhs.isPhrase { return !lhs.isPhrase }
      return lhs.length > rhs.length
    }
  }
}

/// The hits of a query, best first, and how many there were before the limit.
package struct SearchResult: Sendable, Equatable {
  package let query: SearchQuery
  /// The hits kept, best first.
  package let hits: [SearchHit]
  /// How many entries matched in all.
  let total: Int
}
