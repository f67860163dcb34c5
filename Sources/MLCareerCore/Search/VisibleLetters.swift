import Markdown
import TextSupport

/// A text's letters and digits, folded as `FoldedText` folds them, as UTF-8, with where markup
/// that hides letters may start and end: what `SearchRule.mayMatch(topicSource:id:)` asks of a
/// topic file.
struct VisibleLetters {
  /// The letters and digits, folded, as UTF-8.
  private(set) var letters: [UInt8] = []
  /// Places in `letters` where a hidden span may start, and where one may end.
  private(set) var starts: [Int] = []
  private(set) var ends: [Int] = []
  /// Whether the scan could not keep every letter, so the text may hold any part.
  private var holdsAnything = false

  /// What each byte of Markdown is to the scan: a letter or digit as folded, or one of the
  /// kinds below.
  private static let kinds: [UInt8] = (0...255).map { value in
    let byte = UInt8(value)
    if byte >= 0x80 { return nonASCII }
    if byte.isASCIIAlphanumeric { return byte.asciiLowercased }
    switch byte {
    case UInt8(ascii: "&"): return reference
    case UInt8(ascii: "]"): return startAndEnd
    case UInt8(ascii: "<"): return start
    case UInt8(ascii: ")"), UInt8(ascii: ">"), UInt8(ascii: ";"): return end
    default: return 0
    }
  }
  private static let reference: UInt8 = 1
  private static let startAndEnd: UInt8 = 2
  private static let start: UInt8 = 3
  private static let end: UInt8 = 4
  private static let nonASCII: UInt8 = 5

  /// The letters of plain text, given as its scalars, which hides nothing.
  init(plain scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars { Self.append(scalar, to: &letters) }
  }

