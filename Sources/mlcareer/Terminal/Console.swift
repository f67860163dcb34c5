import CommandLineKit
import TextSupport

#if canImport(Glibc)
  import Glibc

  /// The C library's `write(2)`, named apart from `Console.write`.
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  /// The C library's `write(2)`, named apart from `Console.write`.
  private let systemWrite = Darwin.write
#endif

/// Writes the tool's output: everything for standard output is gathered and written at the end,
/// so a pager can be chosen once the output's height is known, and a closed pipe
/// (`mlcareer list | head -1`) ends the process quietly.
struct Console {
  /// Standard output so far, as UTF-8 bytes: what is written whole as bytes (the JSON export)
  /// is never made into a `String`, whose making validates every byte again.
  private(set) var standardOutput = OutputBuffer()
  /// Whether long output may go through a pager (`--no-pager` turns it off).
  var mayPage = true
  /// What the command made and is done with, left for the process's exit to free rather than
  /// released object by object on the way out (as compilers do with their syntax trees):
  /// `main` holds the console until it exits.
  private var keptUntilExit: [Any] = []

  /// Keeps `value` alive until the process exits, rather than freeing a topic's tree node by
  /// node just before the exit.
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

  /// Writes `text` to standard error at once.
  ///
  /// Every line goes through `terminalSafe` as a last guard: the messages already neutralise
  /// what they quote, and nothing the tool writes on standard error is meant to hold escapes.
  static func error(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let safe = lines.map { String($0).terminalSafe(limit: 4096) }.joined(separator: "\n")
    _ = write(safe, to: STDERR_FILENO)
  }

  /// Writes `text` to a file descriptor, all of it, retrying on interruption; returns `nil`
  /// when everything was written, else the `errno` of the write that failed.
  static func write(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { write($0, to: descriptor) }
  }

  /// Writes `bytes` to a file descriptor as `write(_:to:)` writes text.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBufferPointer { write($0, to: descriptor) }
  }

  private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
      let written = systemWrite(descriptor, base + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
