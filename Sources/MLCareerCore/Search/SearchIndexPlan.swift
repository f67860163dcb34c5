/// Which indexed entries a search must read from the cache (see `SearchScan.addIndexed`): the
/// best-ranked ones, as many as the limit shows, and every entry the index could not rank;
/// the other entries that match are only counted.
struct SearchIndexPlan {
  /// An entry of a pack's index: the guide's number of its topic, its number in the topic,
  /// and the numbers of its pack (in the search) and of its topic in the pack's index.
  struct Place {
    let guideTopic: Int
    let entry: Int
    let pack: Int
    let topic: Int
  }

  /// The entries of one topic to read, in order, each with whether it was ranked (and so
  /// matches) or must still be matched.
  struct Needs {
    let pack: Int
    let topic: Int
    let entries: [(entry: Int, isRanked: Bool)]
  }

  /// How many hits are shown, or `nil` for all.
  let limit: Int?
  private var ranked: [(rank: SearchHit.Rank, place: Place)] = []
  private var unranked: [Place] = []
  /// The ranked entries that match but cannot be shown.
  private(set) var countedOnly = 0

  init(limit: Int?) {
    self.limit = limit
  }

  /// Ranks every entry of `index` that holds `part` (the query's only word), as
  /// `SearchIndex.match` ranks it: the word found in the text, else in the keywords (a word
  /// found only in the context is no hit); whole where it is a whole word of the text (or, found
  /// in the keywords only, of them); in the label where a word holding it ends within the label.
  /// A word starting within the label and ending past it leaves the entry unranked. `false` when
  /// the index is damaged.
  mutating func rank(
    _ part: [UInt8], in index: SearchTokenIndex, pack: Int, guideNumbers: [Int?], topic: String?
  ) -> Bool {
    typealias Posting = SearchTokenIndex.Posting
    let wholeInText: UInt8 = 16
    let wholeInKeywords: UInt8 = 32
    var flags = [UInt8](repeating: 0, count: index.entryCount)
    let sound = index.forEachPosting(of: part, in: .text) { number, found, isWhole in
      var added = found
      if isWhole {
        if found & Posting.text != 0 { added |= wholeInText }
        if found & Posting.keywords != 0 { added |= wholeInKeywords }
      }
      flags[number] |= added
    }
    guard sound else { return false }
    return forEachEntry(of: index, pack: pack, guideNumbers: guideNumbers, topic: topic) {
      number, place in
      let found = flags[number]
      guard found & (Posting.text | Posting.keywords) != 0 else { return true }
      guard let entry = index.entry(number) else { return false }
      var wordsInLabel = 0
      var wholeWords = 0
      if found & Posting.text != 0 {
        if found & Posting.inLabel != 0 {
          wordsInLabel = 1
        } else if found & Posting.acrossLabel != 0 {
          unranked.append(place)
          return true
        }
        wholeWords = found & wholeInText != 0 ? 1 : 0
      } else {
        wholeWords = found & wholeInKeywords != 0 ? 1 : 0
      }
      let rank = SearchHit.Rank(
        wordsInText: 1, field: entry.field, wordsInLabel: wordsInLabel, wholeWords: wholeWords,
        isPhrase: false, length: entry.length)
      ranked.append((rank, place))
      if let limit, ranked.count >= 2 * limit + 64 { keepBest(limit) }
      return true
    }
  }

  /// Marks for matching every entry of `index` that holds each of `parts` in its text, keywords
  /// or context, and one at least in its text or keywords: every entry that may match a query
  /// of several words or phrases. `false` when the index is damaged or there are more than 64.
  mutating func find(
    _ parts: [[UInt8]], in index: SearchTokenIndex, pack: Int, guideNumbers: [Int?],
    topic: String?
  ) -> Bool {
    guard parts.count <= 64 else { return false }
    var inEntries = [UInt64](repeating: 0, count: index.entryCount)
    var inContexts = [UInt64](repeating: 0, count: index.contextCount)
    for (bit, part) in parts.enumerated() {
      let mark: UInt64 = 1 << UInt64(bit)
      guard
        index.forEachPosting(of: part, in: .text, { number, _, _ in inEntries[number] |= mark }),
        index.forEachPosting(of: part, in: .context, { number, _, _ in inContexts[number] |= mark })
      else { return false }
    }
    let all: UInt64 = parts.count == 64 ? ~0 : (1 << UInt64(parts.count)) - 1
    return forEachEntry(of: index, pack: pack, guideNumbers: guideNumbers, topic: topic) {
      number, place in
      let found = inEntries[number]
      guard found != 0 else { return true }
      guard let entry = index.entry(number) else { return false }
      if found | inContexts[entry.context] == all { unranked.append(place) }
      return true
    }
  }

  /// Calls `body` with the number and place of each entry of the topics of `index` still in the
  /// guide (and of `topic` alone, when given); `false` when `body` is.
  private func forEachEntry(
    of index: SearchTokenIndex, pack: Int, guideNumbers: [Int?], topic: String?,
    _ body: (Int, Place) -> Bool
  ) -> Bool {
    for (number, indexTopic) in index.topics.enumerated() {
      guard let guideTopic = guideNumbers[number] else { continue }
      if let topic, indexTopic.id != topic { continue }
      for entry in 0..<indexTopic.entryCount {
        let place = Place(guideTopic: guideTopic, entry: entry, pack: pack, topic: number)
        guard body(indexTopic.firstEntry + entry, place) else { return false }
      }
    }
    return true
  }

  /// The entries to read, by the guide's number of their topic; the ranked ones past the limit
  /// are left out and counted in `countedOnly`.
  mutating func takeNeeds() -> [Int: Needs] {
    keepBest(limit ?? ranked.count)
    var places = ranked.map { ($0.place, true) } + unranked.map { ($0, false) }
    places.sort { ($0.0.guideTopic, $0.0.entry) < ($1.0.guideTopic, $1.0.entry) }
    ranked = []
    unranked = []
    var needs: [Int: Needs] = [:]
    var start = 0
    while start < places.count {
      var end = start + 1
      while end < places.count, places[end].0.guideTopic == places[start].0.guideTopic { end += 1 }
      let first = places[start].0
      needs[first.guideTopic] = Needs(
        pack: first.pack, topic: first.topic,
        entries: places[start..<end].map { ($0.0.entry, $0.1) })
      start = end
    }
    return needs
  }

  /// Sorts the ranked entries best first (the guide's order among equals) and keeps `count`.
  private mutating func keepBest(_ count: Int) {
    ranked.sort {
      ($0.rank, $1.place.guideTopic, $1.place.entry) > (
        $1.rank, $0.place.guideTopic, $0.place.entry
      )
    }
    if ranked.count > count {
      countedOnly += ranked.count - count
      ranked.removeSubrange(count...)
    }
  }
}
