import TextSupport

/// The words a search that found nothing could have meant, gathered entry by entry, so that
/// no more than one topic is held at a time: the distinct words of every entry's text,
/// keywords and context in the order first met, and for each one-word term of the query
/// whether any entry holds it at all.
///
/// A word is looked up by a hash of its folded scalars and made into a string only the first
/// time it is met: a pack of a thousand topics has millions of words but few distinct ones.
struct SearchVocabulary: Sendable {
  /// The query that found nothing.
  let query: SearchQuery
  /// The distinct words, in the order first met.
  private(set) var words: [String] = []
  /// Each word's folded scalars, by position in `words`.
  private var scalars: [[Unicode.Scalar]] = []
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

  /// An empty vocabulary for the misspelt words of `query`.
  init(_ query: SearchQuery) {
    self.query = query
    known = query.terms.map { $0.count != 1 }
  }

  /// Takes in the words of `entries` (of the query's topic only, when it names one): each
  /// entry's text and keywords, then its context, which the entries of one section share and
  /// which adds nothing new once taken in.
  mutating func add(_ entries: [SearchEntry]) {
    for entry in entries {
      if let topic = query.topic, entry.topic != topic { continue }
      add(folded: [FoldedText(entry.text), FoldedText(entry.keywords)], inText: true)
      guard lastContext != entry.context else { continue }
      lastContext = entry.context
      add(folded: [FoldedText(entry.context)], inText: false)
    }
  }

  /// Takes in the words of one entry's text and keywords, or of its context, folded.
  private mutating func add(folded: [FoldedText], inText: Bool) {
    for text in folded { addWords(of: text, inText: inText) }
    for index in known.indices where !known[index] {
      let part = query.terms[index][0]
      if folded.contains(where: { !$0.occurrences(of: part).isEmpty }) { known[index] = true }
    }
  }

  /// Adds the words of `text` not met before, as `FoldedText.words` splits them.
  private mutating func addWords(of text: FoldedText, inText: Bool) {
    let all = text.scalars
    text.forEachWord { range in
      var hash = Self.hashStart
      for scalar in all[range] { hash = Self.hash(hash, scalar.value) }
      let word = all[range]
      note(hash: hash, inText: inText, equals: { $0.elementsEqual(word) }, make: { Array(word) })
    }
  }

  /// Notes a word met: its hash, which of the words of that hash it is (`equals`), how to make
  /// its scalars when it is new, and whether it stood in an entry's text or keywords.
  private mutating func note(
    hash: UInt64, inText: Bool, equals: ([Unicode.Scalar]) -> Bool,
    make: () -> [Unicode.Scalar]
  ) {
    var slot = Self.slot(of: hash, among: slots.count)
    while slots[slot] != 0 {
      let index = slots[slot] - 1
      if hashes[index] == hash, equals(scalars[index]) {
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
    let made = make()
    scalars.append(made)
    words.append(String(String.UnicodeScalarView(made)))
    self.inText.append(inText)
  }

  private static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325

  /// Where the table of `count` slots (a power of two) looks first for `hash`: its high bits
  /// folded into the low ones, which FNV mixes least.
  private static func slot(of hash: UInt64, among count: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ hash >> 32) & (count - 1)
  }

  /// FNV-1a, a scalar at a time.
  private static func hash(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x100_0000_01B3
  }

  /// Takes in the words of `other`, gathered from later entries, after these.
  mutating func merge(_ other: SearchVocabulary) {
    for (index, folded) in other.scalars.enumerated() {
      let hash = folded.reduce(Self.hashStart) { Self.hash($0, $1.value) }
      note(hash: hash, inText: other.inText[index], equals: { $0 == folded }, make: { folded })
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
    var retry = SearchQuery(corrected, topic: query.topic)
    retry.limit = 1
    // One word, met in the text or keywords of an entry (of the topic searched): that entry
    // is a hit, and there is no need to search again.
    if retry.terms.count == 1, retry.terms[0].count == 1,
      let index = scalars.firstIndex(of: retry.terms[0][0]), inText[index]
    {
      return corrected.joined(separator: " ")
    }
    return finds(retry) ? corrected.joined(separator: " ") : nil
  }
}
