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
/// (`mlcareer list | head -1`) ends the process quietly. Output for a pipe or a file, where no
/// pager is chosen, may go out as it is made (`writesAsItGoes`).
struct Console {
  /// Standard output so far, as UTF-8 bytes, which commands add to through `CommandContext`.
  var standardOutput = OutputBuffer()
  /// Whether bytes given to `append(utf8:)` are written out at once, after what came before,
  /// rather than held to the end: so exporting a large pack holds little of it in memory.
  var writesAsItGoes = false
  /// The `errno` of a failed write of output already written out: nothing more is written.
  private(set) var writeError: Int32?
  /// Whether long output may go through a pager (`--no-pager` turns it off).
  var mayPage = true
  /// The command that shows standard output on a terminal, whatever its height, in place of
  /// the pager: `man -l -` for the man page.
  var filter: String?
  /// The progress file the command changed, so a failure to write its output can say the
  /// change was saved all the same.
  var savedIn: String?
  /// The topics `show` printed, left for the process's exit to free rather than node by node:
  /// held as what they are, since keeping them as `Any` would make two types at run time.
  var keptUntilExit: [TopicPart] = []

  /// Adds `text`, bytes that are already UTF-8 (as every writer of ours makes them), to
  /// standard output, writing it out at once when `writesAsItGoes`.
  mutating func append(utf8 text: [UInt8]) {
    guard writesAsItGoes else {
      standardOutput.append(utf8: text)
      return
    }
    if writeError == nil, !standardOutput.isEmpty {
      writeError = FileSystem.writeAll(standardOutput.bytes, to: STDOUT_FILENO)
    }
    if writeError == nil { writeError = FileSystem.writeAll(text, to: STDOUT_FILENO) }
    standardOutput = OutputBuffer()
  }

  /// Writes the output still held, through a pager when it may use one: the `errno` of a
  /// failed write, or `nil`, and the pager's exit status (see `Pager.show`). After a failed
  /// write nothing more is written; any output for a standard output closed at start-up fails.
  func finish(
    terminal: Terminal, outputWasClosed: Bool
  ) -> (writeError: Int32?, pagerStatus: Int32) {
    if let writeError { return (writeError, 0) }
    if outputWasClosed { return (standardOutput.isEmpty ? nil : EBADF, 0) }
    return Pager.show(standardOutput.bytes, terminal: terminal, allowed: mayPage, through: filter)
  }

  /// Whether standard error is a terminal of a locale other than UTF-8, set at start-up.
  nonisolated(unsafe) static var errorsInASCII = false

  /// Writes `text` to standard error at once, every line `terminalSafe` as a last guard, and
  /// in ASCII for a terminal that shows no UTF-8.
  static func error(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var safe = lines.map { String($0).terminalSafe(limit: 4096) }.joined(separator: "\n")
    if errorsInASCII { safe = safe.asciiFallback() }
    _ = FileSystem.writeAll(Array(safe.utf8), to: STDERR_FILENO)
  }
}
