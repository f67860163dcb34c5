import Markdown

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
    let file = VisibleLetters(markdown: source)
    let name = VisibleLetters(plain: id)
    var anyInFile = false
    for parts in terms {
      var allInFile = true
      for part in parts {
        let letters = part.filter(FoldedText.isWordScalar)
        if file.mayHold(letters) { continue }
        allInFile = false
        if !name.mayHold(letters) { return false }
      }
      if allInFile { anyInFile = true }
    }
    return anyInFile
  }
}

/// A text's letters and digits, folded as `FoldedText` folds them, with where markup that
/// hides letters may start and end.
struct VisibleLetters {
  private(set) var letters: [Unicode.Scalar] = []
  /// Places in `letters` where a hidden span may start, and where one may end.
  private(set) var starts: [Int] = []
  private(set) var ends: [Int] = []

  /// The letters of plain text, which hides nothing.
  init(plain text: String) {
    for scalar in text.unicodeScalars { append(scalar) }
  }

  /// The letters of Markdown source.
  init(markdown source: String) {
    var source = source
    letters.reserveCapacity(source.utf8.count)
    // Character references decoded, each shown after the text as a piece of its own: the
    // text may hold a reference as written (in code), or its decoded text between two spans.
    var references: [[UInt8]] = []
    source.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x80 {
          // A scalar of two to four bytes: the source is valid UTF-8.
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          var value = UInt32(byte) & (0x7F >> UInt32(length))
          for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
          if let scalar = Unicode.Scalar(value) { append(scalar) }
          index += length
          continue
        }
        if FoldedText.isWordByte(byte) {
          letters.append(Unicode.Scalar(FoldedText.folded(byte)))
        } else if byte == UInt8(ascii: "&") {
          starts.append(letters.count)
          var decoded: [UInt8] = []
          if let end = EntityDecoder.decode(bytes, at: index, limit: bytes.count, into: &decoded) {
            for raw in bytes[(index + 1)..<end] where FoldedText.isWordByte(raw) {
              letters.append(Unicode.Scalar(FoldedText.folded(raw)))
            }
            ends.append(letters.count)
            references.append(decoded)
            index = end
            continue
          }
        } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "<") {
          starts.append(letters.count)
          if byte == UInt8(ascii: "]") { ends.append(letters.count) }
        } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: ">")
          || byte == UInt8(ascii: ";")
        {
          ends.append(letters.count)
        }
        index += 1
      }
    }
    for decoded in references {
      ends.append(letters.count)
      for scalar in String(decoding: decoded, as: UTF8.self).unicodeScalars { append(scalar) }
      starts.append(letters.count)
    }
  }

  /// Appends the letters and digits `scalar` folds to.
  private mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.isASCII {
      let byte = UInt8(scalar.value)
      if FoldedText.isWordByte(byte) { letters.append(Unicode.Scalar(FoldedText.folded(byte))) }
      return
    }
    for folded in FoldedText.folding(of: scalar) where FoldedText.isWordScalar(folded) {
      letters.append(folded)
    }
  }

  /// Whether the text may show `part` (letters and digits, folded): they stand side by side,
  /// or in pieces each hidden span may have joined, the first ending where a span starts, the
  /// last starting where one ends, and each between starting and ending so.
  func mayHold(_ part: [Unicode.Scalar]) -> Bool {
    if occurs(part) { return true }
    let count = part.count
    guard count > 1, !starts.isEmpty, !ends.isEmpty else { return false }
    // joined[n]: the first n letters of the part can be shown, ending where a span starts.
    var joined = [Bool](repeating: false, count: count)
    for start in starts {
      for length in 1..<min(count, start + 1) where !joined[length] {
        if matches(part[0..<length], endingAt: start) { joined[length] = true }
      }
    }
    var isStart: Set<Int>?
    for shown in 1..<count where joined[shown] {
      let rest = part[shown...]
      for end in ends {
        let common = commonLength(rest, from: end)
        if common == rest.count { return true }
        guard common > 0 else { continue }
        isStart = isStart ?? Set(starts)
        for length in 1...common where isStart?.contains(end + length) == true {
          joined[shown + length] = true
        }
      }
    }
    return false
  }

  /// Whether `part` stands side by side anywhere.
  private func occurs(_ part: [Unicode.Scalar]) -> Bool {
    guard let first = part.first, part.count <= letters.count else { return false }
    var index = 0
    while index + part.count <= letters.count {
      if letters[index] == first, commonLength(part[...], from: index) == part.count {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether the letters just before `end` are `piece`.
  private func matches(_ piece: ArraySlice<Unicode.Scalar>, endingAt end: Int) -> Bool {
    guard letters[end - 1] == piece.last else { return false }
    return letters[(end - piece.count)..<end].elementsEqual(piece)
  }

  /// How many of `piece`'s letters stand from `index` on.
  private func commonLength(_ piece: ArraySlice<Unicode.Scalar>, from index: Int) -> Int {
    var length = 0
    for scalar in piece {
      guard index + length < letters.count, letters[index + length] == scalar else { break }
      length += 1
    }
    return length
  }
}
