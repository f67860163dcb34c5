/// Text made of runs that each carry a style: what inline Markdown becomes before wrapping.
package struct StyledText: Sendable, Equatable {
  /// One stretch of text in one style.
  package struct Run: Sendable, Equatable {
    var text: String
    var style: TextStyle
    /// The address the run links to, written as an OSC 8 hyperlink when styles are on.
    var link: String?

    package init(text: String, style: TextStyle, link: String? = nil) {
      self.text = text
      self.style = style
      self.link = link
    }
  }

  package var runs: [Run] = []

  package init(_ runs: [Run] = []) {
    self.runs = runs
  }

  package init(_ text: String, style: TextStyle = [], link: String? = nil) {
    runs = text.isEmpty ? [] : [Run(text: text, style: style, link: link)]
  }

  /// The text without styles.
  package var plain: String {
    // A loop, not `joined()`: that generic call checks protocol conformances at run time.
    var result = ""
    for run in runs { result += run.text }
    return result
  }

  package mutating func append(_ text: String, style: TextStyle = [], link: String? = nil) {
    guard !text.isEmpty else { return }
    if let last = runs.last, last.style == style, last.link == link {
      runs[runs.count - 1].text += text
    } else {
      runs.append(Run(text: text, style: style, link: link))
    }
  }

  package mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, style: run.style, link: run.link) }
  }

  /// `lhs` followed by `rhs`.
  package static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }

  /// The text with escape codes (and OSC 8 hyperlinks for linked runs) when `color` is on.
  package func rendered(color: Bool) -> String {
    // A loop, not `joined()`: that generic call checks protocol conformances at run time.
    var result = ""
    for run in runs {
      let styled = run.style.apply(run.text, color: color)
      if color, let link = run.link {
        result += Hyperlink.open(link) + styled + Hyperlink.close
      } else {
        result += styled
      }
    }
    return result
  }
}
