/// Levenshtein distance between short names, for "did you mean" suggestions.
enum EditDistance {
  /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
  static func between(_ a: String, _ b: String) -> Int {
    let source = Array(a)
    let target = Array(b)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[target.count]
  }

  /// The candidate closest to `name`, if it is close enough to be a likely typo: at most one edit
  /// for names up to four characters, at most a third of the name's length otherwise. Ties go to
  /// the earlier candidate; letter case is ignored.
  static func closestMatch(to name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    let limit = max(1, lowered.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(lowered, candidate.lowercased())
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
