import TextSupport

/// Text in the form search compares it: lower case, accents folded (`Café` → `cafe`) and the
/// thousands separators of numbers dropped (`$136,287` → `$136287`), each folded scalar
/// remembering the character of the original text it comes from, so a match can be shown
/// where it stands in the original.
struct FoldedText: Sendable, Equatable {
  let scalars: [Unicode.Scalar]
  /// For each folded scalar, the offset of the original character it comes from.
  let origins: [Int]
  /// How many characters the original text has (`String.count`), told while folding.
  let characterCount: Int

  init(_ text: String) {
    if let ascii = Self.foldASCII(text) {
      (scalars, origins) = ascii
      characterCount = text.utf8.count  // a byte a character, carriage returns aside
      return
    }
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []
    scalars.reserveCapacity(text.utf8.count)
    origins.reserveCapacity(text.utf8.count)
    // Text whose every character is one scalar is folded from its bytes too, without grapheme
    // breaking: there a scalar's offset is its character's.
    var bytes = text
    let count = bytes.withUTF8 { bytes in
      Self.forEachFoldedScalar(in: bytes) { scalar, offset in
        scalars.append(scalar)
        origins.append(offset)
      }
    }
    if let count {
      self.scalars = scalars
      self.origins = origins
      characterCount = count
      return
    }
    scalars.removeAll(keepingCapacity: true)
    origins.removeAll(keepingCapacity: true)
    // Other text character by character: a character's lower case is its scalars' lower
    // cases, as `lowercased()` has it.
    let characters = Array(text)
    func isDigit(_ offset: Int) -> Bool { characters[offset].asciiValue?.isASCIIDigit == true }
    for (offset, character) in characters.enumerated() {
      // 136,287 reads as 136287
      if character == ",", offset > 0, offset + 1 < characters.count, isDigit(offset - 1),
        isDigit(offset + 1)
      {
        continue
      }
      for scalar in character.unicodeScalars {
        Self.forEachFolding(of: scalar) {
          scalars.append($0)
          origins.append(offset)
        }
      }
    }
    self.scalars = scalars
    self.origins = origins
    characterCount = characters.count
  }

