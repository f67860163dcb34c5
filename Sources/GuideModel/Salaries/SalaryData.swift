import TextSupport

/// Every salary figure of the guide with the dimensions they are broken down by. A class, as
/// it is never changed once made: a struct's three arrays were let go one by one where each
/// command's copy ended, through a routine that needed their types made at run time.
package final class SalaryData: Sendable {
  /// The dimensions, in the order their tables are shown.
  package let dimensions: [SalaryDimension]
  /// Every record, in the file's order.
  package let records: [SalaryRecord]
  /// The remark the exports close with: how figures are shown.
  package let footnote: String
  /// The disagreements the sources leave unexplained, each naming its records.
  package let disagreements: [SalaryDisagreement]

  /// The figures of a salary file, or of several merged.
  package init(
    dimensions: [SalaryDimension], records: [SalaryRecord], footnote: String,
    disagreements: [SalaryDisagreement] = []
  ) {
    self.dimensions = dimensions
    self.records = records
    self.footnote = footnote
    self.disagreements = disagreements
  }

  /// The disagreements all of whose records are among `records`.
  package func disagreements(among records: [SalaryRecord]) -> [SalaryDisagreement] {
    let shown = Set(records.map(\.id))
    return disagreements.filter { $0.records.allSatisfy(shown.contains) }
  }

  package func dimension(_ id: String) -> SalaryDimension? {
    dimensions.first { $0.id == id }
  }

  /// Finds the dimension a person means by `name`: its id, title, an alias or a unique prefix.
  package func resolveDimension(_ name: String) -> Lookup<SalaryDimension> {
    let match = NameMatcher(dimensions.map { ($0.id, [$0.title] + $0.aliases) }).match(name)
    return Lookup(match, in: dimensions, id: \.id)
  }
}

/// Figures the sources give that do not agree, with no reason given: `the 2-4 years figure is
/// below the entry-level one`.
package struct SalaryDisagreement: Equatable, Sendable {
  /// A stable id, such as `experience-dip`.
  package let id: String
  /// What disagrees, in a clause that can follow a colon.
  package let text: String
  /// The ids of the records it concerns.
  package let records: [String]

  package init(id: String, text: String, records: [String]) {
    self.id = id
    self.text = text
    self.records = records
  }
}
