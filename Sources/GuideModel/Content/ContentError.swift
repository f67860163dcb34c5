import JSON
import TextSupport

/// A content file (a manifest, a topic or a record file) that is missing or breaks the shape
/// its loader expects, with where and what was expected. Every loader reports this one type.
package enum ContentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A content file that should be there is not, shown by its path.
  case missingFile(String)
  /// A file the manifest names is not there.
  case missingTopicFile(String, listedAt: SourceLocation)
  /// A file that exists but cannot be read as UTF-8 text, with the reason.
  case unreadable(String, reason: String)
  /// A file in a pack's `topics/` that is not loaded as a topic, with the reason.
  case notATopic(String, reason: String)
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
  /// A malformed or mis-shaped JSON file, or a value that breaks a content rule.
  case json(JSONError)

  package var location: SourceLocation {
    switch self {
    case .missingFile(let file), .unreadable(let file, _), .notATopic(let file, _):
      return SourceLocation(file: file, line: 1, column: 1)
    case .missingTopicFile(_, let location), .missingTitle(let location),
      .missingSummary(let location), .secondTitle(let location),
      .emptySection(_, let location), .duplicateSection(_, let location, _):
      return location
    case .json(let error):
      return error.location
    }
  }

  /// `path:line:column: error: what was expected`, the form compilers use.
  package var description: String { "\(location): error: \(message)" }

  /// What is wrong, without the location.
  package var message: String {
    switch self {
    case .missingFile:
      return "the file is missing"
    case .missingTopicFile(let file, _):
      return "the manifest lists '\(file.terminalSafe())', which does not exist"
    case .unreadable(_, let reason):
      return "cannot read the file: \(reason)"
    case .notATopic(_, let reason):
      return "not loaded as a topic: \(reason)"
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
    case .json(let error):
      return error.message
    }
  }
}
