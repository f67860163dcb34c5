import Foundation
import Testing

@testable import TextSupport

@Suite struct NameMatcherTests {
  /// Topics shaped like the guide's: ids with titles and aliases.
  static let topics = NameMatcher([
    (id: "overview", names: ["The AI/ML Engineer at a Glance", "intro", "about"]),
    (id: "responsibilities", names: ["Responsibilities", "duties", "tasks"]),
    (id: "skills", names: ["Technical Skills", "tools", "languages"]),
    (id: "soft-skills", names: ["Soft Skills", "people-skills"]),
    (id: "salaries", names: ["Salaries", "pay"]),
    (id: "best-practices", names: ["Best Practices"]),
    (id: "career-path", names: ["Career Path", "levels"]),
    (id: "challenges", names: ["Challenges"]),
    (id: "education", names: ["Education and Training", "études"]),
  ])

  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: NameMatch
    var testDescription: String { "'\(input)'" }
  }

  @Test(arguments: [
    Case(input: "skills", expected: .found("skills")),
    Case(input: "SKILLS", expected: .found("skills")),
    Case(input: "resp", expected: .found("responsibilities")),
    Case(input: "duties", expected: .found("responsibilities")),
    Case(input: "soft skills", expected: .found("soft-skills")),
    Case(input: "soft_skills", expected: .found("soft-skills")),
    Case(input: "  Soft -- Skills ", expected: .found("soft-skills")),
    Case(input: "Best Practices", expected: .found("best-practices")),
    Case(input: "best", expected: .found("best-practices")),
    Case(input: "Technical", expected: .found("skills")),
    Case(input: "the ai ml", expected: .found("overview")),
    Case(input: "AI/ML", expected: .notFound(suggestions: ["overview"])),
    Case(input: "Études", expected: .found("education")),
    Case(input: "etudes", expected: .found("education")),
    Case(input: "e\u{301}tudes", expected: .found("education")),
    Case(input: "CAREER_PATH", expected: .found("career-path")),
    Case(input: "s", expected: .ambiguous(["skills", "soft-skills", "salaries"])),
    Case(input: "soft", expected: .found("soft-skills")),
    Case(input: "c", expected: .ambiguous(["career-path", "challenges"])),
    Case(input: "responsibilites", expected: .notFound(suggestions: ["responsibilities"])),
    Case(input: "salries", expected: .notFound(suggestions: ["salaries"])),
    Case(input: "skils", expected: .notFound(suggestions: ["skills"])),
    // A whole word of exactly one id names it, as a unique prefix does.
    Case(input: "path", expected: .found("career-path")),
    Case(input: "practices", expected: .found("best-practices")),
    Case(input: "ractices", expected: .notFound(suggestions: ["best-practices"])),
    Case(input: "quantum", expected: .notFound(suggestions: [])),
    Case(input: "", expected: .notFound(suggestions: [])),
    Case(input: " - ", expected: .notFound(suggestions: [])),
  ])
  func matchesTopics(_ test: Case) {
    #expect(Self.topics.match(test.input) == test.expected)
  }

  @Test func prefersAnExactIdToAPrefixOfAnotherName() {
    let matcher = NameMatcher([
      (id: "python-advanced", names: []), (id: "python", names: []), (id: "py", names: ["pie"]),
    ])
    #expect(matcher.match("python") == .found("python"))
    #expect(matcher.match("py") == .found("py"))
    #expect(matcher.match("pyt") == .ambiguous(["python-advanced", "python"]))
  }

  @Test func reportsAnAmbiguousExactName() {
    let matcher = NameMatcher([(id: "a", names: ["shared"]), (id: "b", names: ["Shared"])])
    #expect(matcher.match("shared") == .ambiguous(["a", "b"]))
  }

  @Test func ranksSuggestionsByDistanceThenContainment() {
    let matcher = NameMatcher([
      (id: "data-engineering", names: []), (id: "dat", names: []), (id: "date", names: []),
    ])
    // "datx": one edit from both "dat" and "date", listed in candidate order.
    #expect(matcher.match("datx") == .notFound(suggestions: ["dat", "date"]))
    // Too far from every id, but contained in one (not as a whole word).
    #expect(matcher.match("engineer") == .notFound(suggestions: ["data-engineering"]))
  }

  @Test(arguments: [
    ("Ça", "ca"), ("Ærø", "aero"), ("Straße", "strasse"), ("Łódź", "lodz"), ("Œuvre", "oeuvre"),
    ("a/b_c d-e", "a-b-c-d-e"), ("--x--", "x"), ("C++", "c++"), ("Node.js", "node.js"),
  ])
  func normalisesCaseAccentsAndSeparators(input: String, expected: String) {
    #expect(NameMatcher.normalize(input) == expected)
  }

  @Test func foldsLatinLettersAsFoundationDoes() {
    // Foundation only folds letters that decompose into a base letter and accents; where it
    // gives ASCII, the table must agree.
    var compared = 0
    for value in UInt32(0xC0)...0x17F {
      let letter = String(Character(Unicode.Scalar(value)!))
      let folded = letter.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      guard folded.allSatisfy(\.isASCII) else { continue }
      compared += 1
      #expect(
        NameMatcher.normalize(letter) == folded.lowercased(),
        "U+\(String(value, radix: 16, uppercase: true)) \(letter)")
    }
    #expect(compared > 150)
  }

  /// A long argument among many names is found in none and suggests none. (That it is read
  /// once, not once a name, the benchmark's pathological section checks.)
  @Test(arguments: [10, 1_000]) func aLongArgumentMatchesNoNameAmongMany(count: Int) {
    let key = String(repeating: "x", count: 64_000)
    let matcher = NameMatcher((0..<count).map { (id: "skill-\($0)", names: ["Skill \($0)"]) })
    #expect(matcher.match(key) == .notFound(suggestions: []))
  }

  @Test func aNameShorterThanTheKeyIsNotSuggestedAsHoldingIt() {
    let matcher = NameMatcher([(id: "ml", names: ["ML"]), (id: "mlops", names: ["MLOps"])])
    #expect(matcher.match("mlopsx") == .notFound(suggestions: ["mlops"]))
    #expect(matcher.match("lop") == .notFound(suggestions: ["mlops"]))
  }
}
