import Testing

@testable import TextSupport

@Suite struct NumberFormattingTests {
  @Test(arguments: [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (136_287, "136,287"),
    (1_000_000, "1,000,000"), (-5000, "-5,000"), (-999, "-999"),
    (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
  ])
  func groupsThousands(_ value: Int, _ expected: String) {
    #expect(NumberFormatting.grouped(value) == expected)
  }

  @Test func formatsDollars() {
    #expect(NumberFormatting.dollars(136_287) == "$136,287")
    #expect(NumberFormatting.dollars(-50) == "-$50")
    #expect(NumberFormatting.dollars(Int.min) == "-$9,223,372,036,854,775,808")
  }

  @Test(arguments: [
    (26.03, "26.03"), (36.2, "36.2"), (200, "200"), (1_234.5, "1,234.5"),
    (-1_234_567.25, "-1,234,567.25"),
    (0.5, "0.5"), (1e20, "1e+20"),
  ])
  func formatsDecimals(_ value: Double, _ expected: String) {
    #expect(NumberFormatting.decimal(value) == expected)
  }

  @Test(arguments: [
    (0.0, true), (3.0, true), (-42.0, true), (1.5, false), (0.1, false), (1e300, true),
    (Double.infinity, false), (Double.nan, false),
  ])
  func recognisesWholeNumbers(_ value: Double, _ isWhole: Bool) {
    #expect(NumberFormatting.isWhole(value) == isWhole)
  }
}