  /// Whether every letter the Markdown `bytes` show is one of its ASCII bytes, folded: no other
  /// scalar (a dash, say) and no character reference folds to a letter or digit.
  static func showsOnlyOwnLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // The texts met that fold to no letter, each folded once, up to a few: prose repeats them.
    var letterless: [[UInt8]] = []
    func showsNoLetter(_ text: [UInt8]) -> Bool {
      if letterless.contains(text) { return true }
      let scalars = String(decoding: text, as: UTF8.self).unicodeScalars
      guard VisibleLetters(plain: scalars).letters.isEmpty else { return false }
      if letterless.count < 32 { letterless.append(text) }
      return true
    }
    var index = 0
    while let start = ByteScan.firstIndex(
      in: bytes, from: index, { $0 & ByteScan.highBits != 0 }, where: { $0 >= 0x80 })
    {
      index = start + 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      guard showsNoLetter(Array(bytes[start..<index])) else { return false }
    }
    var decoded: [UInt8] = []
    index = 0
    while let found = ByteScan.firstIndex(of: UInt8(ascii: "&"), in: bytes, from: index) {
      index = found + 1
      decoded.removeAll(keepingCapacity: true)
      guard EntityDecoder.decode(bytes, at: index - 1, limit: bytes.count, into: &decoded) != nil,
        !showsNoLetter(decoded)
      else { continue }
      return false
    }
    return true
  }

  /// The letters of Markdown source, given as UTF-8.
  init(markdown bytes: UnsafeBufferPointer<UInt8>) {
    var marks = Marks()
    letters = [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
      written = Self.kinds.withUnsafeBufferPointer {
        Self.scan(bytes, kinds: $0, into: output, marks: &marks)
      }
    }
    for decoded in marks.references {
      marks.ends.append(letters.count)
      for scalar in String(decoding: decoded, as: UTF8.self).unicodeScalars {
        Self.append(scalar, to: &letters)
      }
      marks.starts.append(letters.count)
    }
    starts = marks.starts
    ends = marks.ends
    holdsAnything = marks.holdsAnything
  }

  /// What a scan marks beside the letters.
  private struct Marks {
    var starts: [Int] = []
    var ends: [Int] = []
    /// The texts character references decode to that hold a letter or digit, each shown once
    /// after the text as a piece of its own: the text may hold a reference as written (in
    /// code), or its decoded text between two spans.
    var references: Set<[UInt8]> = []
    /// Whether a scalar folded to more bytes than it has, which the scan has no room for.
    var holdsAnything = false
  }

  /// Writes the letters of `bytes` into `output` (as long), marking spans in `marks`; returns
  /// how many it wrote. Every byte is written, and the count moves on past letters only.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>,
    into output: UnsafeMutableBufferPointer<UInt8>, marks: inout Marks
  ) -> Int {
    var count = 0
    var index = 0
    // The letters the first kinds of non-ASCII scalar met fold to, folded once: prose repeats
    // its dashes and quotes. Two short arrays: a dictionary's type is made at run time, at a
    // cost a search of the built-in guide notices.
    var foldings: (values: [UInt32], letters: [[UInt8]]) = ([], [])
    var decoded: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      let kind = kinds[Int(byte)]
      output[count] = kind
      index &+= 1
      if kind >= 0x30 {
        count &+= 1
        continue
      }
      if kind == 0 { continue }
      switch kind {
      case Self.reference:
        marks.starts.append(count)
        decoded.removeAll(keepingCapacity: true)
        guard
          let end = EntityDecoder.decode(bytes, at: index - 1, limit: bytes.count, into: &decoded)
        else { continue }
        for raw in bytes[index..<end] where kinds[Int(raw)] >= 0x30 {
          output[count] = kinds[Int(raw)]
          count += 1
        }
        marks.ends.append(count)
        if decoded.contains(where: { $0 >= 0x80 || kinds[Int($0)] >= 0x30 }) {
          marks.references.insert(decoded)
        }
        index = end
      case Self.startAndEnd:
        marks.starts.append(count)
        marks.ends.append(count)
      case Self.start: marks.starts.append(count)
      case Self.end: marks.ends.append(count)
      case Self.nonASCII:
        let (value, length) = FoldedText.scalar(in: bytes, at: index - 1)
        index += length - 1
        guard let scalar = Unicode.Scalar(value) else { continue }
        var unfolded: [UInt8] = []
        if let known = foldings.values.firstIndex(of: value) {
          unfolded = foldings.letters[known]
        } else {
          append(scalar, to: &unfolded)
          if foldings.values.count < 32 {
            foldings.values.append(value)
            foldings.letters.append(unfolded)
          }
        }
        guard count + unfolded.count <= index else {
          marks.holdsAnything = true
          continue
        }
        for folded in unfolded {
          output[count] = folded
          count += 1
        }
      default: break
      }
    }
    return count
  }

  /// Appends the UTF-8 of the letters and digits `scalar` folds to.
  private static func append(_ scalar: Unicode.Scalar, to letters: inout [UInt8]) {
    if scalar.isASCII {
      let byte = UInt8(scalar.value)
      if byte.isASCIIAlphanumeric { letters.append(byte.asciiLowercased) }
      return
    }
    FoldedText.forEachFolding(of: scalar) { folded in
      if FoldedText.isWordScalar(folded) { letters.append(contentsOf: UTF8.encode(folded)!) }
    }
  }

  /// Whether the text may show `part` (letters and digits, folded, as UTF-8): they stand side
  /// by side, or in pieces each hidden span may have joined, the first ending where a span
  /// starts, the last starting where one ends, and each between starting and ending so.
  func mayHold(_ part: [UInt8]) -> Bool {
    if holdsAnything
      || letters.withUnsafeBufferPointer({ Self.occurs(part, in: $0, markdown: false) }) == true
    {
      return true
    }
    let count = part.count
    guard count > 1, !starts.isEmpty, !ends.isEmpty else { return false }
    return letters.withUnsafeBufferPointer { letters in
      // joined[n]: the first n letters of the part can be shown, ending where a span starts.
      var joined = [Bool](repeating: false, count: count)
      for start in starts where start > 0 {
        let last = letters[start - 1]
        for length in 1..<min(count, start + 1) where part[length - 1] == last {
          var matched = 1
          while matched < length, letters[start - 1 - matched] == part[length - 1 - matched] {
            matched += 1
          }
          if matched == length { joined[length] = true }
        }
      }
      var isStart: Set<Int>?
      for shown in 1..<count where joined[shown] {
        for end in ends {
          var common = 0
          while shown + common < count, end + common < letters.count,
            letters[end + common] == part[shown + common]
          {
            common += 1
          }
          if shown + common == count { return true }
          guard common > 0 else { continue }
          isStart = isStart ?? Set(starts)
          for length in 1...common where isStart?.contains(end + length) == true {
            joined[shown + length] = true
          }
        }
      }
      return false
    }
  }

  /// Whether `part` (ASCII letters and digits, folded) stands side by side in the letters of
  /// the Markdown `bytes`, taking other scalars to show no letter (so `false` is sure only of
  /// bytes that show only their own); `nil` when a byte where a span may start (the part going
  /// on where one ends) stands between two of its letters. Each case of the first letter is
  /// found by the C library, many bytes at a time, and the rest compared there. In `letters`
  /// (`markdown: false`), each byte is a letter of its own.
  static func occurs(_ part: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, markdown: Bool = true)
    -> Bool?
  {
    guard let first = part.first else { return false }
    let kinds = Self.kinds
    var unsure = false
    for byte in first &- 0x61 < 26 && markdown ? [first, first ^ 0x20] : [first] {
      var index = 0
      while let found = ByteScan.firstIndex(of: byte, in: bytes, from: index) {
        index = found + 1
        var matched = 1
        var next = index
        while matched < part.count, next < bytes.count {
          let kind = markdown ? kinds[Int(bytes[next])] : bytes[next]
          next += 1
          if kind == part[matched] {
            matched += 1
          } else if kind >= 0x30 || !markdown {
            break
          } else if kind != 0 && kind != Self.end && kind != nonASCII {
            unsure = true
            break
          }
        }
        if matched == part.count { return true }
      }
    }
    return unsure ? nil : false
  }
}
