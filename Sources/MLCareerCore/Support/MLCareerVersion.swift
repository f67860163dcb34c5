/// The version numbers of mlcareer.
public enum MLCareerVersion {
  /// The tool's version, printed by `mlcareer --version`.
  public static let tool = "0.1.0"
}
