/// OSC 8 hyperlinks: text a terminal shows as clickable, and that terminals without support
/// show as plain text.
public enum Hyperlink {
  /// The sequence that starts a link to `address`, its control characters neutralised so
  /// content cannot end the sequence early or smuggle in other escape codes.
  public static func open(_ address: String) -> String {
    "\u{1B}]8;;" + address.terminalSafe(limit: .max) + "\u{1B}\\"
  }

  /// Whether `address` may become a link: an `http`, `https` or `mailto` address; anything
  /// else (`javascript:`, `data:`, a file) is shown as text only.
  public static func isWebAddress(_ address: String) -> Bool {
    let lowered = address.prefix(8).lowercased()
    return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
      || lowered.hasPrefix("mailto:")
  }

  /// The sequence that ends a link.
  public static let close = "\u{1B}]8;;\u{1B}\\"
}
