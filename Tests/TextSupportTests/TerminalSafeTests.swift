import Testing

@testable import TextSupport

@Suite struct TerminalSafeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    var testDescription: String { expected }
  }

  @Test(arguments: [
    Case(input: "skills", expected: "skills"),
    Case(input: "études ✓ 日本", expected: "études ✓ 日本"),
    Case(input: "\u{1B}]0;pwned\u{07}", expected: "^[]0;pwned^G"),
    Case(input: "x\nerror: fake", expected: "x^Jerror: fake"),
    Case(input: "a\rb\tc\u{0}", expected: "a^Mb^Ic^@"),
    Case(input: "del\u{7F}", expected: "del^?"),
    Case(input: "\u{9B}31m", expected: "<U+009B>31m"),
    Case(input: "\u{85}next", expected: "<U+0085>next"),
    Case(input: "abc\u{202E}fed", expected: "abc<U+202E>fed"),
    Case(input: "\u{2066}iso\u{2069}", expected: "<U+2066>iso<U+2069>"),
    Case(input: "line\u{2028}sep", expected: "line<U+2028>sep"),
    Case(input: "py\u{200B}th\u{200D}on\u{FEFF}", expected: "py<U+200B>th<U+200D>on<U+FEFF>"),
  ])
  func neutralisesControlsAndBidi(_ test: Case) {
    #expect(test.input.terminalSafe() == test.expected)
  }

  @Test func cutsLongTextWithAnEllipsis() {
    let long = String(repeating: "a", count: 10_000_000)
    let safe = long.terminalSafe()
    #expect(safe == String(repeating: "a", count: 200) + "…")
    #expect("abcdef".terminalSafe(limit: 3) == "abc…")
    #expect("abc".terminalSafe(limit: 3) == "abc")
  }

  @Test func cutsOnScalarsSoCombiningMarksCannotFloodALine() {
    let zalgo = "e" + String(repeating: "\u{301}", count: 100_000)
    #expect(zalgo.terminalSafe(limit: 10).unicodeScalars.count == 11)
  }
}
