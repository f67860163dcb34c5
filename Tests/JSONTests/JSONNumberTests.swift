import Testing

@testable import JSON

@Suite struct JSONNumberTests {
  private func number(_ literal: String) throws -> JSONValue {
    try JSONParser.parse(literal, file: "n.json")
  }

  @Test(
    arguments: [
      ("0", 0), ("-0", 0), ("42", 42), ("-17", -17), ("1e3", 1000), ("1E+3", 1000),
      ("2.50e1", 25), ("1.0", 1), ("120000.000", 120_000), ("12e-1", nil), ("1.5", nil),
      ("1e400", nil), ("1e-400", nil), ("0e999999999999", 0), ("9223372036854775807", Int.max),
      ("-9223372036854775808", Int.min), ("9223372036854775808", nil), ("1e19", nil),
      ("100e-2", 1), ("0.000", 0),
    ] as [(String, Int?)])
  func readsWholeNumbersExactly(_ literal: String, _ expected: Int?) throws {
    #expect(try number(literal).intValue == expected)
  }

  @Test(
    arguments: [
      ("26.03", 26.03), ("-0.5", -0.5), ("1e3", 1000), ("1e400", nil), ("-1e400", nil),
      ("5e-324", .leastNonzeroMagnitude),
    ] as [(String, Double?)])
  func readsFiniteDoubles(_ literal: String, _ expected: Double?) throws {
    #expect(try number(literal).doubleValue == expected)
  }

  @Test func rejectsNonNumbersInNumberAccessors() throws {
    let value = try JSONParser.parse(#""12""#, file: "n.json")
    #expect(value.intValue == nil)
    #expect(value.doubleValue == nil)
  }
}
