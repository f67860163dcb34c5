/// The version numbers of mlcareer.
package enum MLCareerVersion {
  /// The tool's version, printed by `mlcareer --version`.
  package static let tool = "0.1.0"
  /// The date of this version, in the man page's `.TH` line.
  package static let date = "2026-12-01"
}
