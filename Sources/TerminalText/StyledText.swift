/// Text made of runs that each carry a style: what inline Markdown becomes before wrapping.
public struct StyledText: Sendable, Equatable {
  /// One stretch of text in one style.
  public struct Run: Sendable, Equatable {
    var text: String
    var style: TextStyle
    /// The address the run links to, written as an OSC 8 hyperlink when styles are on.
    var link: String?

    /// A run of `text` in `style`, linking to `link` if any.
    public init(text: String, style: TextStyle, link: String? = nil) {
      self.text = text
      self.style = style
      self.link = link
    }
  }

  /// The runs, in reading order.
  public var runs: [Run] = []

  /// Text made of `runs`.
  public init(_ runs: [Run] = []) {
    self.runs = runs
  }

  /// `text` as one run in `style`, linking to `link` if any; empty text has no run.
  public init(_ text: String, style: TextStyle = [], link: String? = nil) {
    runs = text.isEmpty ? [] : [Run(text: text, style: style, link: link)]
  }

  /// The text without styles.
  public var plain: String {
    // A loop, not `joined()`: that generic call checks protocol conformances at run time.
    var result = ""
    for run in runs { result += run.text }
    return result
  }

  /// Adds `text` in `style`, joining the last run when it has the same style and link.
  public mutating func append(_ text: String, style: TextStyle = [], link: String? = nil) {
    guard !text.isEmpty else { return }
    if let last = runs.last, last.style == style, last.link == link {
      runs[runs.count - 1].text += text
    } else {
      runs.append(Run(text: text, style: style, link: link))
    }
  }

  /// Adds the runs of `other`.
  public mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, style: run.style, link: run.link) }
  }

  /// `lhs` followed by `rhs`.
  public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var result = lhs
    result.append(rhs)
    return result
  }

  /// The text with escape codes (and OSC 8 hyperlinks for linked runs) when `color` is on.
  public func rendered(color: Bool) -> String {
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
