import GuideModel

extension SalaryLoader {
  /// The salary figures compiled into the binary, from the table the build tool derived from
  /// `Data/salaries.json` with `load`, so start-up parses no JSON for them.
  package static func embedded() -> SalaryData {
    EmbeddedData.salaries
  }
}
