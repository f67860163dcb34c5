import GuideModel
import TextSupport

/// One problem found in content: an error (the file or record is left out) or a warning
/// (loaded, but probably not what was meant), with where it is.
package struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
  package enum Severity: String, Sendable {
    case error, warning
  }

  package let severity: Severity
  package let location: SourceLocation
  /// What is wrong, without the location.
  package let message: String

  package init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  package init(_ error: ContentError) {
    self.init(.error, at: error.location, error.message)
  }

  /// `path:line:column: error: message`, the form compilers use; `path: error: message` for a
  /// problem of a whole file or folder (line 0).
  package var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }
}
