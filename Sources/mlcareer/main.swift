import Glibc

let (console, status) = MLCareerTool.run(
  Array(CommandLine.arguments.dropFirst()), terminal: Terminal.current())
Console.write(console.standardOutput, to: STDOUT_FILENO)
exit(status)
