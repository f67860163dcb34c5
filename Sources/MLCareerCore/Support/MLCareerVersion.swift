/// The version numbers of mlcareer.
public enum MLCareerVersion {
  /// The tool's version, printed by `mlcareer --version`.
  public static let tool = "0.1.0"
  /// The date of this version, in the man page's `.TH` line.
  public static let date = "2026-12-01"
}
