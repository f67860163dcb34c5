#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// No closure here: top-level code runs on the main actor, and a closure in it would link
// Swift's concurrency runtime into the binary.
let outputWasClosed = StandardStreams.reopenClosed()
let terminal = Terminal.current()
Console.errorsInASCII = terminal.errorColumns != nil && !terminal.isUnicode
// Output for a pipe or a file needs no pager, so it may go out as it is made.
let (console, status) = MLCareerTool.run(
  Array(CommandLine.arguments.dropFirst()), terminal: terminal,
  writesAsItGoes: !terminal.isTerminal && !outputWasClosed)
let (writeError, pagerStatus) = console.finish(terminal: terminal, outputWasClosed: outputWasClosed)
exit(
  StandardStreams.exitStatus(
    command: status == 0 ? pagerStatus : status, writeError: writeError, savedIn: console.savedIn))
