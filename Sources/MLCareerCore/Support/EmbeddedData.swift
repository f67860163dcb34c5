/// The files of `Data/`, compiled into the binary by the `EmbedDataPlugin` build tool; the
/// generated extension supplies `files`, and this type only looks them up.
enum EmbeddedData {
  /// The text of the file at `path` (relative to `Data/`), or `nil` when there is none.
  static func contents(of path: String) -> String? {
    files.first { $0.path == path }?.contents
  }
}
