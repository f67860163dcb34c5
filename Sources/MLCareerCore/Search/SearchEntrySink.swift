/// What takes in the search entries of a library's topics, run by run (see
/// `SearchScan.walk(topicsOf:cache:into:makeRun:)`): a scan that matches them, or the
/// vocabulary a "did you mean" is chosen from.
protocol SearchEntrySink: Sendable {
  /// What to do with a cached entry, asked of its bytes before it is made.
  mutating func choice(for cached: SearchCacheFile.EntryBytes) -> SearchCacheFile.Choice
  /// Takes in `count` entries `choice(for:)` counted without making them.
  mutating func addCounted(_ count: Int)
  /// Takes in `entries`, in the guide's order; `prefiltered` says `choice(for:)` chose each.
  mutating func add(_ entries: [SearchEntry], prefiltered: Bool)
  /// Takes in what `other` took in, a sink of the same kind over later entries.
  mutating func merge(_ other: Self)
}

extension SearchScan: SearchEntrySink {}
