import TextSupport

/// Rules out, without folding anything, the entries that cannot match a query: an entry
/// matches only when each part of every term occurs in its text, keywords or context, and one
/// term at least in its text or keywords (`SearchIndex.match`).
///
/// The test is exact for ASCII text, which it folds byte by byte as `FoldedText` does (upper
/// case as lower, a comma between digits left out), and for text whose other characters can
/// never fold into ASCII letters (dashes, quotes, ©, CJK): their bytes match no ASCII part.
/// Text with letters that fold (é, ß, combining accents) always may match, and the full
/// comparison decides. So it never rules out an entry that would match.
struct SearchPrefilter: Sendable {
  /// Each term's parts as ASCII bytes, or `nil` for a part with other characters, which no
  /// ASCII text can hold once folded.
  private let terms: [[[UInt8]?]]

  init(terms: [[[Unicode.Scalar]]]) {
    self.terms = terms.map { parts in
      parts.map { part in
        part.allSatisfy(\.isASCII) ? part.map { UInt8($0.value) } : nil
      }
    }
  }

  /// The parts of the terms a text may hold: one bit a part, the terms' parts in order. A
  /// part past the 64th counts as held, which only lets more entries through to the full
  /// comparison.
  struct Parts: Sendable, Equatable {
    var bits: UInt64 = 0

    /// Whether the part numbered `index` may be held.
    func contains(_ index: Int) -> Bool { index >= 64 || bits & (1 << UInt64(index)) != 0 }
  }

  /// The parts of the terms `text` may hold.
  func holds(_ text: String) -> Parts {
    let exact = Self.byteTestIsExact(text)
    var text = text
    return text.withUTF8 { bytes in
      var held = Parts()
      var index = 0
      for parts in terms {
        for part in parts {
          if index < 64, Self.mayHold(bytes, exact: exact, part) { held.bits |= 1 << UInt64(index) }
          index += 1
        }
      }
      return held
    }
  }

  /// Whether `entry` may match, given what its context holds (`holds(entry.context)`).
  func mayMatch(_ entry: SearchEntry, contextHolds: Parts) -> Bool {
    var text = entry.text
    var keywords = entry.keywords
    return text.withUTF8 { textBytes in
      keywords.withUTF8 { mayMatch(text: textBytes, keywords: $0, contextHolds: contextHolds) }
    }
  }

  /// Whether an entry whose text and keywords are these UTF-8 bytes may match (as above).
  func mayMatch(
    text textBytes: UnsafeBufferPointer<UInt8>, keywords keywordBytes: UnsafeBufferPointer<UInt8>,
    contextHolds: Parts
  ) -> Bool {
    let textIsExact = Self.byteTestIsExact(textBytes)
    let keywordsAreExact = Self.byteTestIsExact(keywordBytes)
    return mayMatch(
      inText: { part in
        Self.mayHold(textBytes, exact: textIsExact, part)
          || Self.mayHold(keywordBytes, exact: keywordsAreExact, part)
      },
      inContext: { index, _ in contextHolds.contains(index) })
  }

  /// The pieces an entry's text, keywords and context are joined from, where each joint holds a
  /// space (`Python: simple…`, `San Francisco, CA`, `(2024, US)`). A query part holds no space
  /// and does not start or end with the punctuation the joints add, so it can only stand
  /// inside one piece.
  struct Pieces {
    var text: [String]
    var keywords: [String]
    var context: [String]
  }

  /// Whether the entry joined from `pieces` may match, as `mayMatch(_:contextHolds:)` would
  /// tell of it once made: so it need not be made when it cannot.
  func mayMatch(pieces: Pieces) -> Bool {
    func holds(_ strings: [String], _ part: [UInt8]?) -> Bool {
      strings.contains { string in
        var string = string
        return string.withUTF8 { Self.mayHold($0, exact: Self.byteTestIsExact($0), part) }
      }
    }
    return mayMatch(
      inText: { holds(pieces.text, $0) || holds(pieces.keywords, $0) },
      inContext: { holds(pieces.context, $1) })
  }

