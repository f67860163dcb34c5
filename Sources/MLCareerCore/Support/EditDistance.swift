/// Edit distance between short names, for "did you mean" suggestions.
enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and swaps of two
  /// neighbouring characters turning `a` into `b` (optimal string alignment distance).
  static func between(_ a: String, _ b: String) -> Int {
    let source = Array(a)
    let target = Array(b)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    var beforePrevious = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        var distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          distance = min(distance, beforePrevious[j - 2] + 1)
        }
        current[j] = distance
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[target.count]
  }

  /// The candidate closest to `name`, if it is close enough to be a likely typo: at most one edit
  /// for names up to five characters, at most a third of the name's length otherwise. Ties go
  /// to the earlier candidate; letter case is ignored.
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
