#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    return source.withUTF8 { mayMatch(topicBytes: $0, id: id) }
  }

  private func mayMatch(topicBytes bytes: UnsafeBufferPointer<UInt8>, id: String) -> Bool {
    // Most files show only their own ASCII letters: there a part with a letter the bytes lack
    // is ruled out without scanning the file.
    let showsOwnLetters = VisibleLetters.showsOnlyOwnLetters(bytes)
    var file: VisibleLetters?
    let name = VisibleLetters(plain: id)
    var anyInFile = false
    for parts in terms {
      var allInFile = true
      for part in parts {
        let letters = VisibleLetters(plain: part).letters
        let lacksLetter =
          showsOwnLetters
          && Set(letters).contains { letter in  // each letter once, however long the part
            [letter, letter &- 0x61 < 26 ? letter ^ 0x20 : letter].allSatisfy { byte in
              bytes.baseAddress.flatMap { memchr($0, Int32(byte), bytes.count) } == nil
            }
          }
        if !lacksLetter {
          // Letters side by side in the bytes stand so in the text's letters too.
          if Self.standsInBytes(letters, bytes) { continue }
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

extension SearchRule {
  /// Whether `letters`, ASCII letters and digits folded, stand side by side in `bytes`, upper
  /// case as lower.
  private static func standsInBytes(_ letters: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let first = letters.first, letters.allSatisfy({ $0 < 0x80 }),
      letters.count <= bytes.count
    else { return false }
    for start in 0...(bytes.count - letters.count)
    where FoldedText.folded(bytes[start]) == first {
      var matched = 1
      while matched < letters.count,
        FoldedText.folded(bytes[start + matched]) == letters[matched]
      {
        matched += 1
      }
      if matched == letters.count { return true }
    }
    return false
  }

  /// Whether `entry` may match, told from its bytes before anything is folded. For ASCII text
  /// and a part of ASCII letters, folding is lower-casing (the commas it drops stand between
  /// digits), so the part stands in the folded text exactly when it stands in the bytes,
  /// upper case as lower; other scalars may fold to any letters; any other part may match.
  func mayMatch(_ entry: SearchEntry) -> Bool {
    var anyInText = false
    for parts in terms {
      var allInText = true
      for part in parts {
        if Self.mayHold(entry.text, part) || Self.mayHold(entry.keywords, part) { continue }
        allInText = false
        if !Self.mayHold(entry.context, part) { return false }
      }
      if allInText { anyInText = true }
    }
    return anyInText
  }

  /// Whether `text`, folded, may hold `part` (see `mayMatch(_:)`).
  private static func mayHold(_ text: String, _ part: [Unicode.Scalar]) -> Bool {
    // Folded, each scalar is at most six, so a longer part is ruled out before it is walked
    // for every entry.
    if part.count > 6 * text.utf8.count { return false }
    guard let first = part.first?.value,
      part.allSatisfy({ $0.value | 0x20 &- 0x61 < 26 && $0.value < 0x80 })
    else { return true }
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x80 {
          // Other scalars fold to at most six scalars each (a lower case of up to three, each
          // Latin letter up to two ASCII ones): a run of them between bytes that are not
          // letters or digits holds the part only within its own folding.
          var end = index
          while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
          if part.count <= 3 * (end - index)
            || (index > 0 && FoldedText.isWordByte(bytes[index - 1]))
            || (end < bytes.count && FoldedText.isWordByte(bytes[end]))
          {
            return true
          }
          index = end
          continue
        }
        if UInt32(byte | 0x20) == first, index + part.count <= bytes.count {
          var matched = 1
          while matched < part.count,
            UInt32(bytes[index + matched] | 0x20) == part[matched].value
          {
            matched += 1
          }
          if matched == part.count { return true }
        }
        index += 1
      }
      return false
    }
  }
}
