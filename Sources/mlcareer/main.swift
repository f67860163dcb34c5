#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let outputWasClosed = StandardStreams.reopenClosed()
let terminal = Terminal.current()
Console.errorsInASCII = terminal.errorColumns != nil && !terminal.isUnicode
let (console, status) = MLCareerTool.run(
  Array(CommandLine.arguments.dropFirst()), terminal: terminal)
let (writeError, pagerStatus) =
  outputWasClosed && !console.standardOutput.isEmpty
  ? (EBADF, 0)
  : Pager.show(
    console.standardOutput.bytes, terminal: terminal, allowed: console.mayPage,
    through: console.filter)
exit(
  StandardStreams.exitStatus(
    command: status == 0 ? pagerStatus : status, writeError: writeError, savedIn: console.savedIn))
