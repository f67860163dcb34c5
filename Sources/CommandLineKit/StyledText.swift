/// Text made of runs that each carry a style: what inline Markdown becomes before wrapping.
package struct StyledText: Sendable, Equatable {
  /// One stretch of text in one style.
  package struct Run: Sendable, Equatable {
    var text: String
    var style: TextStyle
  }

  package var runs: [Run] = []

  package init(_ runs: [Run] = []) {
    self.runs = runs
  }

  package init(_ text: String, style: TextStyle = []) {
    runs = text.isEmpty ? [] : [Run(text: text, style: style)]
  }

  /// The text without styles.
  package var plain: String {
    // A loop, not `joined()`: that generic call checks protocol conformances at run time.
    var result = ""
    for run in runs { result += run.text }
    return result
  }

  package mutating func append(_ text: String, style: TextStyle = []) {
    guard !text.isEmpty else { return }
    if let last = runs.last, last.style == style {
      runs[runs.count - 1].text += text
    } else {
      runs.append(Run(text: text, style: style))
    }
  }

  package mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, style: run.style) }
  }

  /// `lhs` followed by `rhs`.
  package static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }

  /// The text with escape codes when `color` is on.
  package func rendered(color: Bool) -> String {
    var result = ""
    for run in runs { result += run.style.apply(run.text, color: color) }
    return result
  }
}
