// The fuzz build's stand-in for the file the EmbedData plugin generates: the targets feed the
// loaders their own input and never read the built-in guide.
extension EmbeddedData {
  /// No files.
  static let files: [(path: String, contents: String)] = []
}
