extension String {
  /// The text as Markdown inline content that reads back as exactly this text: every character
  /// Markdown could take as syntax gets a backslash (valid before any ASCII punctuation), a
  /// leading list marker is escaped too, and a line break becomes a space so the text stays in
  /// its table cell or list item.
  public var markdownEscaped: String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var leadingDigits = true
    for (offset, character) in enumerated() {
      let opensLine = offset == 0 && (character == "-" || character == "+")
      let endsNumber = leadingDigits && offset > 0 && (character == "." || character == ")")
      leadingDigits = leadingDigits && character.isASCII && character.isNumber
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n":
        result.append(" ")
      default:
        if opensLine || endsNumber { result.append("\\") }
        result.append(character)
      }
    }
    return result
  }
}
