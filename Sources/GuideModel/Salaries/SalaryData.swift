import TextSupport

/// Every salary figure of the guide with the dimensions they are broken down by.
package struct SalaryData: Sendable {
  /// The dimensions, in the order their tables are shown.
  package let dimensions: [SalaryDimension]
  /// Every record, in the file's order.
  package let records: [SalaryRecord]
  /// The remark printed under the tables: why figures from different lines do not compare.
  package let footnote: String

  /// The figures of a salary file, or of several merged.
  package init(dimensions: [SalaryDimension], records: [SalaryRecord], footnote: String) {
    self.dimensions = dimensions
    self.records = records
    self.footnote = footnote
  }

  /// The dimension with the id `id`.
  package func dimension(_ id: String) -> SalaryDimension? {
    dimensions.first { $0.id == id }
  }

  /// Finds the dimension a person means by `name`: its id, title, an alias or a unique prefix.
  package func resolveDimension(_ name: String) -> Lookup<SalaryDimension> {
    let match = NameMatcher(dimensions.map { ($0.id, [$0.title] + $0.aliases) }).match(name)
    return Lookup(match, in: dimensions, id: \.id)
  }
}
