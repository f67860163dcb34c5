/// Finds words a text spells both the British and the American way, such as `regularisation`
/// and `regularization`: the guide keeps to British spelling, and one text holding both forms
/// means some of it slipped.
///
/// The pairs are derived, not listed: each word's American forms come from the regular
/// differences (-ise/-ize, -isation/-ization, -yse/-yze, -our/-or, -lling/-ling, -tre/-ter,
/// -ogue/-og), plus a few irregular pairs. A pair counts only when both forms occur.
struct SpellingVariantChecker {
  /// A word found in both spellings.
  struct Mismatch: Equatable, CustomStringConvertible {
    var british: String
    var american: String

    var description: String { "'\(british)' and '\(american)'" }
  }

  /// Word endings that differ regularly, British first.
  static let endings: [(british: String, american: String)] = [
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ises", "izes"),
    ("ised", "ized"), ("ising", "izing"), ("iser", "izer"), ("isers", "izers"),
    ("yse", "yze"), ("yses", "yzes"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("lling", "ling"), ("lled", "led"), ("ller", "ler"), ("llers", "lers"),
    ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"),
  ]

  /// Pairs the regular differences miss.
  static let irregular: [(british: String, american: String)] = [
    ("judgement", "judgment"), ("ageing", "aging"), ("grey", "gray"), ("fulfil", "fulfill"),
    ("enrol", "enroll"), ("skilful", "skillful"), ("defence", "defense"),
  ]

  /// Word pairs the rules match that are different words, not two spellings of one.
  static let distinctWords: Set<String> = ["filled filed"]

  /// The American forms the rules give for the British `word` (lower case).
  static func americanForms(of word: String) -> [String] {
    var forms: [String] = []
    for (british, american) in endings where word.hasSuffix(british) {
      forms.append(String(word.dropLast(british.count)) + american)
    }
    // -our inside a word (behaviour, behavior), with at least two letters before it so that
    // "our", "four" and "your" are left alone.
    var searchStart = word.startIndex
    while let range = word.range(of: "our", range: searchStart..<word.endIndex) {
      if word.distance(from: word.startIndex, to: range.lowerBound) >= 2 {
        forms.append(word.replacingCharacters(in: range, with: "or"))
      }
      searchStart = range.upperBound
    }
    forms += irregular.filter { $0.british == word }.map(\.american)
    return forms.filter { $0 != word && !distinctWords.contains("\(word) \($0)") }
  }

  /// Every word of `texts` that also occurs in the other spelling, once a pair.
  static func mismatches(in texts: [String]) -> [Mismatch] {
    var words = Set<String>()
    for text in texts {
      for word in SourceWords.words(of: text) {
        for part in word.text.split(separator: "-") { words.insert(String(part)) }
      }
    }
    var found: [Mismatch] = []
    for word in words.sorted() {
      for american in americanForms(of: word) where words.contains(american) {
        found.append(Mismatch(british: word, american: american))
      }
    }
    return found
  }
}
