import Glibc

let terminal = Terminal.current()
let (console, status) = MLCareerTool.run(
  Array(CommandLine.arguments.dropFirst()), terminal: terminal)
Pager.show(console.standardOutput, terminal: terminal, allowed: console.mayPage)
exit(status)
