/// The files of `Data/`, compiled into the binary by the `EmbedDataPlugin` build tool; the
/// generated extension supplies `files`, and this type only looks them up.
enum EmbeddedData {
  /// The text of the file at `path` (relative to `Data/`), or `nil` when there is none.
  static func contents(of path: String) -> String? {
    var low = 0
    var high = files.count
    while low < high {
      let middle = (low + high) / 2
      if files[middle].path < path {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < files.count, files[low].path == path else { return nil }
    return files[low].contents
  }
}
