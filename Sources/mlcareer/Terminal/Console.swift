import CommandLineKit
import MLCareerCore
import TextSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the tool's output: everything for standard output is gathered and written at the end,
/// so a pager can be chosen once the output's height is known, and a closed pipe
/// (`mlcareer list | head -1`) ends the process quietly.
struct Console {
  /// Standard output so far, as UTF-8 bytes.
  private(set) var standardOutput = OutputBuffer()
  /// Whether long output may go through a pager (`--no-pager` turns it off).
  var mayPage = true
  /// The progress file the command changed, so a failure to write its output can say the
  /// change was saved all the same.
  var savedIn: String?
  /// What the command made, left for the process's exit to free rather than node by node.
  private var keptUntilExit: [Any] = []

  /// Keeps `value` alive until the process exits.
  mutating func keepUntilExit(_ value: Any) {
    keptUntilExit.append(value)
  }

  /// Adds `text` to standard output.
  mutating func print(_ text: String) {
    standardOutput.append(text)
  }

  /// Adds `text`, bytes that are already UTF-8 (as every writer of ours makes them), to
  /// standard output.
  mutating func print(utf8 text: [UInt8]) {
    standardOutput.append(utf8: text)
  }

  /// Writes `text` to standard error at once, every line `terminalSafe` as a last guard.
  static func error(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let safe = lines.map { String($0).terminalSafe(limit: 4096) }.joined(separator: "\n")
    _ = FileSystem.writeAll(Array(safe.utf8), to: STDERR_FILENO)
  }
}
