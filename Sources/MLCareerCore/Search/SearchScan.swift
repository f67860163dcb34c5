/// A search run over entries as they come: each entry is matched and let go, and only the hits
/// are kept (no more than the limit's worth when there is one), so a search of a thousand
/// topics holds one topic at a time.
///
/// Most entries cannot match, and most text is ASCII: for those, a byte scan that folds as
/// `FoldedText` does (lower case, `136,287` as `136287`) rules an entry out before anything is
/// folded. Only entries that may match are folded and ranked.
public struct SearchScan: Sendable {
  /// The query answered.
  public let query: SearchQuery
  private let filter: SearchPrefilter
  private var hits: [(hit: SearchHit, order: Int)] = []
  /// The number of the last entry added, which orders equal hits.
  var order = 0
  private var total = 0
  /// The last context seen, folded, with which query parts it holds: entries of one section
  /// share it.
  private var context: (text: String, folded: FoldedText?, holds: [[Bool]])?

  /// A scan for `query`; empty queries find nothing.
  public init(_ query: SearchQuery) {
    self.query = query
    filter = SearchPrefilter(terms: query.terms)
  }

  /// Matches `entries`, in the order given after the ones before (the order breaks ties).
  /// `prefiltered` says every entry passed `mayMatch(text:keywords:context:)` already.
  mutating func add(_ entries: [SearchEntry], prefiltered: Bool = false) {
    guard !query.isEmpty else { return }
    for entry in entries {
      order += 1
      if let topic = query.topic, entry.topic != topic { continue }
      if context?.text != entry.context {
        context = (entry.context, nil, filter.holds(entry.context))
      }
      guard prefiltered || filter.mayMatch(entry, contextHolds: context?.holds ?? []) else {
        continue
      }
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

  /// Whether an entry whose text and keywords are these bytes, in `context`, may match: the
  /// prefilter `add` applies, asked before the entry is made (see `SearchCacheFile.entries`).
  mutating func mayMatch(
    text: UnsafeBufferPointer<UInt8>, keywords: UnsafeBufferPointer<UInt8>, context: String
  ) -> Bool {
    guard !query.isEmpty else { return false }
    if self.context?.text != context {
      self.context = (context, nil, filter.holds(context))
    }
    return filter.mayMatch(text: text, keywords: keywords, contextHolds: self.context?.holds ?? [])
  }

  /// Matches the title, summary and every block of `topic`.
  public mutating func add(_ topic: Topic) {
    add(SearchIndex.entries(of: topic))
  }

  /// Matches every salary record of `data`.
  public mutating func add(_ data: SalaryData) {
    add(SearchIndex.entries(of: data))
  }

  /// Matches every skill of `catalog`.
  public mutating func add(_ catalog: SkillCatalog) {
    add(SearchIndex.entries(of: catalog))
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
  }
}
