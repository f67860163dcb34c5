import TextSupport

/// The rule's test on a topic file's raw bytes, derived from it, so a search parses only the
/// files that may hold a hit.
///
/// A part of a term holds no white space, so where it stands in an entry's text, the letters
/// and digits it holds stand side by side in the text's letters and digits, folded. The text
/// is the file's Markdown less its markup: punctuation (which holds no letter), and spans that
/// can hold letters but are hidden — a link's destination, title or label (`](…)`, `][…]`),
/// an HTML tag (`<…>`) — or replaced — a character reference (`&eacute;`). So in the file's
/// letters and digits, folded as the rule folds them, the part's letters either stand side by
/// side, or are split where such spans start (`]`, `<`, `&`) and go on where they end (`)`,
/// `]`, `>`, `;`), or around a reference's decoded text. The test asks exactly that: it can
/// keep a file that cannot match, never rule out one that can.
extension SearchRule {
  /// Whether an entry of the topic `id`, whose file's text is `source`, may match: each term
  /// in the file or in the id (which stands in every entry's context), one term in the file.
  func mayMatch(topicSource source: String, id: String) -> Bool {
    var source = source
    return source.withUTF8 { bytes in
      // Most files show only their own ASCII letters: there the bytes alone can rule a part out.
      let showsOwnLetters = VisibleLetters.showsOnlyOwnLetters(bytes)
      var file: VisibleLetters?
      let name = VisibleLetters(plain: id.unicodeScalars)
      var anyInFile = false
      for parts in terms {
        var allInFile = true
        for part in parts {
          let letters = VisibleLetters(plain: part).letters
          // The file's letters are gathered only where its bytes alone cannot tell.
          let stands =
            letters.allSatisfy({ $0 < 0x80 }) ? VisibleLetters.occurs(letters, in: bytes) : nil
          if stands == true { continue }
          if stands == nil || !showsOwnLetters {
            file = file ?? VisibleLetters(markdown: bytes)
            if file?.mayHold(letters) == true { continue }
          }
          allInFile = false
          if !name.mayHold(letters) { return false }
        }
        if allInFile { anyInFile = true }
      }
      return anyInFile
    }
  }
}

extension SearchRule {
  /// Whether `entry` may match (or with `surely`, surely does), told from its bytes before
  /// anything is folded. For ASCII text and a part of ASCII letters, folding is lower-casing
  /// (the commas it drops stand between digits), so the part stands in the folded text exactly
  /// when it stands in the bytes, upper case as lower; other scalars may fold to any letters.
  func mayMatch(_ entry: SearchEntry, surely: Bool = false) -> Bool {
    mayMatch(
      surely: surely, text: { $0(entry.text) || $0(entry.keywords) },
      context: { $0(entry.context) })
  }

  /// `mayMatch(_:surely:)` of an entry whose text and keywords, and whose context, are pieces
  /// joined by white space or punctuation, each given by whether one of them holds a part: a
  /// part of letters stands in such a join exactly when it stands in a piece, so a record is
  /// tested before its entry is made.
  func mayMatch(
    surely: Bool = false, text: ((String) -> Bool) -> Bool, context: ((String) -> Bool) -> Bool
  ) -> Bool {
    if surely, terms.contains(where: { $0.count > 1 }) { return false }
    func holds(_ texts: ((String) -> Bool) -> Bool, _ part: [Unicode.Scalar]) -> Bool {
      texts { Self.holds($0, part) ?? !surely }
    }
    // One term must stand in the text or keywords, so the context counts only beside others.
    guard terms.count > 1 else { return terms.first?.allSatisfy { holds(text, $0) } ?? false }
    var anyInText = false
    for parts in terms {
      var allInText = true
      for part in parts where !holds(text, part) {
        allInText = false
        if !holds(context, part) { return false }
      }
      if allInText { anyInText = true }
    }
    return anyInText
  }

  /// The best rank `entry` can have when it matches: every term in its text, its label (when
  /// it has one) and whole, as a phrase when there are several parts, and no length.
  func bestRank(_ entry: SearchEntry) -> SearchHit.Rank {
    SearchHit.Rank(
      wordsInText: terms.count, field: entry.field,
      wordsInLabel: entry.labelLength > 0 ? terms.count : 0, wholeWords: terms.count,
      isPhrase: terms.joined().count > 1, length: 0)
  }

  /// Whether `text`, folded, holds `part` (see `mayMatch(_:surely:)`), or `nil`: cannot tell.
  static func holds(_ text: String, _ part: [Unicode.Scalar]) -> Bool? {
    if part.count > 6 * text.utf8.count { return false }  // a scalar folds to at most six
    guard let first = part.first?.value,
      part.allSatisfy({ $0.value | 0x20 &- 0x61 < 26 && $0.value < 0x80 })
    else { return nil }
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      var index = 0
      // Only the part's first letter and other scalars matter: skipped to eight bytes at a time.
      while let next = ByteScan.firstIndex(in: bytes, from: index, ofLetterOrOther: UInt8(first)) {
        index = next
        if bytes[index] >= 0x80 {
          // Other scalars fold one by one, each to at most six: a run of them between bytes that
          // are not letters or digits holds the part only in its own letters (a dash has none).
          var end = index
          while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
          let run = { String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars }
          if (index > 0 && bytes[index - 1].isASCIIAlphanumeric)
            || (end < bytes.count && bytes[end].isASCIIAlphanumeric)
            || (part.count <= 3 * (end - index)
              && VisibleLetters(plain: run()).mayHold(part.map { UInt8($0.value) }))
          {
            return nil
          }
          index = end
          continue
        }
        var matched = 1  // the first letter, where the scan stopped
        while matched < part.count, index + matched < bytes.count,
          UInt32(bytes[index + matched] | 0x20) == part[matched].value
        {
          matched += 1
        }
        if matched == part.count { return true }
        index += 1
      }
      return false
    }
  }
}
