/// Writes the whole guide as one document: JSON for programs (`json(_:)`), Markdown for people
/// (`markdown(_:)`).
package enum GuideExporter {
  /// The version of the JSON document's shape, written as `schemaVersion`; it changes only when
  /// a key is removed or changes meaning.
  package static let schemaVersion = 1

  static let title = "AI/ML Engineer Career Guide"
}
