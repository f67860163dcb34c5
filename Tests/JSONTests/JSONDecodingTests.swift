import Testing
import TextSupport

@testable import JSON

/// Shape errors: what a content author sees when a well-formed file has the wrong structure.
@Suite struct JSONDecodingTests {
  private let text = """
    {
      "id": "ml-engineer",
      "low": "120000",
      "high": 90000,
      "share": 1.5,
      "huge": 1e400,
      "big": 99999999999999999999,
      "tags": ["a"],
      "year": null,
      "nested": {"x": 1}
    }
    """

  private let allowed = ["id", "low", "high", "share", "huge", "big", "tags", "year", "nested"]

  private func fields() throws -> JSONFields {
    try JSONParser.parse(text, file: "roles.json").object().fields(allowed: allowed)
  }

  /// The error's full text, or a note that nothing was thrown.
  private func message(_ body: () throws -> Void) -> String {
    do {
      try body()
      return "no error"
    } catch {
      return (error as? JSONError)?.description ?? "not a JSONError: \(error)"
    }
  }

  @Test func readsTypedValues() throws {
    let fields = try fields()
    #expect(try fields.string("id") == "ml-engineer")
    #expect(try fields.int("high") == 90000)
    #expect(try fields.double("high") == 90000)
    #expect(try fields.double("share") == 1.5)
    #expect(try fields.array("tags").map { try $0.string() } == ["a"])
    #expect(try fields.object("nested").fields(allowed: ["x"]).int("x") == 1)
    #expect(try fields.optionalInt("year") == nil)
  }

  @Test func reportsWrongTypesAtTheValue() throws {
    let fields = try fields()
    #expect(
      message { _ = try fields.int("low") }
        == "roles.json:3:10: error: expected a whole number for 'low', found a string")
    #expect(
      message { _ = try fields.int("share") }
        == "roles.json:5:12: error: expected a whole number for 'share', found the number 1.5"
    )
    #expect(
      message { _ = try fields.int("huge") }
        == "roles.json:6:11: error: expected a whole number for 'huge', "
        + "found 1e400, which is out of range")
    #expect(
      message { _ = try fields.double("huge") }
        == "roles.json:6:11: error: expected a number for 'huge', "
        + "found 1e400, which is out of range")
    #expect(
      message { _ = try fields.int("big") }
        == "roles.json:7:10: error: expected a whole number for 'big', "
        + "found 99999999999999999999, which is out of range")
    #expect(
      message { _ = try fields.string("tags") }
        == "roles.json:8:11: error: expected a string for 'tags', found an array")
    #expect(
      message { _ = try fields.optionalBool("nested") }
        == "roles.json:10:13: error: expected true or false for 'nested', found an object")
    #expect(
      message { _ = try fields.array("high") }
        == "roles.json:4:11: error: expected an array for 'high', found the number 90000")
  }

  @Test func reportsAMissingFieldAtTheObject() throws {
    let fields = try fields()
    #expect(
      message { _ = try fields.string("label") }
        == "roles.json:1:1: error: missing field 'label'")
    #expect(
      message { _ = try fields.requiring(for: "kind 'range'").int("low2") }
        == "roles.json:1:1: error: missing field 'low2' (required for kind 'range')")
  }

  @Test func reportsUnknownFieldsAtTheKeyWithASuggestion() throws {
    let object = try JSONParser.parse(text, file: "roles.json").object()
    #expect(
      message { _ = try object.fields(allowed: ["id", "lows", "high"]) }
        == "roles.json:3:3: error: unknown field 'low'; did you mean 'lows'?")
    #expect(
      message { _ = try object.fields(allowed: ["name", "level"]) }
        == "roles.json:2:3: error: unknown field 'id'; expected one of: name, level")
  }

  @Test func reportsDuplicateKeysAtTheSecondKey() throws {
    let object = try JSONParser.parse("{\"a\": 1,\n \"b\": 2, \"a\": 3}", file: "x.json").object()
    #expect(
      message { _ = try object.fields(allowed: ["a", "b"]) }
        == "x.json:2:10: error: duplicate key 'a' (first given at line 1, column 2)")
  }

  @Test func locatesValuesForInvalidValueErrors() throws {
    let fields = try fields()
    let error = JSONError.invalidValue(
      "'low' (120000) is above 'high' (90000)", at: fields.location(of: "low"))
    #expect(
      error.description == "roles.json:3:10: error: 'low' (120000) is above 'high' (90000)")
    #expect(fields.location(of: "absent") == fields.location)
    #expect(
      fields.keyLocation(of: "high")
        == TextSupport.SourceLocation(file: "roles.json", line: 4, column: 3))
  }

  @Test func reportsDuplicateRecords() {
    let first = TextSupport.SourceLocation(file: "market.json", line: 3, column: 12)
    let second = TextSupport.SourceLocation(file: "market.json", line: 9, column: 12)
    #expect(
      JSONError.duplicateRecord(kind: "figure", id: "x", firstAt: first, at: second).description
        == "market.json:9:12: error: duplicate figure id 'x' (first defined at line 3, column 12)"
    )
  }

  @Test func reportsTheTypeOfTheTopLevelValue() throws {
    let value = try JSONParser.parse("[1]", file: "x.json")
    #expect(
      message { _ = try value.object() }
        == "x.json:1:1: error: expected an object, found an array")
  }
}
