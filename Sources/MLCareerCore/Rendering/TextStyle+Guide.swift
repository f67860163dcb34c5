import TerminalText

/// The styles of the guide's parts, in one place so every renderer looks alike.
extension TextStyle {
  package static let title: TextStyle = [.bold, .underline]
  package static let summary: TextStyle = .italic
  package static let heading: TextStyle = [.bold, .cyan]
  package static let subheading: TextStyle = .bold
  package static let code: TextStyle = .yellow
  package static let link: TextStyle = [.underline, .blue]
  package static let note: TextStyle = .dim
  package static let marker: TextStyle = .cyan
  package static let match: TextStyle = [.bold, .magenta]
}
