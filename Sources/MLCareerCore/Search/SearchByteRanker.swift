/// The rank `SearchIndex.match` gives an entry, told from the UTF-8 bytes of its text, keywords
/// and context, with no string made and nothing folded into scalars, when the query's words
/// are ASCII and the entry is printable ASCII (U+0020–U+007E) save characters that fold into
/// no ASCII (dashes, quotes, ©, CJK), as most of any guide is.
///
/// Search ranks every entry that matches but shows only the best few. An entry whose rank
/// cannot beat the last one kept needs no highlights and no entry of its own: the scan only
/// counts it (see `SearchScan`). Telling that rank is most of the work of a search that
/// matches half a pack, so it is done here on bytes, step for step as `match` does it on
/// folded scalars: the text folded as `FoldedText` folds ASCII (upper case as lower, a comma
/// between digits left out), each term's parts found with whether they stand as whole words,
/// phrases side by side, a word in the label. Any other entry or query answers `unknown`, and
/// the full comparison decides. A test holds the two to the same answer.
///
/// A character that folds into no ASCII is folded as `FoldedText` folds it, each scalar of its
/// folding kept as one byte no ASCII part can match: `0x81` for a letter or digit (a word
/// scalar, which stops a whole word), `0x80` for any other. Offsets count characters, each of
/// these one scalar, as `FoldedText.origins` does.
struct SearchByteRanker: Sendable {
  /// What the bytes say of an entry.
  enum Verdict: Equatable {
    /// It does not match.
    case noMatch
    /// It matches with this rank.
    case rank(SearchHit.Rank)
    /// The bytes cannot tell: the full comparison must.
    case unknown
  }

  /// Each term's parts as ASCII bytes; `nil` when a part is not ASCII.
  private let terms: [[[UInt8]]]?

  /// One place a part occurs, in folded offsets.
  private struct Occurrence {
    var start: Int
    var end: Int
    var isWholeWord: Bool
  }

  /// A text folded, with each folded byte's offset in the original.
  private struct Folded {
    /// The folded bytes are the first `count` of `bytes`, each from the character `origins`
    /// holds at the same offset; both arrays are kept at least as long as needed and written
    /// in place.
    var bytes: [UInt8] = []
    var origins: [Int] = []
    var count = 0
    /// How many characters the original text has.
    var characters = 0
  }

  /// The folding of each non-ASCII scalar met so far, as the bytes it stands for here; `nil`
  /// for one that is not told on bytes (it folds into ASCII, or joins its neighbours).
  private var foldings: [UInt32: [UInt8]?] = [:]

  // Scratch space, reused from entry to entry so ranking allocates nothing once warm.
  private var text = Folded()
  private var other = Folded()
  private var occurrences: [Occurrence] = []
  /// For each part of the terms found in the text so far, its occurrences in `occurrences`.
  private var partRanges: [Range<Int>] = []
  private var ends: [Int] = []
  private var nextEnds: [Int] = []

  /// A ranker for the folded `terms` of a query (`SearchQuery.terms`).
  init(terms: [[[Unicode.Scalar]]]) {
    let ascii = terms.allSatisfy { $0.allSatisfy { $0.allSatisfy(\.isASCII) } }
    self.terms =
      ascii && !terms.isEmpty ? terms.map { $0.map { $0.map { UInt8($0.value) } } } : nil
  }

  /// Whether the query's words are all ASCII, so that some entries can be ranked on bytes.
  var isUsable: Bool { terms != nil }

