import CommandLineKit
import MLCareerCore
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows output taller than the screen through a pager, as git does: `$MLCAREER_PAGER`, else
/// `$PAGER`, else `less -R`, run by `/bin/sh -c` with the output on its standard input. Output
/// that is not for a terminal, or fits on the screen, is written directly; so is output whose
/// pager cannot start. A pager that fails or is killed fails the run, as the text may not have
/// been shown.
enum Pager {
  /// Writes `text` to standard output, through a pager when `allowed` and it is taller than the
  /// terminal's screen: the `errno` of a failed write, or `nil`, and the pager's exit status
  /// (128 + the signal that killed it), 0 when it succeeded or none ran.
  /// On a terminal, `filter` (such as `man -l -`) shows the text in place of the pager.
  static func show(
    _ text: [UInt8], terminal: Terminal, allowed: Bool, through filter: String?
  ) -> (writeError: Int32?, pagerStatus: Int32) {
    // A terminal of a non-UTF-8 locale shows every character in ASCII, not as mojibake.
    let text =
      terminal.isTerminal && !terminal.isUnicode
      ? Array(String(decoding: text, as: UTF8.self).asciiFallback().utf8) : text
    if let command = terminal.isTerminal ? filter : nil, let status = run(command, with: text) {
      return (nil, status)
    }
    if allowed, let command = command(for: text, terminal: terminal),
      let status = run(command, with: text)
    {
      return (nil, status)
    }
    return (FileSystem.writeAll(text, to: STDOUT_FILENO), 0)
  }

  /// The pager command for `text` on `terminal`, or `nil` to write it directly.
  static func command(for text: [UInt8], terminal: Terminal) -> String? {
    // A dumb terminal cannot show a pager's screen.
    guard terminal.isTerminal, terminal.environment["TERM"] != "dumb",
      rows(of: text, columns: terminal.screenWidth, upTo: terminal.height) >= terminal.height
    else { return nil }
    let chosen =
      [terminal.environment["MLCAREER_PAGER"], terminal.environment["PAGER"]]
      .compactMap { $0 }
      .first { !$0.allSatisfy(\.isWhitespace) } ?? "less -R"
    // `cat` as the pager means no pager, as in git.
    return chosen.split(separator: " ") == ["cat"] ? nil : chosen
  }

  /// How many screen rows `text` takes at `columns` columns, long lines wrapping; it stops
  /// counting at `limit`, and no width or count can overflow.
  static func rows(of text: [UInt8], columns: Int, upTo limit: Int) -> Int {
    let columns = max(1, columns)
    var rows = 0
    for line in text.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast(
      text.last == 0x0A ? 1 : 0)
    {
      let width = String(decoding: line, as: UTF8.self).displayWidth
      // `width / columns` rounded up, without `width + columns - 1`, which can overflow.
      let taken = max(1, width / columns + (width % columns == 0 ? 0 : 1))
      if taken >= limit - rows { return limit }
      rows += taken
    }
    return rows
  }

  /// Runs `command` through `/bin/sh -c` with `text` on its standard input and waits for it:
  /// its exit status (128 + the signal that killed it), or `nil` when it could not start (no
  /// shell, or the shell could not find or run the command), so the caller prints the text.
  private static func run(_ command: String, with text: [UInt8]) -> Int32? {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

    // Darwin's spawn types are opaque pointers the init functions allocate; glibc's are structs.
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t?
      var attributes: posix_spawnattr_t?
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)

    // The pager gets the default handling of the signals this process ignores below.
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    // less: quit at once if the text fits after all, keep colours, leave the screen as it is.
    setenv("LESS", "FRX", 0)
    let words: [String] = ["/bin/sh", "-c", command]
    let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
    defer { for argument in arguments { free(argument) } }
    // Read after setenv, which may move the environment.
    #if canImport(Darwin)
      let environment = _NSGetEnviron().pointee
    #else
      let environment = environ
    #endif
    var pid = pid_t()
    let spawned = posix_spawn(
      &pid, "/bin/sh", &actions, &attributes, arguments + [nil], environment)
    close(readEnd)
    guard spawned == 0 else {
      close(writeEnd)
      return nil
    }

    // A pager quit early (`q` in less) closes the pipe: stop writing, without dying of SIGPIPE;
    // Ctrl-C is for the pager, which decides what it means.
    signal(SIGPIPE, SIG_IGN)
    signal(SIGINT, SIG_IGN)
    _ = FileSystem.writeAll(text, to: writeEnd)
    close(writeEnd)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return 0 }
    }
    guard status & 0x7F == 0 else { return 128 + status & 0x7F }
    let code = (status >> 8) & 0xFF
    // 126 and 127: the shell found no such command, or could not run it.
    return code == 126 || code == 127 ? nil : code
  }
}