  /// The folding of plain ASCII text (most of the guide), byte by byte: there a character is
  /// one byte, so offsets need no grapheme breaking. `nil` for any other text.
  private static func foldASCII(_ text: String) -> ([Unicode.Scalar], [Int])? {
    var text = text
    // Over the contiguous bytes, by index, into arrays written in place: no append, closure or
    // bounds check per byte.
    return text.withUTF8 { bytes -> ([Unicode.Scalar], [Int])? in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      let count = bytes.count
      var kept = 0
      let origins = [Int](unsafeUninitializedCapacity: count) { origins, written in
        for offset in 0..<count {
          // 136,287 reads as 136287
          if Self.isDroppedComma(bytes, at: offset) { continue }
          origins[kept] = offset
          kept += 1
        }
        written = kept
      }
      let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: kept) { scalars, written in
        for index in 0..<kept {
          let byte = bytes[origins[index]]
          scalars[index] = Unicode.Scalar(byte.asciiLowercased)
        }
        written = kept
      }
      return (scalars, origins)
    }
  }

  /// Calls `body` with each folded scalar of the UTF-8 `bytes` and the offset of its character,
  /// in order, while every character is one scalar: ASCII but carriage return, and scalars of
  /// blocks whose characters never join the ones beside them (Latin letters and symbols, dashes
  /// and quotes, currency, arrows and mathematical signs, box drawing, CJK ideographs). Returns
  /// how many characters there were, or `nil` at the first other one. Decoded in place: the
  /// scalar view's index walk costs more than the folding itself.
  @inline(__always) static func forEachFoldedScalar(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar, _ offset: Int) -> Void
  ) -> Int? {
    var index = 0
    var offset = 0
    while index < bytes.count {
      let byte = bytes[index]
      defer { offset += 1 }
      if byte < 0x80 {
        index += 1
        guard byte != 0x0D else { return nil }
        if !isDroppedComma(bytes, at: index - 1) {
          body(Unicode.Scalar(byte.asciiLowercased), offset)
        }
        continue
      }
      let (value, length) = scalar(in: bytes, at: index)
      index += length
      guard isSingleScalarCharacter(value), let scalar = Unicode.Scalar(value) else { return nil }
      forEachFolding(of: scalar) { body($0, offset) }
    }
    return offset
  }

  /// Whether the byte at `index` is a comma between digits, which folding leaves out
  /// (`136,287` reads as `136287`).
  @inline(__always) static func isDroppedComma(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    bytes[index] == UInt8(ascii: ",") && index > 0 && index + 1 < bytes.count
      && bytes[index - 1].isASCIIDigit && bytes[index + 1].isASCIIDigit
  }

  /// The value and length of the scalar of two to four bytes starting at `index` of valid UTF-8.
  @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (value: UInt32, length: Int)
  {
    let byte = bytes[index]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    var value = UInt32(byte) & (0x7F >> UInt32(length))
    for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
    return (value, length)
  }

  /// Calls `body` with each scalar `scalar` folds to: its lower case (as `lowercased()` maps
  /// it), without combining accents, Latin letters as ASCII ones.
  static func forEachFolding(of scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
      if ("\u{300}"..."\u{36F}").contains(lower) { continue }
      if let letters = NameMatcher.folded(lower) {
        for letter in letters.unicodeScalars { body(letter) }
      } else {
        body(lower)
      }
    }
  }

  /// Whether `value` is a scalar that forms a character alone whatever stands beside it, in
  /// the blocks most prose uses (its grapheme cluster break property is Other).
  static func isSingleScalarCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2100...0x214F,
      0x2190...0x22FF, 0x2500...0x25FF, 0x4E00...0x9FFF:
      value != 0xAD  // the soft hyphen is a format character
    default: false
    }
  }

  /// Whether the scalar is part of a word: a letter or a digit.
  @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // ASCII, told without the property tables: of it only letters are alphabetic and only
    // digits numeric.
    if value < 0x80 { return UInt8(value).isASCIIAlphanumeric }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// Calls `body` with the range of the folded scalars of each word, in order: each run of
  /// letters and digits (`isWordScalar`), as every reader of the text's words splits it.
  func forEachWord(_ body: (Range<Int>) -> Void) {
    var start = 0
    while start < scalars.count {
      guard Self.isWordScalar(scalars[start]) else {
        start += 1
        continue
      }
      var end = start + 1
      while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
      body(start..<end)
      start = end
    }
  }

  /// Every place `word` (already folded) occurs, in order, each with whether it stands as a
  /// whole word (no letter or digit right before or after it).
  func occurrences(of word: [Unicode.Scalar]) -> [Occurrence] {
    guard !word.isEmpty, word.count <= scalars.count else { return [] }
    var result: [Occurrence] = []
    var start = 0
    while start + word.count <= scalars.count {
      if scalars[start] == word[0], scalars[start..<start + word.count].elementsEqual(word) {
        let end = start + word.count
        // A boundary only counts where the query's own edge is part of a word: "c++" is whole
        // in "c++ and" even though "+" is followed by a space.
        let startsWord =
          start == 0 || !Self.isWordScalar(word[0]) || !Self.isWordScalar(scalars[start - 1])
        let endsWord =
          end == scalars.count || !Self.isWordScalar(word[word.count - 1])
          || !Self.isWordScalar(scalars[end])
        result.append(Occurrence(range: start..<end, isWholeWord: startsWord && endsWord))
      }
      start += 1
    }
    return result
  }

  /// The offsets of the original characters covered by the folded scalars in `range`.
  func characterRange(of range: Range<Int>) -> Range<Int> {
    origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
  }

  /// One place a word occurs.
  struct Occurrence: Sendable, Equatable {
    /// The folded scalars it covers.
    let range: Range<Int>
    /// Whether it stands as a whole word rather than inside a longer one.
    let isWholeWord: Bool
  }
}
