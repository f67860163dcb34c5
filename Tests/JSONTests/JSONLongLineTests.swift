import Testing

@testable import JSON

/// Long one-line files (issue 12, defect 1): a 1 MB progress file on one line took a minute, as
/// every array or object sharing a line had its column counted again from the start of the
/// line. Each layout parses, and columns stay right; that the time grows linearly, the
/// benchmark's pathological section checks.
@Suite struct JSONLongLineTests {
  struct Layout: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable (Int) -> String
    var testDescription: String { name }
  }

  static let layouts: [Layout] = [
    Layout(name: "one-line array of arrays") { count in
      "[" + Array(repeating: "[1]", count: count).joined(separator: ",") + "]"
    },
    Layout(name: "one-line progress file") { count in
      #"{"version":1,"skills":{},"x":["#
        + Array(repeating: "[1]", count: count)
        .joined(separator: ",") + "]}"
    },
    Layout(name: "one-line object of objects") { count in
      "{" + (0..<count).map { #""k\#($0)":{"a":[]}"# }.joined(separator: ",") + "}"
    },
    Layout(name: "500-deep nesting, repeated") { count in
      let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
      return "[" + Array(repeating: deep, count: max(1, count / 100)).joined(separator: ",") + "]"
    },
  ]

  @Test(arguments: layouts)
  func parsesEveryLayoutWithItsLastColumn(_ layout: Layout) throws {
    let text = layout.build(100_000)
    let value = try JSONParser.parse(text, file: "line.json")
    // The innermost of the last elements and members starts near the line's end.
    var last = value
    while let inner = Self.lastChild(of: last) { last = inner }
    #expect(last.location.line == 1)
    #expect(last.location.column > text.utf8.count - 1_100)
  }

  /// The last element of an array or the last member's value of an object.
  static func lastChild(of value: JSONValue) -> JSONValue? {
    switch value.kind {
    case .array(let elements): elements.last
    case .object(let members): members.last?.value
    default: nil
    }
  }

  @Test func keepsColumnsRightOnALongLine() throws {
    let text = "[" + Array(repeating: "[1]", count: 1000).joined(separator: ",") + ", [\"é\", []]]"
    let value = try JSONParser.parse(text, file: "line.json")
    guard case .array(let elements) = value.kind, case .array(let last) = elements[1000].kind
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(elements[999].location.column == 2 + 999 * 4)
    #expect(elements[1000].location.column == 4003)
    #expect(last[1].location.column == 4009)
  }

  @Test func reportsAnErrorBehindTheLastLocationAtItsColumn() {
    // The error's location (the unterminated string's start) comes before the last one computed.
    #expect(throws: JSONError.self) { try JSONParser.parse(#"[1, 2, "abc \u"#, file: "e.json") }
    do {
      _ = try JSONParser.parse(#"[[1], [2], "abc"#, file: "e.json")
    } catch {
      #expect(error.location.column == 12)
    }
  }
}
