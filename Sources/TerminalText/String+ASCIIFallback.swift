extension String {
  /// The ASCII a terminal of a non-UTF-8 locale (`LC_ALL=C`) shows for the characters the
  /// tool and its content draw with; any other character beyond ASCII shows as `?`.
  static let asciiFallbacks: [Unicode.Scalar: String] = [
    "─": "-", "━": "-", "│": "|", "·": "-", "–": "-", "—": "--", "‐": "-", "‑": "-", "−": "-",
    "›": ">", "‹": "<", "»": ">>", "«": "<<", "•": "*", "◦": "o", "▪": "-", "●": "o",
    "○": "o", "█": "#", "░": ".", "▏": "|", "▎": "|", "▍": "|", "▌": "|", "▋": "|", "▊": "|",
    "▉": "|", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "...", "×": "x", "≈": "~",
    "→": "->", "←": "<-", "≤": "<=", "≥": ">=", "±": "+/-", "✓": "x", "€": "EUR", "£": "GBP",
    "\u{A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "\u{200B}": "", "\u{AD}": "",
  ]

  /// This text in ASCII for a terminal that cannot show UTF-8: the tool's glyphs and common
  /// punctuation as their nearest ASCII, other characters beyond ASCII as `?`.
  public func asciiFallback() -> String {
    var output = ""
    for scalar in unicodeScalars {
      if scalar.isASCII {
        output.unicodeScalars.append(scalar)
      } else {
        output += Self.asciiFallbacks[scalar] ?? "?"
      }
    }
    return output
  }
}
