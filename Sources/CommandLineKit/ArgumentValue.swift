/// A type whose values an option or argument takes by name, such as an output format: typed
/// text is matched like other names (`NameMatcher`), and help and completions list every `name`.
public protocol ArgumentValue: CaseIterable, Hashable, Sendable {
  /// The name help shows and the parser hands back, such as `markdown`.
  var name: String { get }
  /// Other names that mean this value, such as `md` for `markdown`; none by default.
  var aliases: [String] { get }
}

extension ArgumentValue where Self: RawRepresentable, RawValue == String {
  /// The raw value.
  public var name: String { rawValue }
}

extension ArgumentValue {
  /// No aliases.
  public var aliases: [String] { [] }

  /// The value called `name` exactly, as the parser hands it back (inlinable, so it is
  /// specialised for the caller's type rather than run generically).
  @inlinable public init?(name: String) {
    guard let value = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = value
  }
}

/// One value from a fixed list: the name shown and handed back, and other names it answers to.
public struct ValueChoice: Sendable {
  /// The name help and completions show, and the parser records.
  public var name: String
  /// Other names the parser accepts for it.
  public var aliases: [String]

  /// Creates a choice.
  public init(_ name: String, aliases: [String] = []) {
    self.name = name
    self.aliases = aliases
  }
}

extension ValueSource {
  /// The cases `values` of an `ArgumentValue` type: what the parser accepts (matched
  /// forgivingly) and what help and completions list.
  @inlinable public static func cases<Value: ArgumentValue>(_ values: [Value]) -> ValueSource {
    .choices(values.map { ValueChoice($0.name, aliases: $0.aliases) })
  }
}
