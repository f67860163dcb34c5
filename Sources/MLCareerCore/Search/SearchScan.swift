import GuideModel

/// A search run over entries as they come: each entry is matched by the query's `SearchRule`
/// and let go, and only the hits are kept (no more than the limit's worth when there is one),
/// so a search of a thousand topics holds one topic at a time.
package struct SearchScan: Sendable {
  package let query: SearchQuery
  let rule: SearchRule
  private var hits: [(hit: SearchHit, order: Int)] = []
  /// The number of the last entry added, which orders equal hits.
  var order = 0
  private var total = 0
  /// The last context seen, folded: the entries of one section share it.
  private var context: (text: String, folded: FoldedText)?
  /// The rank of the last hit kept, once the limit's worth are kept: an entry that surely
  /// matches but whose best rank is below it is counted, never ranked.
  private var floor: SearchHit.Rank?

  /// A scan for `query`; empty queries find nothing.
  package init(_ query: SearchQuery) {
    self.query = query
    rule = SearchRule(query)
  }

  /// Matches `entries`, in the order given after the ones before (the order breaks ties).
  mutating func add(_ entries: [SearchEntry]) {
    for entry in entries { add(entry) }
  }

  /// Matches one entry, after the ones before.
  private mutating func add(_ entry: SearchEntry) {
    guard !query.isEmpty else { return }
    order += 1
    if let topic = query.topic, entry.topic != topic { return }
    guard rule.mayMatch(entry) else { return }
    if let floor, rule.bestRank(entry) < floor, rule.mayMatch(entry, surely: true) {
      total += 1
      return
    }
    if context?.text != entry.context { context = (entry.context, FoldedText(entry.context)) }
    guard let folded = context?.folded, let hit = rule.hit(entry, context: folded) else { return }
    total += 1
    hits.append((hit, order))
    if let limit = query.limit, hits.count >= keptBeforeSorting { keepBest(limit) }
  }

  /// How many hits are gathered before the best are kept: twice the limit and some, so they
  /// are sorted once in a while rather than at every hit.
  private var keptBeforeSorting: Int {
    query.limit.map { $0 < Int.max / 4 ? 2 * $0 + 64 : Int.max } ?? Int.max
  }

  /// Matches the title, summary and every block of `topic`.
  package mutating func add(_ topic: Topic) {
    SearchEntry.forEachEntry(of: topic) { add($0) }
  }

  package mutating func add(_ data: SalaryData) {
    add(SearchEntry.entries(of: data, for: rule))
  }

  package mutating func add(_ catalog: SkillCatalog) {
    add(SearchEntry.entries(of: catalog, for: rule))
  }

  /// Takes in the hits of `other`, a scan of the same query over later entries.
  mutating func merge(_ other: SearchScan) {
    hits += other.hits
    total += other.total
    order = max(order, other.order)
    if let limit = query.limit, hits.count >= keptBeforeSorting { keepBest(limit) }
  }

  /// The hits so far, best first and earlier first among equals, cut to the query's limit.
  package func result() -> SearchResult {
    var scan = self
    scan.keepBest(query.limit ?? scan.hits.count)
    return SearchResult(query: query, hits: scan.hits.map(\.hit), total: total)
  }

  /// Sorts the hits, best first and earlier first among equals, and keeps the first `count`.
  private mutating func keepBest(_ count: Int) {
    hits.sort { ($0.hit.rank, $1.order) > ($1.hit.rank, $0.order) }
    if hits.count > count { hits.removeSubrange(count...) }
    if hits.count == count { floor = hits.last?.hit.rank }
  }
}
