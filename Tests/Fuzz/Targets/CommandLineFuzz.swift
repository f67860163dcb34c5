import CommandLineKit

@testable import mlcareer

/// libFuzzer target: the command-line parser over arbitrary argument vectors (the input split
/// at NUL bytes), against mlcareer's real command description. A usage error must print
/// without control characters other than line feeds, and name the first line `error:`; and
/// completing the last of any words must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func commandLineFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
    String(decoding: $0, as: UTF8.self)
  }
  _ = CommandLineCompleter.complete(arguments, root: MLCareerCommands.root) { _, _ in [] }
  do {
    let parsed = try CommandLineParser.parse(arguments, root: MLCareerCommands.root)
    _ = parsed.path
  } catch {
    let message = error.description
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.first?.hasPrefix("error: ") != true
      || lines.dropFirst().contains(where: { $0.hasPrefix("error:") })
    {
      fatalError("a usage error that is not one error line: \(message.debugDescription)")
    }
    if message.unicodeScalars.contains(where: {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }) {
      fatalError("the usage error holds a control character: \(message.debugDescription)")
    }
  }
  return 0
}
