/// A combination of ANSI text attributes and at most one colour.
public struct TextStyle: OptionSet, Sendable, Hashable {
  /// The attributes as bits, one per style.
  public let rawValue: UInt16
  /// The style whose bits are `rawValue`.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// The union of `styles`, written `[]` or `[.bold, .cyan]`. Its own rather than OptionSet's,
  /// whose generic one runs unspecialised from other modules, for every literal.
  public init(arrayLiteral styles: TextStyle...) {
    var rawValue: UInt16 = 0
    for style in styles { rawValue |= style.rawValue }
    self.rawValue = rawValue
  }

  /// Bold.
  public static let bold = TextStyle(rawValue: 1 << 0)
  /// Dim, for what matters less.
  public static let dim = TextStyle(rawValue: 1 << 1)
  /// Italic.
  public static let italic = TextStyle(rawValue: 1 << 2)
  /// Underlined.
  public static let underline = TextStyle(rawValue: 1 << 3)
  /// Green text.
  public static let green = TextStyle(rawValue: 1 << 4)
  /// Yellow text.
  public static let yellow = TextStyle(rawValue: 1 << 5)
  /// Blue text.
  public static let blue = TextStyle(rawValue: 1 << 6)
  /// Magenta text.
  public static let magenta = TextStyle(rawValue: 1 << 7)
  /// Cyan text.
  public static let cyan = TextStyle(rawValue: 1 << 8)

  private static let codes: [(TextStyle, String)] = [
    (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.green, "32"),
    (.yellow, "33"), (.blue, "34"), (.magenta, "35"), (.cyan, "36"),
  ]

  /// The escape sequence that turns this style on, or "" for no style.
  public var escape: String {
    guard !isEmpty else { return "" }
    let parameters = Self.codes.filter { contains($0.0) }.map(\.1)
    return "\u{1B}[" + parameters.joined(separator: ";") + "m"
  }

  /// The escape sequence that resets every attribute.
  public static let reset = "\u{1B}[0m"

  /// `text` wrapped in this style's escape codes when `color` is on, else `text` unchanged.
  public func apply(_ text: String, color: Bool) -> String {
    guard color, !isEmpty, !text.isEmpty else { return text }
    return escape + text + Self.reset
  }
}
