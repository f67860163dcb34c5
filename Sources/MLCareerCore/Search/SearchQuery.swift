/// What a person searches for: words that must all match, and optionally the topic to search
/// and how many hits to keep.
public struct SearchQuery: Sendable, Equatable {
  /// The words, as typed, split at spaces, punctuation trimmed from their ends; words without a
  /// letter or digit are left out.
  public let words: [String]
  /// The words folded for comparison (see `FoldedText`).
  let foldedWords: [[Unicode.Scalar]]
  /// The id of the only topic to search, or `nil` for all.
  public var topic: String?
  /// The most hits to return, or `nil` for all.
  public var limit: Int?

  /// A query from the words a person typed (`["data", "drift"]` or `["data drift"]` alike).
  public init(_ terms: [String], topic: String? = nil, limit: Int? = nil) {
    var words: [String] = []
    var folded: [[Unicode.Scalar]] = []
    for term in terms {
      for piece in term.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
        let word = Self.trimmed(piece)
        let scalars = FoldedText(word).scalars
        guard scalars.contains(where: FoldedText.isWordScalar), !folded.contains(scalars) else {
          continue
        }
        words.append(word)
        folded.append(scalars)
      }
    }
    self.words = words
    self.foldedWords = folded
    self.topic = topic
    self.limit = limit
  }

  /// Whether there is nothing to look for.
  public var isEmpty: Bool { words.isEmpty }

  /// The words as one line, as shown in messages: `data drift`.
  public var text: String { words.joined(separator: " ") }

  /// `piece` without the punctuation that only ends a phrase (`drift,` → `drift`).
  private static func trimmed(_ piece: Substring) -> String {
    let trimmable: Set<Character> = [
      ",", ".", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "{", "}", "«", "»", "“", "”",
      "‘", "’",
    ]
    var slice = piece
    while let first = slice.first, trimmable.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, trimmable.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
