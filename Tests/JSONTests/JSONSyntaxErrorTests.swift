import Testing

@testable import JSON

/// Every syntax error, with the exact text and position a content author sees.
@Suite struct JSONSyntaxErrorTests {
  @Test(arguments: [
    ("", "1:1: error: expected a JSON value, found the end of the file"),
    ("  \n ", "2:2: error: expected a JSON value, found the end of the file"),
    ("{\"a\": 1 \"b\": 2}", "1:9: error: expected ',' or '}' after an object member, found '\"'"),
    ("[1 2]", "1:4: error: expected ',' or ']' after an array element, found '2'"),
    ("[1,\n  2,\n]", "2:4: error: trailing comma before ']'; JSON does not allow one"),
    ("{\"a\": 1,}", "1:8: error: trailing comma before '}'; JSON does not allow one"),
    ("{\"a\" 1}", "1:6: error: expected ':' after an object key, found '1'"),
    ("{a: 1}", "1:2: error: expected a key in double quotes or '}', found 'a'"),
    ("{\"a\": 1, 2}", "1:10: error: expected a key in double quotes after ',', found '2'"),
    ("{\"a\": }", "1:7: error: expected a value after ':', found '}'"),
    ("[,1]", "1:2: error: expected a value or ']', found ','"),
    ("[1,,2]", "1:4: error: expected a value after ',', found ','"),
    ("['x']", "1:2: error: expected a value or ']', found \"'\" (strings need double quotes)"),
    ("[1", "1:3: error: expected ',' or ']' after an array element, found the end of the file"),
    (
      "{\"a\": 1",
      "1:8: error: expected ',' or '}' after an object member, found the end of the file"
    ),
    (
      "[1] [2]",
      "1:5: error: unexpected '[' after the document's value; a JSON file holds exactly one value"
    ),
    (
      "[True]",
      "1:2: error: unexpected word 'True'; JSON values are true, false, null, numbers, \"strings\" in double quotes, arrays and objects"
    ),
    (
      "[nul]",
      "1:2: error: unexpected word 'nul'; JSON values are true, false, null, numbers, \"strings\" in double quotes, arrays and objects"
    ),
    (
      "[NaN]",
      "1:2: error: unexpected word 'NaN'; JSON values are true, false, null, numbers, \"strings\" in double quotes, arrays and objects"
    ),
    ("[01]", "1:2: error: invalid number '01': leading zeros are not allowed"),
    ("[-]", "1:2: error: invalid number '-': expected a digit after '-'"),
    ("[-x]", "1:2: error: invalid number '-': expected a digit after '-'"),
    ("[1.]", "1:2: error: invalid number '1.': expected a digit after '.'"),
    ("[1.e5]", "1:2: error: invalid number '1.e5': expected a digit after '.'"),
    ("[1e]", "1:2: error: invalid number '1e': expected a digit in the exponent"),
    ("[1e+]", "1:2: error: invalid number '1e+': expected a digit in the exponent"),
    ("[.5]", "1:2: error: expected a value or ']', found '.'"),
    ("[+1]", "1:2: error: expected a value or ']', found '+'"),
    ("[\"abc", "1:2: error: string is never closed; expected a '\"' before the end of the file"),
    (
      "[\"ab\ncd\"]",
      "1:5: error: line break inside a string; close the string with '\"' or write \\n"
    ),
    ("[\"a\tb\"]", "1:4: error: control character U+0009 inside a string must be escaped"),
    (
      "[\"a\\qb\"]",
      "1:4: error: invalid escape '\\q' in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    ),
    (
      "[\"\\x41\"]",
      "1:3: error: invalid escape '\\x' in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
    ),
    ("[\"\\u12G4\"]", "1:3: error: invalid escape '\\u12G': expected four hex digits after \\u"),
    ("[\"\\u12\"]", "1:3: error: invalid escape '\\u12': expected four hex digits after \\u"),
    (
      "[\"\\uD83D\"]",
      "1:3: error: invalid escape '\\uD83D': a high surrogate must be followed by a low surrogate \\uDC00–\\uDFFF"
    ),
    (
      "[\"\\uD83D\\u0041\"]",
      "1:3: error: invalid escape '\\uD83D\\u0041': a high surrogate must be followed by a low surrogate \\uDC00–\\uDFFF"
    ),
    (
      "[\"\\uDE00\"]",
      "1:3: error: invalid escape '\\uDE00': a low surrogate must follow a high surrogate \\uD800–\\uDBFF"
    ),
    ("[1, // one\n2]", "1:5: error: comments are not allowed in JSON"),
    ("/* header */ {}", "1:1: error: comments are not allowed in JSON"),
    ("[\"日本\", ?]", "1:8: error: expected a value after ',', found '?'"),
    (
      "[1]\u{0}",
      "1:4: error: unexpected the control character U+0000 after the document's value; a JSON file holds exactly one value"
    ),
  ])
  func reportsSyntaxErrorsWithExactPositions(_ text: String, _ expected: String) {
    do {
      let value = try JSONParser.parse(text, file: "t.json")
      Issue.record("parsed \(value) from \(text.debugDescription)")
    } catch {
      #expect(error.description == "t.json:" + expected)
    }
  }

  @Test func reportsTheLocationAsAValueAsWellAsInText() {
    #expect(
      throws: JSONError.trailingComma(before: "]", at: .init(file: "t.json", line: 1, column: 3))
    ) {
      try JSONParser.parse("[1,]", file: "t.json")
    }
  }
}
