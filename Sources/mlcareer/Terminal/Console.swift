import Glibc

/// Writes the tool's output: everything for standard output is gathered and written at the end,
/// so a pager can be chosen once the output's height is known, and a closed pipe
/// (`mlcareer list | head -1`) ends the process quietly.
struct Console {
  private(set) var standardOutput = ""

  /// Adds `text` to standard output.
  mutating func print(_ text: String) {
    standardOutput += text
  }

  /// Writes `text` to standard error at once.
  static func error(_ text: String) {
    write(text, to: STDERR_FILENO)
  }

  /// Writes `text` to a file descriptor, all of it, retrying on interruption.
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
