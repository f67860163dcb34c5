import GuideModel

/// A search run over entries as they come: each entry is matched and let go, and only the hits
/// are kept (no more than the limit's worth when there is one), so a search of a thousand
/// topics holds one topic at a time.
///
/// Most entries cannot match, and most text is ASCII: for those, a byte scan that folds as
/// `FoldedText` does (lower case, `136,287` as `136287`) rules an entry out before anything is
/// folded. For printable ASCII entries, `SearchByteRanker` tells the rank from the bytes too:
/// once the limit's worth of hits is kept, an entry that cannot beat the last of them is only
/// counted. Only entries that may make the cut are folded and ranked in full.
public struct SearchScan: Sendable {
  /// The query answered.
  public let query: SearchQuery
  private let filter: SearchPrefilter
  private var ranker: SearchByteRanker
  private var hits: [(hit: SearchHit, order: Int)] = []
  /// Once the limit's worth of hits is kept, the rank of the last of them: a later entry that
  /// ranks no higher comes after it (equal hits keep their order) and cannot be shown.
  private var floor: SearchHit.Rank?
  /// The number of the last entry added, which orders equal hits.
  var order = 0
  private var total = 0
  /// The last context seen, folded, with which query parts it holds: entries of one section
  /// share it.
  private var context: (text: String, folded: FoldedText?, holds: SearchPrefilter.Parts)?

  /// A scan for `query`; empty queries find nothing.
  public init(_ query: SearchQuery) {
    self.query = query
    filter = SearchPrefilter(terms: query.terms)
    ranker = SearchByteRanker(terms: query.terms)
  }

  /// Matches `entries`, in the order given after the ones before (the order breaks ties).
  /// `prefiltered` says every entry was asked of `choice(for:)` already and must be made.
  mutating func add(_ entries: [SearchEntry], prefiltered: Bool = false) {
    guard !query.isEmpty else { return }
    for entry in entries {
      order += 1
      if let topic = query.topic, entry.topic != topic { continue }
      if context?.text != entry.context {
        context = (entry.context, nil, filter.holds(entry.context))
      }
      guard
        prefiltered
          || (filter.mayMatch(
            entry, contextHolds: context?.holds ?? SearchPrefilter.Parts(bits: ~0))
            && needsFullMatch(entry))
      else { continue }
      let folded = context?.folded ?? FoldedText(entry.context)
      context?.folded = folded
      let document = SearchIndex.Document(
        entry: entry, text: FoldedText(entry.text), keywords: FoldedText(entry.keywords),
        context: folded)
      guard let hit = SearchIndex.match(query.terms, in: document) else { continue }
      total += 1
      hits.append((hit, order))
      if let limit = query.limit, hits.count >= 2 * limit + 64 { keepBest(limit) }
    }
  }

  /// What to do with a cached entry, asked of its bytes before it is made (see
  /// `SearchCacheFile.entries`): skip it when it cannot match, count it when it matches but
  /// cannot be shown, else make it and `add` it with `prefiltered`. The caller adds the count
  /// to `total` (`addCounted`) once the whole block has read back sound.
  mutating func choice(for cached: SearchCacheFile.EntryBytes) -> SearchCacheFile.Choice {
    guard !query.isEmpty else { return .skip }
    if let topic = query.topic, cached.topic != topic { return .skip }
    if self.context?.text != cached.context {
      self.context = (cached.context, nil, filter.holds(cached.context))
    }
    guard
      filter.mayMatch(
        text: cached.text, keywords: cached.keywords,
        contextHolds: self.context?.holds ?? SearchPrefilter.Parts(bits: ~0))
    else { return .skip }
    guard ranker.isUsable else { return .make }
    var context = cached.context
    let verdict = context.withUTF8 {
      ranker.rank(
        text: cached.text, keywords: cached.keywords, context: $0, field: cached.field,
        labelLength: cached.labelLength)
    }
    return choice(for: verdict)
  }

  /// Counts `count` hits that were not made into entries (see `choice(for:)`).
  mutating func addCounted(_ count: Int) {
    total += count
  }

  /// Whether `entry`, which passed the prefilter, must be matched in full: the byte ranker
  /// may tell that it does not match, or that it cannot be shown, and then it is counted.
  private mutating func needsFullMatch(_ entry: SearchEntry) -> Bool {
    guard ranker.isUsable else { return true }
    var text = entry.text
    var keywords = entry.keywords
    var context = entry.context
    let verdict = text.withUTF8 { text in
      keywords.withUTF8 { keywords in
        context.withUTF8 { context in
          ranker.rank(
            text: text, keywords: keywords, context: context, field: entry.field,
            labelLength: entry.labelLength)
        }
      }
    }
    switch choice(for: verdict) {
    case .skip: return false
    case .count:
      total += 1
      return false
    case .make: return true
    }
  }

  /// What a verdict of the byte ranker means for an entry.
  private func choice(for verdict: SearchByteRanker.Verdict) -> SearchCacheFile.Choice {
    switch verdict {
    case .noMatch: .skip
    case .rank(let rank): floor.map { rank <= $0 } == true ? .count : .make
    case .unknown: .make
    }
  }

  /// Matches the title, summary and every block of `topic`.
  public mutating func add(_ topic: Topic) {
    add(SearchIndex.entries(of: topic))
  }

  /// Matches every salary record of `data`.
  public mutating func add(_ data: SalaryData) {
    add(SearchIndex.entries(of: data, keeping: filter.mayMatch(pieces:)))
  }

  /// Matches every skill of `catalog`.
  public mutating func add(_ catalog: SkillCatalog) {
    add(SearchIndex.entries(of: catalog, keeping: filter.mayMatch(pieces:)))
  }

  /// Takes in the hits of `other`, a scan of the same query over later entries.
  mutating func merge(_ other: SearchScan) {
    hits += other.hits
    total += other.total
    order = max(order, other.order)
    if let limit = query.limit, hits.count >= 2 * limit + 64 { keepBest(limit) }
  }

  /// The hits so far, best first (see `SearchIndex.search`), cut to the query's limit.
  public func result() -> SearchResult {
    var scan = self
    scan.keepBest(query.limit ?? scan.hits.count)
    return SearchResult(query: query, hits: scan.hits.map(\.hit), total: total)
  }

  /// Sorts the hits, best first and earlier first among equals, and keeps the first `count`.
  private mutating func keepBest(_ count: Int) {
    hits.sort { ($0.hit.rank, $1.order) > ($1.hit.rank, $0.order) }
    if hits.count > count { hits.removeSubrange(count...) }
    // Every entry added from now on comes after these in the order, runs merged in included.
    if count > 0, count == query.limit, hits.count == count { floor = hits[count - 1].hit.rank }
  }
}
