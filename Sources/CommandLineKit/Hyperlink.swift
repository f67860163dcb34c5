/// OSC 8 hyperlinks: text a terminal shows as clickable, and that terminals without support
/// show as plain text.
package enum Hyperlink {
  /// The sequence that starts a link to `address`, its control characters removed so content
  /// cannot end the sequence early or smuggle in other escape codes.
  package static func open(_ address: String) -> String {
    "\u{1B}]8;;" + neutralized(address) + "\u{1B}\\"
  }

  /// The sequence that ends a link.
  package static let close = "\u{1B}]8;;\u{1B}\\"

  /// `address` without C0 and C1 control characters (ESC and BEL among them), nor DEL.
  static func neutralized(_ address: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in address.unicodeScalars
    where !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) {
      scalars.append(scalar)
    }
    return String(scalars)
  }
}