  /// The rule of `SearchIndex.match`, on what the tests tell: each part of every term may be
  /// in the text or keywords (`inText`), else in the context (`inContext`, given the part's
  /// number among all the terms' parts), and one term at least wholly in the text or keywords.
  private func mayMatch(
    inText: ([UInt8]?) -> Bool, inContext: (Int, [UInt8]?) -> Bool
  ) -> Bool {
    var anyInText = false
    var index = 0
    for parts in terms {
      var allInText = true
      for part in parts {
        defer { index += 1 }
        if inText(part) { continue }
        allInText = false
        if !inContext(index, part) { return false }
      }
      if allInText { anyInText = true }
    }
    return anyInText
  }

  /// `byteTestIsExact` of the UTF-8 `bytes`, without making a string of ASCII ones.
  static func byteTestIsExact(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let isASCII =
      ByteScan.firstIndex(
        in: bytes, from: 0, { $0 & ByteScan.highBits != 0 }, where: { $0 >= 0x80 }) == nil
    return isASCII || byteTestIsExact(String(decoding: bytes, as: UTF8.self))
  }

  /// Whether the byte test below is exact for `text`: it is ASCII, or its other characters
  /// fold to no ASCII letter and are not left out by folding, so they only stand between ASCII
  /// runs. Folding maps Latin letters (U+00C0–U+024F) to ASCII ones and drops combining accents
  /// (U+0300–U+036F); a few characters elsewhere lower-case into those (K, the Kelvin sign).
  static func byteTestIsExact(_ text: String) -> Bool {
    var copy = text
    let isASCII = copy.withUTF8 { bytes in
      ByteScan.firstIndex(
        in: bytes, from: 0, { $0 & ByteScan.highBits != 0 }, where: { $0 >= 0x80 }) == nil
    }
    if isASCII { return true }
    for scalar in text.unicodeScalars where !scalar.isASCII {
      let value = scalar.value
      if value < 0xC0 { continue }  // Latin-1 symbols: ©, «, non-breaking space
      if value < 0x250 || (0x300...0x36F).contains(value) { return false }
      if scalar.properties.changesWhenLowercased,
        scalar.properties.lowercaseMapping.unicodeScalars.contains(where: {
          $0.value < 0x250 || (0x300...0x36F).contains($0.value)
        })
      {
        return false
      }
    }
    return true
  }

  /// Whether `bytes`, folded, may hold `part`: when the byte test is exact, whether they do.
  private static func mayHold(
    _ bytes: UnsafeBufferPointer<UInt8>, exact: Bool, _ part: [UInt8]?
  ) -> Bool {
    guard exact else { return true }
    guard let part else {
      // A part with other characters: only text with other characters may hold it.
      return ByteScan.firstIndex(
        in: bytes, from: 0, { $0 & ByteScan.highBits != 0 }, where: { $0 >= 0x80 }) != nil
    }
    return part.withUnsafeBufferPointer { contains(bytes, $0) }
  }

  /// Whether the ASCII `bytes`, folded, hold `part` (folded already).
  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ part: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let first = part.first else { return true }
    let count = bytes.count
    // The part's first byte in either case, found eight bytes at a time.
    let other = first &- 0x61 < 26 ? first ^ 0x20 : first
    var from = 0
    while let start = ByteScan.firstIndex(
      in: bytes, from: from,
      { ByteScan.hasByte(in: $0, equalTo: first) || ByteScan.hasByte(in: $0, equalTo: other) },
      where: { $0 == first || $0 == other })
    {
      from = start + 1
      guard !FoldedText.isDroppedComma(bytes, at: start) else { continue }
      var cursor = start + 1
      var matched = 1
      while matched < part.count, cursor < count {
        if FoldedText.isDroppedComma(bytes, at: cursor) {
          cursor += 1
          continue
        }
        guard FoldedText.folded(bytes[cursor]) == part[matched] else { break }
        matched += 1
        cursor += 1
      }
      if matched == part.count { return true }
    }
    return false
  }
}
