import Testing

@testable import JSON

@Suite struct JSONWriterTests {
  private let sample: JSONOutput = [
    "id": "ml-market-2023",
    "value": 26.03,
    "count": 1_000_000,
    "approximate": true,
    "note": nil,
    "tags": ["a", 2, [], [:]],
    "nested": ["b": -1.5e-7],
  ]

  @Test func prettyPrintsWithTwoSpacesInTheGivenOrder() {
    let expected = """
      {
        "id": "ml-market-2023",
        "value": 26.03,
        "count": 1000000,
        "approximate": true,
        "tags": [
          "a",
          2,
          [],
          {}
        ],
        "nested": {
          "b": -1.5e-07
        }
      }
      """
    #expect(JSONWriter.render(sample) == expected)
  }

  @Test func layoutIsTheOnlyWhitespaceOutsideStrings() {
    #expect(
      minified(sample)
        == #"{"id":"ml-market-2023","value":26.03,"count":1000000,"approximate":true,"#
        + #""tags":["a",2,[],{}],"nested":{"b":-1.5e-07}}"#)
  }

  @Test func leavesOutMembersWithoutAValueButKeepsNullElements() {
    let value: JSONOutput = ["a": nil, "b": .double(.nan), "c": [nil, 1], "d": ["e": nil]]
    #expect(minified(value) == #"{"c":[null,1],"d":{}}"#)
  }

  @Test func indentsDeepNestingTwoSpacesALevel() {
    var value: JSONOutput = .int(1)
    for _ in 0..<40 { value = .array([value]) }
    let lines = JSONWriter.render(value).split(separator: "\n")
    #expect(lines.count == 81)
    #expect(lines[40] == Substring(String(repeating: " ", count: 80) + "1"))
    #expect(lines[79] == "  ]")
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    ("say \"hi\"", #""say \"hi\"""#),
    ("back\\slash", #""back\\slash""#),
    ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
    ("\u{0}\u{1}\u{1F}\u{7F}\u{08}\u{0C}", #""\u0000\u0001\u001f\u007f\b\f""#),
    ("naïve 日本 😀 e\u{301}", "\"naïve 日本 😀 e\u{301}\""),
    ("a/b", #""a/b""#),
  ])
  func escapesStrings(_ string: String, _ expected: String) {
    #expect(JSONWriter.render(.string(string)) == expected)
  }

  /// Every ASCII byte is escaped exactly when JSON requires it, at every place in a word.
  @Test func escapesEveryByteThatNeedsItAtEveryPlace() {
    for value in 0..<0x80 {
      for place in 0..<8 {
        var bytes = [UInt8](repeating: 0x61, count: 8)
        bytes[place] = UInt8(value)
        let text = JSONWriter.render(.string(String(decoding: bytes, as: UTF8.self)))
        let needsEscape = value < 0x20 || value == 0x22 || value == 0x5C || value == 0x7F
        #expect((text.utf8.count > 10) == needsEscape, "byte \(value) at \(place)")
      }
    }
  }

  /// Escapes are found wherever they fall in strings longer than a word.
  @Test func escapesLongStringsAtEveryPlace() {
    let plain = Array("abcdéfghijklmnopqrstuvwxyz0123456789".utf8)
    for offset in plain.indices where plain[offset] < 0x80 {
      var bytes = plain
      bytes[offset] = 0x22
      let escaped = plain[..<offset] + Array(#"\""#.utf8) + plain[(offset + 1)...]
      let expected = "\"" + String(decoding: escaped, as: UTF8.self) + "\""
      #expect(JSONWriter.render(.string(String(decoding: bytes, as: UTF8.self))) == expected)
    }
    #expect(
      JSONWriter.render(.string(String(repeating: "x\u{1}", count: 9)))
        == "\"" + String(repeating: "x\\u0001", count: 9) + "\"")
  }

  @Test(arguments: [
    (26.03, "26.03"), (36.2, "36.2"), (200.0, "200"), (-0.0, "-0"),
    (0.1 + 0.2, "0.30000000000000004"),
    (1e16, "1e+16"), (123_456_789.25, "123456789.25"), (Double.infinity, "null"),
    (Double.nan, "null"),
  ])
  func writesDoublesShortestRoundTrip(_ value: Double, _ expected: String) {
    #expect(JSONWriter.render(.double(value)) == expected)
  }

  @Test func writesIntegersWithoutDecimalPoint() {
    #expect(
      JSONWriter.render([.int(.max), .int(.min), 0])
        == "[\n  9223372036854775807,\n  -9223372036854775808,\n  0\n]")
  }

  @Test func leavesOutNilMembers() {
    let value: JSONOutput = ["a": .int(1), "b": JSONOutput(nil as String?), "c": JSONOutput("x")]
    #expect(minified(value) == #"{"a":1,"c":"x"}"#)
    #expect(JSONOutput(nil as Int?) == .null)
  }

  @Test(arguments: [
    #"{"a":[1,-2.5,1.5e+300,true,false,null,"\"\\\n\u0001é😀"],"b":{},"c":[]}"#,
    #"[[[[["deep"]]]],{"k":{"k":{"k":0}}}]"#,
    #""just a string""#,
    "-7",
  ])
  func roundTripsThroughTheParser(_ compact: String) throws {
    let parsed = try JSONParser.parse(compact, file: "r.json")
    #expect(minified(parsed.output) == compact)
    let pretty = JSONWriter.render(parsed.output)
    #expect(try JSONParser.parse(pretty, file: "r.json").output == parsed.output)
  }

  @Test func roundTripsEscapedUnicodeToTheSameText() throws {
    let parsed = try JSONParser.parse(#"["\u00e9\uD83D\uDE00\u0041"]"#, file: "r.json")
    #expect(minified(parsed.output) == #"["é😀A"]"#)
  }

  @Test(arguments: [
    ("1e3", "1000"), ("-0", "0"), ("2.50", "2.5"), ("1e400", "null"), ("-1e400", "null"),
    ("1e-400", "0"),
  ])
  func writesParsedNumbersByValue(literal: String, written: String) throws {
    let parsed = try JSONParser.parse(literal, file: "n.json")
    #expect(minified(parsed.output) == written)
  }
}

/// Found by the JSON fuzzer (Tests/Fuzz/Regressions/json): `-1400.5e-381` underflows to a
/// negative zero, was written `-0`, which read back as the integer 0 and was written `0`; and
/// `233720365787573657.75` was written `2.3372036578757366e+17`, which read back as an integer.
@Suite struct JSONWholeNumberRoundTripTests {
  @Test(arguments: ["-0", "-0.0", "-1400.5e-381", "[-0e5]", "233720365787573657.75", "1e18"])
  func wholeNumbersSurviveTheRoundTrip(_ text: String) throws {
    let value = try JSONParser.parse(text, file: "z.json")
    let written = minified(value.output)
    let again = try JSONParser.parse(written, file: "w.json")
    #expect(minified(again.output) == written)
    #expect(!written.contains("-") && !written.contains("e"))
  }
}

/// The text `JSONWriter` writes for `value` without its layout: the spaces and line breaks
/// outside strings, so a test can state a document on one line.
func minified(_ value: JSONOutput) -> String {
  var result = ""
  var inString = false
  var escaped = false
  for character in JSONWriter.render(value) {
    if inString {
      inString = escaped || character != "\""
      escaped = !escaped && character == "\\"
    } else if character == " " || character == "\n" {
      continue
    } else {
      inString = character == "\""
    }
    result.append(character)
  }
  return result
}
