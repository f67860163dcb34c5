import Testing
import TextSupport

@testable import JSON

@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(text, file: "test.json")
  }

  private func at(_ line: Int, _ column: Int) -> TextSupport.SourceLocation {
    TextSupport.SourceLocation(file: "test.json", line: line, column: column)
  }

  @Test func parsesEveryKindOfValue() throws {
    let value = try parse(#"{"n": null, "t": true, "f": false, "i": -12, "s": "x", "a": [1, []]}"#)
    guard case .object(let members) = value.kind else {
      Issue.record("not an object: \(value)")
      return
    }
    #expect(members.map(\.key) == ["n", "t", "f", "i", "s", "a"])
    #expect(members[0].value.kind == .null)
    #expect(members[1].value.kind == .bool(true))
    #expect(members[2].value.kind == .bool(false))
    #expect(members[3].value.kind == .number("-12"))
    #expect(members[4].value.kind == .string("x"))
    #expect(members[5].value.output == [1, []])
  }

  @Test func recordsTheLocationOfEveryValueAndKey() throws {
    let text = """
      {
        "id": "ml",
      \t"value": [26.03, {"k": null}]
      }
      """
    let value = try parse(text)
    #expect(value.location == at(1, 1))
    guard case .object(let members) = value.kind,
      case .array(let elements) = members[1].value.kind,
      case .object(let inner) = elements[1].kind
    else {
      Issue.record("unexpected shape: \(value)")
      return
    }
    #expect(members[0].keyLocation == at(2, 3))
    #expect(members[0].value.location == at(2, 9))
    #expect(members[1].keyLocation == at(3, 2))
    #expect(members[1].value.location == at(3, 11))
    #expect(elements[0].location == at(3, 12))
    #expect(elements[1].location == at(3, 19))
    #expect(inner[0].keyLocation == at(3, 20))
    #expect(inner[0].value.location == at(3, 25))
  }

  @Test func countsColumnsInCharactersNotBytes() throws {
    let value = try parse(#"["é€😀", "x"]"#)
    guard case .array(let elements) = value.kind else { return }
    #expect(elements[1].location == at(1, 9))
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func countsEveryKindOfLineBreak(_ lineBreak: String) throws {
    let value = try parse("[" + lineBreak + "1," + lineBreak + lineBreak + "  2]")
    guard case .array(let elements) = value.kind else { return }
    #expect(elements.map(\.location) == [at(2, 1), at(4, 3)])
  }

  @Test func skipsAByteOrderMark() throws {
    let value = try parse("\u{FEFF}[1]")
    #expect(value.location == at(1, 1))
    #expect(value.output == [1])
  }

  @Test(arguments: [
    (#""a\"b\\c\/d""#, "a\"b\\c/d"),
    (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
    (#""\u0041\u00e9\u20AC""#, "Aé€"),
    (#""\uD83D\uDE00 smile""#, "😀 smile"),
    (#""\u0000""#, "\u{0}"),
    (#""naïve 日本""#, "naïve 日本"),
    (#""""#, ""),
  ])
  func decodesStringEscapes(_ literal: String, _ expected: String) throws {
    #expect(try parse(literal).kind == .string(expected))
  }

  @Test(arguments: [
    "0", "-0", "12", "-3.25", "1e3", "1E+3", "2.5e-3", "123456789012345678901234567890",
  ])
  func keepsNumberLiteralsVerbatim(_ literal: String) throws {
    #expect(try parse(" \(literal) ").kind == .number(literal))
  }

  @Test func acceptsDeepButLimitedNesting() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(throws: Never.self) { try parse(text) }
  }

  @Test func rejectsHostileNestingWithoutExhaustingTheStack() {
    let text = String(repeating: "[", count: 100_000)
    #expect(throws: JSONError.nestingTooDeep(limit: JSONParser.maximumDepth, at: at(1, 513))) {
      try parse(text)
    }
    let objects = String(repeating: #"{"a":"#, count: 100_000)
    #expect(throws: JSONError.nestingTooDeep(limit: JSONParser.maximumDepth, at: at(1, 2561))) {
      try parse(objects)
    }
  }

  @Test func parsesLongSingleLineDocumentsWithCorrectColumns() throws {
    let count = 20_000
    let text = "[" + Array(repeating: "1", count: count).joined(separator: ",") + "]"
    let value = try parse(text)
    guard case .array(let elements) = value.kind else { return }
    #expect(elements.count == count)
    #expect(elements.last?.location == at(1, 2 * count))
  }
}
