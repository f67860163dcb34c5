/// A combination of ANSI text attributes and at most one colour.
struct TextStyle: OptionSet, Sendable, Hashable {
  let rawValue: UInt16

  static let bold = TextStyle(rawValue: 1 << 0)
  static let dim = TextStyle(rawValue: 1 << 1)
  static let italic = TextStyle(rawValue: 1 << 2)
  static let underline = TextStyle(rawValue: 1 << 3)
  static let red = TextStyle(rawValue: 1 << 4)
  static let green = TextStyle(rawValue: 1 << 5)
  static let yellow = TextStyle(rawValue: 1 << 6)
  static let blue = TextStyle(rawValue: 1 << 7)
  static let magenta = TextStyle(rawValue: 1 << 8)
  static let cyan = TextStyle(rawValue: 1 << 9)

  /// Styles for the guide's parts, in one place so every renderer looks alike.
  static let title: TextStyle = [.bold, .underline]
  static let summary: TextStyle = .italic
  static let heading: TextStyle = [.bold, .cyan]
  static let subheading: TextStyle = .bold
  static let code: TextStyle = .yellow
  static let link: TextStyle = [.underline, .blue]
  static let note: TextStyle = .dim
  static let marker: TextStyle = .cyan
  static let match: TextStyle = [.bold, .magenta]

  private static let codes: [(TextStyle, String)] = [
    (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.red, "31"),
    (.green, "32"), (.yellow, "33"), (.blue, "34"), (.magenta, "35"), (.cyan, "36"),
  ]

  /// The escape sequence that turns this style on, or "" for no style.
  var escape: String {
    guard !isEmpty else { return "" }
    let parameters = Self.codes.filter { contains($0.0) }.map(\.1)
    return "\u{1B}[" + parameters.joined(separator: ";") + "m"
  }

  /// The escape sequence that resets every attribute.
  static let reset = "\u{1B}[0m"

  /// `text` wrapped in this style's escape codes when `color` is on, else `text` unchanged.
  func apply(_ text: String, color: Bool) -> String {
    guard color, !isEmpty, !text.isEmpty else { return text }
    return escape + text + Self.reset
  }
}
