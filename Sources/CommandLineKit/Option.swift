import TextSupport

/// An option a command declares once as a `static let` and reads typed,
/// `parsed[ShowCommand.section]`, so a misspelt name does not compile. The parser checks the
/// values before they are read, with the same rule that converts them.
public struct Option<Value: Sendable>: Sendable {
  /// What the parser, help, usage errors, completions and the man page say of the option.
  public let spec: OptionSpec
  /// The value of the texts given, in order (`nil` when absent), each already checked.
  @usableFromInline let read: @Sendable ([String]?) -> Value

  /// An option described by `spec` and read by `read`.
  public init(spec: OptionSpec, read: @escaping @Sendable ([String]?) -> Value) {
    self.spec = spec
    self.read = read
  }
}

extension Option where Value == String? {
  /// An option taking free text (or a name from `values`): the last one given, `nil` when
  /// absent.
  public init(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    values: ValueSource = .none
  ) {
    self.init(
      spec: OptionSpec(long, short: short, value: valueName, help: help, values: values),
      read: { $0?.last })
  }
}

extension Option where Value == [String] {
  /// An option that may be given several times, each value kept in order.
  public init(
    repeatable long: String, short: Character? = nil, value valueName: String, help: String,
    values: ValueSource = .none
  ) {
    self.init(
      spec: OptionSpec(
        long, short: short, value: valueName, help: help, values: values, repeatable: true),
      read: { $0 ?? [] })
  }
}

extension Option where Value: ArgumentValue {
  /// An option taking one of `cases` (every case by default), matched like a name; `default`
  /// when absent. A `required` option has no default: the parser refuses a command line
  /// without it, so `default` is then never read.
  @inlinable public init(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    cases: [Value] = Array(Value.allCases), default defaultValue: Value, required: Bool = false
  ) {
    self.init(
      spec: OptionSpec(
        long, short: short, value: valueName, help: help, values: .cases(cases),
        default: required ? nil : defaultValue.name, required: required),
      read: { given in given?.last.flatMap(Value.init(name:)) ?? defaultValue })
  }
}

extension Option {
  /// An option taking one of every case, matched like a name; `nil` when absent.
  @inlinable public init<Choice: ArgumentValue>(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    cases: Choice.Type
  ) where Value == Choice? {
    self.init(
      spec: OptionSpec(
        long, short: short, value: valueName, help: help, values: .cases(Array(Choice.allCases))),
      read: { given in given?.last.flatMap(Choice.init(name:)) })
  }
}

extension Option {
  /// An option taking text that `convert` turns into a value, such as a number; the parser
  /// refuses text it cannot convert, saying a value must be `expected`. `nil` when absent.
  @inlinable public init<Converted: Sendable>(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    expected: String, convert: @escaping @Sendable (String) -> Converted?
  ) where Value == Converted? {
    self.init(
      spec: OptionSpec(
        long, short: short, value: valueName, help: help,
        values: .checked(expected: expected) { convert($0) != nil }),
      read: { given in given?.last.flatMap(convert) })
  }

}

extension Option where Value == Int? {
  /// An option taking a whole number from `range`, written in digits only; `nil` when absent.
  /// Every count has an upper bound, so a huge one is a usage error, not an overflow later.
  public static func wholeNumber(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    in range: ClosedRange<Int>, expected: String? = nil
  ) -> Option<Int?> {
    let bound = NumberFormatting.grouped(range.upperBound)
    let expected =
      expected
      ?? (range.lowerBound == 1
        ? "a positive whole number up to \(bound)"
        : "a whole number from \(range.lowerBound) to \(bound)")
    return Option(long, short: short, value: valueName, help: help, expected: expected) { text in
      guard !text.isEmpty, text.utf8.allSatisfy(\.isASCIIDigit),
        let number = Int(text), range.contains(number)
      else { return nil }
      return number
    }
  }
}

extension Option where Value == Int {
  /// An option taking a whole number from `range`, written in digits only; `default` when
  /// absent.
  public static func wholeNumber(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    in range: ClosedRange<Int>, default defaultValue: Int
  ) -> Option<Int> {
    let given = Option<Int?>.wholeNumber(
      long, short: short, value: valueName, help: help, in: range)
    var spec = given.spec
    spec.defaultValue = String(defaultValue)
    return Option(spec: spec) { given.read($0) ?? defaultValue }
  }
}
