import GuideModel
import TextSupport

/// The places in the topics (the guide's and the packs') that mention each skill: every
/// paragraph, list item, heading or row holding the skill's name, or one of its aliases, as
/// whole words side by side. The topics are read once for all the skills asked about.
package struct SkillMentions: Sendable {
  package struct Place: Sendable, Equatable {
    /// `topic › section`.
    package let path: String
    /// The command that shows the place in full.
    package let command: String?
    /// The words around the mention, cut at word boundaries with `…`.
    package let excerpt: String
  }

  /// The places by skill id, in reading order.
  package let places: [String: [Place]]

  package func count(of id: String) -> Int { places[id]?.count ?? 0 }
}

extension SkillMentions {
  /// The mentions of `skills` in every topic of `library`.
  package init(of skills: [Skill], in library: ContentLibrary) {
    var entries: [SearchEntry] = []
    library.eachTopic { entries += SearchEntry.entries(of: $0) }
    // Each name is matched by the search's own rule, but only against the entries that hold
    // its longest word, found in an index of the words of every entry (text that is not ASCII
    // is always matched, as folding may join what the index would keep apart).
    var index: [String: [Int]] = [:]
    var unindexed: [Int] = []
    for (order, entry) in entries.enumerated() {
      guard entry.text.utf8.allSatisfy({ $0 < 0x80 }) else {
        unindexed.append(order)
        continue
      }
      for word in Self.words(of: entry.text) where index[word]?.last != order {
        index[word, default: []].append(order)
      }
    }
    var places: [String: [Place]] = [:]
    for skill in skills {
      var found: [(order: Int, place: Place)] = []
      for name in Self.names(of: skill) {
        var scan = SearchScan(SearchQuery(["\"" + name + "\""]))
        guard let parts = scan.query.terms.first else { continue }
        let key = String(String.UnicodeScalarView(parts.max { $0.count < $1.count } ?? []))
        // A word the index cannot hold whole (`c++`) is matched against every entry.
        let candidates =
          key.utf8.allSatisfy(Self.isAlphanumeric)
          ? ((index[key] ?? []) + unindexed).sorted() : Array(entries.indices)
        scan.add(candidates.map { entries[$0] })
        for hit in scan.result().hits {
          guard hit.rank.wordsInText == 1, hit.rank.wholeWords == 1,
            let candidate = candidates.first(where: { entries[$0] == hit.entry }),
            !found.contains(where: { $0.order == candidate })
          else { continue }
          let place = Place(
            path: hit.entry.path, command: hit.entry.command,
            excerpt: Self.excerpt(
              of: hit.entry.text,
              around: hit.highlights.count > 1 ? hit.highlights[0]..<hit.highlights[1] : nil))
          found.append((candidate, place))
        }
      }
      places[skill.id] = found.sorted { $0.order < $1.order }.map(\.place)
    }
    self.places = places
  }

  /// The lowercased runs of letters and digits of ASCII `text`, and for a run of both, such as
  /// `5g`, its runs of letters alone and digits alone too.
  static func words(of text: String) -> Set<String> {
    var words: Set<String> = []
    for run in text.lowercased().utf8.split(whereSeparator: { !Self.isAlphanumeric($0) }) {
      words.insert(String(decoding: run, as: UTF8.self))
      var start = run.startIndex
      for index in run.indices.dropFirst()
      where run[index].isASCIIDigit != run[run.index(before: index)].isASCIIDigit {
        words.insert(String(decoding: run[start..<index], as: UTF8.self))
        start = index
      }
      if start != run.startIndex { words.insert(String(decoding: run[start...], as: UTF8.self)) }
    }
    return words
  }

  /// A digit or a lowercase ASCII letter: the bytes of the words mentions are indexed by.
  static func isAlphanumeric(_ byte: UInt8) -> Bool { byte.isASCIIDigit || byte &- 0x61 < 26 }

  /// The names a mention may use: the skill's name; for `Explainable AI (XAI)` also
  /// `Explainable AI` and `XAI`; and the aliases of several words (`edge-computing`), which
  /// name the skill alone, unlike one-word aliases such as `focus` or `business`.
  static func names(of skill: Skill) -> [String] {
    let name = skill.name
    var names = [name]
    if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
      names += [String(name[..<open]), String(name[name.index(after: open)...].dropLast())]
    }
    return names + skill.aliases.filter { $0.contains("-") }
  }

  /// At most `radius` characters either side of `span`, cut at spaces, with `…` where text
  /// was left out.
  static func excerpt(of text: String, around span: Range<Int>?, radius: Int = 70) -> String {
    let characters = Array(text)
    guard characters.count > 2 * radius + 20, let span else { return text }
    var start = max(0, span.lowerBound - radius)
    var end = min(characters.count, span.upperBound + radius)
    while start > 0, characters[start - 1] != " ", start < span.lowerBound { start += 1 }
    while end < characters.count, characters[end] != " ", end > span.upperBound { end -= 1 }
    return (start > 0 ? "…" : "") + String(characters[start..<end])
      + (end < characters.count ? "…" : "")
  }
}
