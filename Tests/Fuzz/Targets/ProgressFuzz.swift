@testable import MLCareerCore

/// libFuzzer target: the progress-state reader. A state it accepts must survive being written
/// and read again unchanged; an error must print as one terminal-safe line per line.
@_cdecl("LLVMFuzzerTestOneInput")
public func progressFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let state = try ProgressState(json: text, path: "progress.json")
    let again = try ProgressState(json: state.json(), path: "progress.json")
    if again != state { fatalError("round trip changed the marks:\n\(text)") }
  } catch {
    let message = error.description
    if message.unicodeScalars.contains(where: {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }) {
      fatalError("the error message holds a control character: \(message.debugDescription)")
    }
    if message.unicodeScalars.count > 2000 { fatalError("a \(message.count)-character message") }
  }
  return 0
}
