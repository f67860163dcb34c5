import TextSupport

/// One way the salary figures are broken down (experience, city, percentile…), with the names a
/// person may type for it after `--by`.
package struct SalaryDimension: Equatable, Sendable {
  /// The id, such as `experience`.
  package let id: String
  /// The title its table carries, such as `By years of experience`.
  package let title: String
  /// The heading of its label column, such as `Experience`.
  package let labelHeading: String
  /// Other names it answers to, such as `years`.
  package let aliases: [String]
  package let location: SourceLocation

  package init(
    id: String, title: String, labelHeading: String = "Label", aliases: [String] = [],
    location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.labelHeading = labelHeading
    self.aliases = aliases
    self.location = location
  }
}
