@testable import JSON

/// libFuzzer target: the JSON parser, and the round trip through the writer. What the writer
/// prints for a parsed value must parse back to an equivalent value (numbers compared as
/// numbers; a number too large for a double is written `null`; an object member without a
/// value, `null` or such a number, is left out), and writing that again must give the same
/// text.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let value = try? JSONParser.parse(text, file: "fuzz.json") else { return 0 }
  let written = JSONWriter.render(value.output)
  let reread: JSONValue
  do {
    reread = try JSONParser.parse(written, file: "written.json")
  } catch {
    fatalError("the writer's output does not parse: \(error)\n\(written)")
  }
  guard equivalent(value.output, reread.output) else {
    fatalError("round trip changed the value:\n\(text)\n\(written)")
  }
  guard JSONWriter.render(reread.output) == written else {
    fatalError("writing the re-read value gives other text:\n\(written)")
  }
  return 0
}

/// Whether `a` and `b` are the same JSON value, numbers compared by value.
private func equivalent(_ a: JSONOutput, _ b: JSONOutput) -> Bool {
  switch (a, b) {
  case (.array(let x), .array(let y)):
    return x.count == y.count && zip(x, y).allSatisfy(equivalent)
  case (.object(let x), .object(let y)):
    // The writer leaves out members without a value.
    let (left, right) = (x.filter { !isAbsent($0.value) }, y.filter { !isAbsent($0.value) })
    return left.count == right.count
      && zip(left, right).allSatisfy { $0.key == $1.key && equivalent($0.value, $1.value) }
  case (.double(let x), .null), (.null, .double(let x)):
    return !x.isFinite
  case (.int(let x), .double(let y)), (.double(let y), .int(let x)):
    return Double(x) == y
  case (.double(let x), .double(let y)):
    return x == y || (x.isNaN && y.isNaN)
  default:
    return a == b
  }
}

/// Whether the writer leaves a member with this value out: `null`, or a number that is not
/// finite.
private func isAbsent(_ value: JSONOutput) -> Bool {
  switch value {
  case .null: true
  case .double(let x): !x.isFinite
  default: false
  }
}
