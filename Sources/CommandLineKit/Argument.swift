/// A positional argument a command declares once and reads as a typed value:
/// `parsed[SearchCommand.words]`. Its `spec` goes into the command's description.
public struct Argument<Value: Sendable>: Sendable {
  /// What the parser, help, usage errors, completions and the man page say of the argument.
  public let spec: ArgumentSpec
  /// The value of the positional values the argument took (none when absent), already
  /// checked by the parser.
  @usableFromInline let read: @Sendable ([String]) -> Value

  /// An argument described by `spec` and read by `read`.
  public init(spec: ArgumentSpec, read: @escaping @Sendable ([String]) -> Value) {
    self.spec = spec
    self.read = read
  }
}

extension Argument where Value == String {
  /// A required argument taking one word; the parser refuses a command line without it.
  public init(_ name: String, help: String, values: ValueSource = .none) {
    self.init(
      spec: ArgumentSpec(name, help: help, values: values), read: { $0.first ?? "" })
  }
}

extension Argument where Value == [String] {
  /// The last argument, taking every remaining word: at least one unless `optional`.
  public init(_ name: String, help: String, optional: Bool = false, values: ValueSource = .none) {
    self.init(
      spec: ArgumentSpec(name, help: help, optional: optional, variadic: true, values: values),
      read: { $0 })
  }
}

extension Argument where Value: ArgumentValue {
  /// A required argument naming one of `cases` (every case by default), matched like a name.
  /// The parser refuses a command line without it, so the first case, read when it is absent,
  /// is never read.
  @inlinable public init(_ name: String, help: String, cases: [Value] = Array(Value.allCases)) {
    let fallback = cases[0]
    self.init(
      spec: ArgumentSpec(name, help: help, values: .cases(cases)),
      read: { given in given.first.flatMap(Value.init(name:)) ?? fallback })
  }
}
