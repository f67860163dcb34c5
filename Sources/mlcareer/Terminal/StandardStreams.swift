import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard streams at its start and end: a stream closed by the caller (`>&-`)
/// is reported instead of letting a file opened later take its descriptor, and a failed write
/// to standard output ends the process with an error, as git's `write_or_die` does.
enum StandardStreams {
  /// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed, so that no file the
  /// tool opens (the progress file, its lock) gets number 1 and receives the output. Returns
  /// whether standard output was closed, which `exitStatus` then reports.
  static func reopenClosed() -> Bool {
    var outputWasClosed = false
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      if descriptor == STDOUT_FILENO { outputWasClosed = true }
      _ = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
    }
    return outputWasClosed
  }

  /// The exit status given the command's `status` and the `errno` of a failed write: a reader
  /// that went away (`EPIPE`) ends the process quietly by SIGPIPE, as git does; any other
  /// failure is reported with status 1, unless the command already failed. When the command
  /// changed the progress file (`savedIn`), standard error says the change was kept.
  static func exitStatus(command status: Int32, writeError: Int32?, savedIn: String?) -> Int32 {
    guard let writeError else { return status }
    if writeError != EPIPE {
      let reason = String(cString: strerror(writeError))
      Console.error("error: cannot write to standard output: \(reason)\n")
    }
    if let savedIn {
      Console.error(
        "mlcareer: note: the change was saved in \(savedIn.terminalSafe(limit: 1000)); only "
          + "its report could not be written\n")
    }
    if writeError == EPIPE {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      return 128 + SIGPIPE
    }
    return status == 0 ? 1 : status
  }
}
