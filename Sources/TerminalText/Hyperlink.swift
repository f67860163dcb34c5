/// OSC 8 hyperlinks: text a terminal shows as clickable, and that terminals without support
/// show as plain text.
public enum Hyperlink {
  /// The sequence that starts a link to `address`, its control characters neutralised so
  /// content cannot end the sequence early or smuggle in other escape codes.
  public static func open(_ address: String) -> String {
    "\u{1B}]8;;" + address.terminalSafe(limit: .max) + "\u{1B}\\"
  }

  /// The sequence that ends a link.
  public static let close = "\u{1B}]8;;\u{1B}\\"
}
