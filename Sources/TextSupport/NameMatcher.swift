/// Finds what a user meant by a name, compared after `normalize`: an exact id or name wins,
/// else a prefix of an id or name that points to a single id, else whole words of a single id.
public struct NameMatcher: Sendable {
  private struct Entry: Sendable {
    let id: String
    let normalizedID: String
    /// The normalised id, title and aliases.
    let names: [String]
  }

  private let entries: [Entry]

  /// Creates a matcher over candidates, each an `id` with the other `names` it answers to (its
  /// title and aliases; the id itself need not be repeated).
  public init(_ candidates: [(id: String, names: [String])]) {
    entries = candidates.map { candidate in
      let id = Self.normalize(candidate.id)
      var names = [id]
      for name in candidate.names.map(Self.normalize) where !names.contains(name) {
        names.append(name)
      }
      return Entry(id: candidate.id, normalizedID: id, names: names)
    }
  }

  /// What `input` designates: one id, several ids it could mean, or none with the ids it may
  /// be a misspelling of (closest first, then those containing it).
  public func match(_ input: String) -> NameMatch {
    let key = Self.normalize(input)
    guard !key.isEmpty else { return .notFound(suggestions: []) }

    if let entry = entries.first(where: { $0.normalizedID == key }) {
      return .found(entry.id)
    }
    if let result = Self.single(entries.filter { $0.names.contains(key) }) {
      return result
    }
    if let result = Self.single(entries.filter { $0.names.contains { $0.hasPrefix(key) } }) {
      return result
    }
    // Whole words of one id only, as `experience` of `by-experience`.
    // Only an id at least as long can hold them (see `suggestions`).
    let words = "-" + key + "-"
    let holding = entries.filter {
      $0.normalizedID.utf8.count >= key.utf8.count && ("-" + $0.normalizedID + "-").contains(words)
    }
    if holding.count == 1 { return .found(holding[0].id) }
    return .notFound(suggestions: suggestions(for: key))
  }

  /// `.found` for one entry, `.ambiguous` for several, `nil` for none.
  private static func single(_ matches: [Entry]) -> NameMatch? {
    switch matches.count {
    case 0: nil
    case 1: .found(matches[0].id)
    default: .ambiguous(matches.map(\.id))
    }
  }

  /// The ids `key` may be a misspelling of, closest first, then the ids containing it.
  private func suggestions(for key: String) -> [String] {
    let limit = Suggestions.maximumDistance(for: key)
    let close = Suggestions.closest(entries, within: limit) {
      entry in entry.names.map { Suggestions.distance(key, $0, bound: limit) }.min() ?? Int.max
    }.map(\.id)
    // Only a name at least as long can contain the key: `contains` first makes a table of the
    // whole key, so a long argument would cost its length for every name.
    let length = key.count
    let containing =
      key.unicodeScalars.count < 2
      ? []
      : entries.filter { $0.names.contains { $0.count >= length && $0.contains(key) } }.map(\.id)
    var result: [String] = []
    for id in close + containing where !result.contains(id) {
      result.append(id)
    }
    return result
  }
}

/// The outcome of `NameMatcher.match`: the id the input designates, the ids it could mean, or
/// none with the ids it may be a misspelling of.
public typealias NameMatch = Lookup<String>

extension NameMatcher {
  /// The form names are compared in: lower case, accents folded (`é` → `e`, `ß` → `ss`), and
  /// every run of spaces, `-`, `_` and `/` turned into one `-`, none at either end.
  public static func normalize(_ name: String) -> String {
    var result = ""
    var pendingSeparator = false
    for scalar in name.lowercased().unicodeScalars {
      switch scalar {
      case " ", "-", "_", "/", "\t":
        pendingSeparator = true
        continue
      case "\u{300}"..."\u{36F}":  // combining accents of decomposed letters
        continue
      default:
        break
      }
      if pendingSeparator && !result.isEmpty {
        result.append("-")
      }
      pendingSeparator = false
      if let folded = folded(scalar) {
        result.append(folded)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The ASCII letters a Latin-1 or Latin Extended-A letter stands for, or `nil` to keep it.
  public static func folded(_ scalar: Unicode.Scalar) -> String? {
    guard scalar.value >= 0xC0, scalar.value <= 0x17F else { return nil }
    return foldingTable.first { $0.range.contains(scalar.value) }?.letters
  }

  /// Runs of code points (U+00C0–U+017F) and the ASCII letters each stands for.
  private static let foldingTable: [(range: ClosedRange<UInt32>, letters: String)] = [
    (0xC0...0xC5, "a"), (0xC6...0xC6, "ae"), (0xC7...0xC7, "c"), (0xC8...0xCB, "e"),
    (0xCC...0xCF, "i"), (0xD0...0xD0, "d"), (0xD1...0xD1, "n"), (0xD2...0xD6, "o"),
    (0xD8...0xD8, "o"), (0xD9...0xDC, "u"), (0xDD...0xDD, "y"), (0xDE...0xDE, "th"),
    (0xDF...0xDF, "ss"), (0xE0...0xE5, "a"), (0xE6...0xE6, "ae"), (0xE7...0xE7, "c"),
    (0xE8...0xEB, "e"), (0xEC...0xEF, "i"), (0xF0...0xF0, "d"), (0xF1...0xF1, "n"),
    (0xF2...0xF6, "o"), (0xF8...0xF8, "o"), (0xF9...0xFC, "u"), (0xFD...0xFD, "y"),
    (0xFE...0xFE, "th"), (0xFF...0xFF, "y"),
    (0x100...0x105, "a"), (0x106...0x10D, "c"), (0x10E...0x111, "d"), (0x112...0x11B, "e"),
    (0x11C...0x123, "g"), (0x124...0x127, "h"), (0x128...0x131, "i"), (0x132...0x133, "ij"),
    (0x134...0x135, "j"), (0x136...0x138, "k"), (0x139...0x142, "l"), (0x143...0x14B, "n"),
    (0x14C...0x151, "o"), (0x152...0x153, "oe"), (0x154...0x159, "r"), (0x15A...0x161, "s"),
    (0x162...0x167, "t"), (0x168...0x173, "u"), (0x174...0x175, "w"), (0x176...0x178, "y"),
    (0x179...0x17E, "z"), (0x17F...0x17F, "s"),
  ]
}
