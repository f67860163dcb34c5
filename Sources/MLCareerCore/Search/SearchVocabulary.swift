import TextSupport

/// The words a search that found nothing could have meant, gathered entry by entry, so that
/// no more than one topic is held at a time: the distinct words of every entry's text,
/// keywords and context in the order first met, and for each one-word term of the query
/// whether any entry holds it at all.
///
/// A word is looked up by a hash of its folded UTF-8 and made into a string only the first
/// time it is met: a pack of a thousand topics has millions of words but few distinct ones.
/// Text whose characters are one scalar each (most of it) is read word by word from its bytes,
/// with no folded copy.
struct SearchVocabulary: Sendable {
  /// The query that found nothing.
  let query: SearchQuery
  /// The distinct words, in the order first met.
  private(set) var words: [String] = []
  /// Each word's folded UTF-8, by position in `words`.
  private var folded: [[UInt8]] = []
  /// Whether each word stood in the text or keywords of an entry, not only in a context: a
  /// query of that word alone then finds the entry.
  private(set) var inText: [Bool] = []
  /// Each word's hash, by position in `words`.
  private var hashes: [UInt64] = []
  /// The words by hash, open-addressed: each slot holds a position in `words` plus one, or 0;
  /// at most half the slots are taken. Millions of words are looked up, few are new.
  private var slots = [Int](repeating: 0, count: 64)
  /// For each term, whether some entry holds it; phrases count as held (they are kept).
  private(set) var known: [Bool]
  /// The last context taken in: entries of one section share it.
  private var lastContext: String?
  /// The word being read, folded, as UTF-8: one buffer for every word.
  private var word: [UInt8] = []

  /// An empty vocabulary for the misspelt words of `query`.
  init(_ query: SearchQuery) {
    self.query = query
    known = query.terms.map { $0.count != 1 }
  }

  /// Takes in the words of `entries` (of the query's topic only, when it names one): each
  /// entry's text and keywords, then its context, which the entries of one section share and
  /// which adds nothing new once taken in.
  mutating func add(_ entries: [SearchEntry]) {
    for entry in entries { add(entry) }
  }

  /// Takes in the words of one entry (see `add(_:)`).
  mutating func add(_ entry: SearchEntry) {
    if let topic = query.topic, entry.topic != topic { return }
    add(entry.text, inText: true)
    add(entry.keywords, inText: true)
    guard lastContext != entry.context else { return }
    lastContext = entry.context
    add(entry.context, inText: false)
  }

  /// Takes in the words of one entry's text, keywords or context, as `FoldedText.forEachWord`
  /// splits them, and the terms it holds (told from its bytes when the rule can).
  private mutating func add(_ text: String, inText: Bool) {
    for index in known.indices where !known[index] {
      let part = query.terms[index][0]
      known[index] =
        SearchRule.holds(text, part) ?? !FoldedText(text).occurrences(of: part).isEmpty
    }
    var bytes = text
    // Folded as `FoldedText` folds text whose every character is one scalar, word by word.
    let isRead = bytes.withUTF8 { bytes in
      FoldedText.forEachFoldedScalar(in: bytes) { scalar, _ in
        guard FoldedText.isWordScalar(scalar) else { return note(inText) }
        if scalar.isASCII { word.append(UInt8(scalar.value)) } else { word += UTF8.encode(scalar)! }
      } != nil
    }
    if isRead { return note(inText) }
    word.removeAll(keepingCapacity: true)  // a word cut short, read whole below
    let text = FoldedText(text)
    text.forEachWord { range in
      for scalar in text.scalars[range] { word += UTF8.encode(scalar)! }
      note(inText)
    }
  }

  /// Notes the word in `word`, if any, met in text or not, and empties the buffer.
  private mutating func note(_ inText: Bool) {
    guard !word.isEmpty else { return }
    defer { word.removeAll(keepingCapacity: true) }
    let hash = word.reduce(0xCBF2_9CE4_8422_2325 as UInt64) {  // FNV-1a
      ($0 ^ UInt64($1)) &* 0x100_0000_01B3
    }
    var slot = Self.slot(of: hash, among: slots.count)
    while slots[slot] != 0 {
      let index = slots[slot] - 1
      if hashes[index] == hash, folded[index] == word {
        if inText { self.inText[index] = true }
        return
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    slots[slot] = words.count + 1
    hashes.append(hash)
    if 2 * hashes.count > slots.count {
      slots = [Int](repeating: 0, count: 2 * slots.count)
      for (index, hash) in hashes.enumerated() {
        var slot = Self.slot(of: hash, among: slots.count)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = index + 1
      }
    }
    folded.append(word)
    words.append(String(decoding: word, as: UTF8.self))
    self.inText.append(inText)
  }

  /// Where the table of `count` slots (a power of two) looks first for `hash`: its high bits
  /// folded into the low ones, which FNV mixes least.
  private static func slot(of hash: UInt64, among count: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ hash >> 32) & (count - 1)
  }

  /// Takes in the words of `other`, gathered from later entries, after these.
  mutating func merge(_ other: SearchVocabulary) {
    for (index, folded) in other.folded.enumerated() {
      word = folded
      note(other.inText[index])
    }
    for index in known.indices where other.known[index] { known[index] = true }
  }

  /// The query with each misspelt word (a one-word term no entry holds) replaced by the
  /// closest word of the vocabulary, when `finds` says the corrected query finds something;
  /// `nil` when no word is misspelt, one has no close word, or the corrected query finds
  /// nothing either.
  func correction(finds: (SearchQuery) -> Bool) -> String? {
    var corrected: [String] = []
    var changed = false
    for (index, (word, parts)) in zip(query.words, query.terms).enumerated() {
      guard parts.count == 1, !known[index] else {
        corrected.append(word)  // a phrase, or a word found, is kept as typed
        continue
      }
      guard
        let best = Suggestions.best(
          for: String(String.UnicodeScalarView(parts[0])), among: words)
      else { return nil }
      corrected.append(best)
      changed = true
    }
    guard changed else { return nil }
    let retry = SearchQuery(corrected, topic: query.topic, limit: 1)
    // One word, met in the text or keywords of an entry (of the topic searched): that entry
    // is a hit, and there is no need to search again.
    if retry.terms.count == 1, retry.terms[0].count == 1,
      let index = words.firstIndex(where: { $0.unicodeScalars.elementsEqual(retry.terms[0][0]) }),
      inText[index]
    {
      return corrected.joined(separator: " ")
    }
    return finds(retry) ? corrected.joined(separator: " ") : nil
  }
}
