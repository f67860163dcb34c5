/// "Did you mean …?": the edit distance between names and the closest candidates to a typo.
public enum Suggestions {
  /// The Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`: how many
  /// insertions, deletions, substitutions and swaps of neighbours turn one into the other.
  /// A distance above `bound` is `bound + 1`, found from the lengths alone when it can.
  public static func distance(_ a: String, _ b: String, bound: Int) -> Int {
    // A scalar takes one to four UTF-8 bytes: the byte counts, known at once, rule out a long
    // argument without counting its scalars for every candidate.
    let (long, short) = a.utf8.count >= b.utf8.count ? (a, b) : (b, a)
    if long.utf8.count / 4 - short.utf8.count > bound
      || abs(a.unicodeScalars.count - b.unicodeScalars.count) > bound
    {
      return bound + 1
    }
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows of the usual table: two rows back (for swaps), the previous one, the current one.
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  /// The largest distance at which a candidate still counts as a likely typo of `input`: one
  /// edit per three characters, at least one and at most three.
  public static func maximumDistance(for input: String) -> Int {
    min(3, max(1, input.unicodeScalars.count / 3))
  }

  /// The items at most `limit` away by `distance`, closest first (ties keep the items' order).
  public static func closest<Item>(
    _ items: [Item], within limit: Int, distance: (Item) -> Int
  ) -> [Item] {
    items.enumerated()
      .map { (offset: $0.offset, item: $0.element, distance: distance($0.element)) }
      .filter { $0.distance <= limit }
      .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
      .map(\.item)
  }

  /// The closest candidate to `input` within `maximumDistance(for: input)`, if any (ties keep
  /// the candidates' order); letter case does not count as an edit.
  public static func best(for input: String, among candidates: [String]) -> String? {
    let lowered = input.lowercased()
    let limit = maximumDistance(for: input)
    return closest(candidates.filter { $0 != input }, within: limit) {
      distance(lowered, $0.lowercased(), bound: limit)
    }.first
  }

  /// The tail of an "unknown name" message: `did you mean 'x'?` for a likely typo of one of
  /// `candidates`, else `expected one of: a, b, c`.
  public static func hint(for input: String, among candidates: [String]) -> String {
    if let close = best(for: input, among: candidates) { return "did you mean '\(close)'?" }
    return "expected one of: " + candidates.joined(separator: ", ")
  }
}