  /// The verdict on an entry of `field` whose label is `labelLength` characters long, from the
  /// UTF-8 bytes of its text, keywords and context.
  mutating func rank(
    text textBytes: UnsafeBufferPointer<UInt8>, keywords: UnsafeBufferPointer<UInt8>,
    context: UnsafeBufferPointer<UInt8>, field: SearchEntry.Field, labelLength: Int
  ) -> Verdict {
    guard let terms, fold(textBytes, into: .text), fold(keywords, into: .other) else {
      return .unknown
    }
    let keywordsFolded = other
    occurrences.removeAll(keepingCapacity: true)
    partRanges.removeAll(keepingCapacity: true)
    var wordsInText = 0
    var wholeWords = 0
    var wordsInLabel = 0
    var everyTermInText = true
    for parts in terms {
      let mark = partRanges.count
      if phraseOccurs(parts, in: text, keepingOccurrences: true) {
        wordsInText += 1
        if partRanges[mark...].allSatisfy({ range in
          occurrences[range].contains(where: \.isWholeWord)
        }) {
          wholeWords += 1
        }
        let first = partRanges[mark]
        if occurrences[first].contains(where: { text.origins[$0.end - 1] + 1 <= labelLength }) {
          wordsInLabel += 1
        }
        continue
      }
      // Not in the text: in the keywords it counts as in the text, but nothing of it is kept
      // for the phrase test; in the context it only lets the entry match.
      everyTermInText = false
      let scratch = (occurrences.count, partRanges.count)
      if phraseOccurs(parts, in: keywordsFolded, keepingOccurrences: true) {
        wordsInText += 1
        if partRanges[scratch.1...].allSatisfy({ range in
          occurrences[range].contains(where: \.isWholeWord)
        }) {
          wholeWords += 1
        }
        occurrences.removeSubrange(scratch.0...)
        partRanges.removeSubrange(scratch.1...)
        continue
      }
      guard fold(context, into: .other) else { return .unknown }
      if !phraseOccurs(parts, in: other, keepingOccurrences: false) { return .noMatch }
    }
    guard wordsInText > 0 else { return .noMatch }
    // Every part of every term, in order, side by side: only when each term is in the text
    // (`match` puts an empty list for each part of one that is not, and no phrase has those).
    let isPhrase = everyTermInText && partRanges.count > 1 && isPhrase(partRanges[...], in: text)
    return .rank(
      SearchHit.Rank(
        wordsInText: wordsInText, field: field, wordsInLabel: wordsInLabel,
        wholeWords: wholeWords, isPhrase: isPhrase, length: text.characters))
  }

  /// Whether `parts` occur in `folded`, side by side when there are several; the occurrences of
  /// each part are appended to `occurrences` (a range of them to `partRanges`), and taken
  /// back again unless `keepingOccurrences`.
  private mutating func phraseOccurs(
    _ parts: [[UInt8]], in folded: Folded, keepingOccurrences: Bool
  ) -> Bool {
    let mark = (occurrences.count, partRanges.count)
    var found = true
    for part in parts {
      let start = occurrences.count
      Self.appendOccurrences(of: part, in: folded, to: &occurrences)
      partRanges.append(start..<occurrences.count)
      if occurrences.count == start {
        found = false
        break
      }
    }
    if found, parts.count > 1 {
      found = isPhrase(partRanges[mark.1...], in: folded)
    }
    if !found || !keepingOccurrences {
      occurrences.removeSubrange(mark.0...)
      partRanges.removeSubrange(mark.1...)
    }
    return found
  }

  /// Whether one occurrence of each part follows one of the part before with at most three
  /// bytes between them, none a letter or digit (as `SearchIndex.isPhrase`).
  private mutating func isPhrase(_ ranges: ArraySlice<Range<Int>>, in folded: Folded) -> Bool {
    guard let first = ranges.first else { return false }
    ends.removeAll(keepingCapacity: true)
    for occurrence in occurrences[first] { ends.append(occurrence.end) }
    for range in ranges.dropFirst() {
      nextEnds.removeAll(keepingCapacity: true)
      for occurrence in occurrences[range] {
        let follows = ends.contains { end in
          end <= occurrence.start && occurrence.start - end <= 3
            && !folded.bytes[end..<occurrence.start].contains(where: Self.isWordByte)
        }
        if follows { nextEnds.append(occurrence.end) }
      }
      swap(&ends, &nextEnds)
      if ends.isEmpty { return false }
    }
    return true
  }

  /// Appends every place `part` occurs in `bytes` (overlapping ones too), as
  /// `FoldedText.occurrences(of:)` finds them.
  private static func appendOccurrences(
    of part: [UInt8], in folded: Folded, to occurrences: inout [Occurrence]
  ) {
    let count = part.count
    guard count > 0, count <= folded.count else { return }
    let first = part[0]
    let startsInWord = isWordByte(first)
    let endsInWord = isWordByte(part[count - 1])
    folded.bytes.withUnsafeBufferPointer { all in
      let bytes = UnsafeBufferPointer(rebasing: all[..<folded.count])
      part.withUnsafeBufferPointer { part in
        var start = 0
        while start + count <= bytes.count {
          defer { start += 1 }
          guard bytes[start] == first else { continue }
          var matched = 1
          while matched < count, bytes[start + matched] == part[matched] { matched += 1 }
          guard matched == count else { continue }
          let end = start + count
          let startsWord = start == 0 || !startsInWord || !isWordByte(bytes[start - 1])
          let endsWord = end == bytes.count || !endsInWord || !isWordByte(bytes[end])
          occurrences.append(
            Occurrence(start: start, end: end, isWholeWord: startsWord && endsWord))
        }
      }
    }
  }

