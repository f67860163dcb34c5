/// A place in a text file: `file:line:column`, both numbers counted from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file's path as it should be shown, such as `Data/topics/skills.md`.
  public var file: String
  /// The line, counted from 1.
  public var line: Int
  /// The column in characters (Unicode scalars), counted from 1.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals turn into a link, or the path alone for
  /// a whole file or folder (line 0). The path is shown `terminalSafe`: a folder or file name
  /// from outside cannot break the line or forge one.
  public var description: String {
    line > 0 ? "\(file.terminalSafe()):\(line):\(column)" : file.terminalSafe()
  }
}
