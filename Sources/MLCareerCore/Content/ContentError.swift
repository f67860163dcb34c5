import JSON

/// A guide file that breaks the shape the loader expects, with where and what was expected.
public enum ContentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file the manifest names is not in the binary.
  case missingFile(String, listedAt: SourceLocation)
  /// A topic file that does not open with a `# Title` heading.
  case missingTitle(SourceLocation)
  /// A topic whose title is not followed by its one-line summary paragraph.
  case missingSummary(SourceLocation)
  /// A second `#` heading in one topic.
  case secondTitle(SourceLocation)
  /// A `##` heading with nothing under it.
  case emptySection(String, SourceLocation)
  /// Two sections of one topic whose headings give the same id.
  case duplicateSection(String, SourceLocation, first: SourceLocation)
  /// A malformed or mis-shaped JSON file.
  case json(JSONError)

  /// Where the problem is.
  public var location: SourceLocation {
    switch self {
    case .missingFile(_, let location), .missingTitle(let location),
      .missingSummary(let location), .secondTitle(let location),
      .emptySection(_, let location), .duplicateSection(_, let location, _):
      return location
    case .json(let error):
      return error.location
    }
  }

  /// `Data/file:line:column: error: what was expected`.
  public var description: String {
    switch self {
    case .json(let error):
      return error.description
    default:
      return "\(location): error: \(message)"
    }
  }

  private var message: String {
    switch self {
    case .missingFile(let file, _):
      return "the manifest lists '\(file)', which is not in Data/"
    case .missingTitle:
      return "expected the topic's '# Title' heading as its first line"
    case .missingSummary:
      return "expected a lead paragraph (the topic's one-line summary) after the title"
    case .secondTitle:
      return "a topic has one '# Title' heading; use '## Heading' for a section"
    case .emptySection(let title, _):
      return "the section '\(title)' is empty; expected a paragraph or a list under it"
    case .duplicateSection(let id, _, let first):
      return "a second section with the id '\(id)' (the first is at line \(first.line))"
    case .json:
      return ""
    }
  }
}