  /// Which scratch text to fold into.
  private enum Scratch {
    case text, other
  }

  /// Folds `bytes` into the scratch text `scratch` as `FoldedText` folds them; `false` (and
  /// the scratch unusable) when a byte is a control character, the bytes are not UTF-8, or a
  /// character is not one told on bytes.
  private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: Scratch) -> Bool {
    // The scratch is taken out while it is filled, so that `folding(of:)` may update the memo.
    var folded = Folded()
    switch scratch {
    case .text: swap(&folded, &text)
    case .other: swap(&folded, &other)
    }
    defer {
      switch scratch {
      case .text: swap(&folded, &text)
      case .other: swap(&folded, &other)
      }
    }
    // At most three bytes stand for one scalar, which takes two bytes or more.
    let room = 3 * bytes.count
    if folded.bytes.count < room {
      folded.bytes = [UInt8](repeating: 0, count: 2 * room)
      folded.origins = [Int](repeating: 0, count: 2 * room)
    }
    let count = bytes.count
    var offset = 0
    var character = 0
    var written = 0
    let folds = folded.bytes.withUnsafeMutableBufferPointer { out in
      folded.origins.withUnsafeMutableBufferPointer { origins in
        while offset < count {
          let byte = bytes[offset]
          defer { character += 1 }
          if byte < 0x80 {
            guard byte &- 0x20 < 0x5F else { return false }
            defer { offset += 1 }
            if FoldedText.isDroppedComma(bytes, at: offset) { continue }
            out[written] = FoldedText.folded(byte)
            origins[written] = character
            written += 1
            continue
          }
          guard let (value, length) = Self.scalar(in: bytes, at: offset),
            let stand = folding(of: value), stand.count <= 3
          else { return false }
          offset += length
          for placeholder in stand {
            out[written] = placeholder
            origins[written] = character
            written += 1
          }
        }
        return true
      }
    }
    folded.count = written
    folded.characters = character
    return folds
  }

  /// The bytes that stand for the folding of the non-ASCII scalar `value`, or `nil` when it is
  /// not told on bytes: it may join the characters beside it, or folds into some ASCII.
  private mutating func folding(of value: UInt32) -> [UInt8]? {
    if let known = foldings[value] { return known }
    var stand: [UInt8]?
    if FoldedText.isSingleScalarCharacter(value), let scalar = Unicode.Scalar(value) {
      let scalars = FoldedText.folding(of: scalar)
      if !scalars.contains(where: \.isASCII) {
        stand = scalars.map { FoldedText.isWordScalar($0) ? 0x81 : 0x80 }
      }
    }
    foldings[value] = .some(stand)
    return stand
  }

  /// The scalar whose UTF-8 form of two or three bytes starts at `offset`, with its length;
  /// `nil` for any other form (the scalars told on bytes all lie below U+A000) or bytes that
  /// are not well-formed UTF-8.
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> (UInt32, Int)?
  {
    let lead = bytes[offset]
    let rest = bytes.count - offset
    if lead &- 0xC2 < 0x1E, rest >= 2 {
      let second = bytes[offset + 1]
      guard second & 0xC0 == 0x80 else { return nil }
      return (UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F), 2)
    }
    if lead & 0xF0 == 0xE0, rest >= 3 {
      let second = bytes[offset + 1]
      let third = bytes[offset + 2]
      guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
      let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
      // Overlong forms and surrogates are not UTF-8.
      guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
      return (value, 3)
    }
    return nil
  }

  /// Whether a folded byte is a letter or digit (`FoldedText.isWordScalar`): an ASCII one, or
  /// `0x81`, which stands for one of another script.
  @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
    FoldedText.isWordByte(byte) || byte == 0x81
  }
}
