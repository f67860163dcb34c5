/// Swift source spellings of values, for the generated files.
enum SwiftLiteral {
  /// `text` as a raw multi-line string literal that compiles back to exactly its bytes: its
  /// delimiter outnumbers any run of `#` inside, and controls the compiler refuses are escaped.
  static func raw(_ text: String) -> String {
    var longestRun = 0
    var run = 0
    for byte in text.utf8 {
      run = byte == UInt8(ascii: "#") ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    var body = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\t", "\n": body.unicodeScalars.append(scalar)
      case "\u{00}"..."\u{1F}", "\u{7F}": body += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
      default: body.unicodeScalars.append(scalar)
      }
    }
    return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
  }

  /// `value` as a Swift expression that makes it again, read by reflection: a struct or class
  /// as a call of its initialiser with each stored property by name, in order (a `nil` one left
  /// out, for the parameter's default); an enum case with its values; strings, numbers,
  /// optionals and arrays as literals. So a field added to the model needs no change here,
  /// only an initialiser parameter named and placed as the property is.
  static func value(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    // First, as `as` and `is` would look inside an optional.
    if mirror.displayStyle == .optional {
      return mirror.children.first.map { self.value($0.value) } ?? "nil"
    }
    switch value {
    case let text as String: return String(reflecting: text)
    case let number as Double: return number.description
    case is Int, is Bool: return "\(value)"
    default: break
    }
    switch mirror.displayStyle {
    case .collection:
      return "[\n" + mirror.children.map { self.value($0.value) + ",\n" }.joined() + "]"
    case .enum:
      // A case without values describes itself by its name.
      guard let payload = mirror.children.first, let name = payload.label else {
        return ".\(value)"
      }
      let values = Mirror(reflecting: payload.value)
      return "." + name
        + (values.displayStyle == .tuple
          ? arguments(values) : "(" + self.value(payload.value) + ")")
    default:
      // `Module.Type.Nested` without the module, as the generated file imports it.
      let type = String(reflecting: Swift.type(of: value)).split(separator: ".").dropFirst()
      return type.joined(separator: ".") + arguments(mirror)
    }
  }

  /// The children of `mirror` as an argument list: `(low: 1, high: 2)`, a child without a
  /// label (`.0`) by its value alone, a `nil` one left out.
  private static func arguments(_ mirror: Mirror) -> String {
    let arguments = mirror.children.compactMap { child -> String? in
      let shown = value(child.value)
      guard shown != "nil", let label = child.label else { return nil }
      return label.hasPrefix(".") ? shown : label + ": " + shown
    }
    return "(" + arguments.joined(separator: ", ") + ")"
  }
}
