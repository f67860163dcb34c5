/// What a person searches for: terms that must all match, and optionally the topic to search
/// and how many hits to keep.
///
/// A term is a word, or words that must stand side by side in that order: a quoted phrase
/// (`"data drift"`) or a word joined by hyphens or slashes (`ml-engineer` finds `ML engineer`,
/// `ai-ml` finds `AI/ML`).
package struct SearchQuery: Sendable, Equatable {
  /// The terms, as typed, split at spaces outside quotes, punctuation trimmed from their ends;
  /// terms without a letter or digit are left out.
  package let words: [String]
  /// Each term's parts folded for comparison (see `FoldedText`): one part for a plain word,
  /// several for a phrase, which must stand side by side.
  let terms: [[[Unicode.Scalar]]]
  /// The id of the only topic to search, or `nil` for all.
  package var topic: String?
  /// The most hits to return, or `nil` for all.
  package var limit: Int?

  /// A query from the words a person typed (`["data", "drift"]` or `["data drift"]` alike;
  /// `["\"data drift\""]` for the phrase).
  package init(_ arguments: [String], topic: String? = nil, limit: Int? = nil) {
    var words: [String] = []
    var terms: [[[Unicode.Scalar]]] = []
    for (piece, isQuoted) in Self.pieces(of: arguments) {
      let word = Self.trimmed(Substring(piece))
      let parts = Self.parts(of: word, isQuoted: isQuoted)
      guard !parts.isEmpty, !terms.contains(parts) else { continue }
      words.append(parts.count > 1 && isQuoted ? "\"\(word)\"" : word)
      terms.append(parts)
    }
    self.words = words
    self.terms = terms
    self.topic = topic
    self.limit = limit
  }

  package var isEmpty: Bool { words.isEmpty }

  /// The terms as one line, as shown in messages: `data drift`, `"data drift" python`.
  package var text: String { words.joined(separator: " ") }

  /// Whether the query searches the topic `id`: it names no topic, or that one.
  func searches(_ id: String) -> Bool { topic == nil || topic == id }

  /// The arguments split into pieces at white space outside double quotes, each with whether
  /// it was quoted; an unclosed quote runs to the end.
  private static func pieces(of arguments: [String]) -> [(String, Bool)] {
    var pieces: [(String, Bool)] = []
    var current = ""
    var inQuotes = false
    func finish() {
      if !current.isEmpty { pieces.append((current, inQuotes)) }
      current = ""
    }
    for character in arguments.joined(separator: " ") {
      if character == "\"" || character == "“" || character == "”" {
        finish()
        inQuotes.toggle()
      } else if !inQuotes, character.isWhitespace {
        finish()
      } else {
        current.append(character)
      }
    }
    finish()
    return pieces
  }

  /// The folded parts a piece must match side by side: a quoted piece's words, or an unquoted
  /// word split at hyphens and slashes standing between letters or digits (`c++` stays whole).
  private static func parts(of piece: String, isQuoted: Bool) -> [[Unicode.Scalar]] {
    let scalars = FoldedText(piece).scalars
    var parts: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    for (offset, scalar) in scalars.enumerated() {
      let joins = "-/_\u{2010}\u{2011}\u{2013}".unicodeScalars.contains(scalar)
      let splits =
        (isQuoted && scalar.properties.isWhitespace)
        || (joins && offset > 0 && offset + 1 < scalars.count
          && FoldedText.isWordScalar(scalars[offset - 1])
          && FoldedText.isWordScalar(scalars[offset + 1]))
      if splits {
        parts.append(current)
        current = []
      } else {
        current.append(scalar)
      }
    }
    parts.append(current)
    if isQuoted {
      parts = parts.map { trimmed(Substring(String(String.UnicodeScalarView($0)))) }
        .map { Array($0.unicodeScalars) }
    }
    return parts.filter { $0.contains(where: FoldedText.isWordScalar) }
  }

  /// `piece` without the punctuation that only ends a phrase (`drift,` → `drift`).
  private static func trimmed(_ piece: Substring) -> String {
    var slice = piece
    while let first = slice.first, isTrimmable(first) { slice = slice.dropFirst() }
    while let last = slice.last, isTrimmable(last) { slice = slice.dropLast() }
    return String(slice)
  }

  /// Whether `character` is punctuation that only ends a phrase: `,.;:!?"'()[]{}«»“”‘’`.
  private static func isTrimmable(_ character: Character) -> Bool {
    character.unicodeScalars.count == 1 && ",.;:!?\"'()[]{}«»“”‘’".contains(character)
  }
}
