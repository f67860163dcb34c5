/// One piece of the guide that search can find: a topic's title, a section heading, a paragraph,
/// a list item or a record, with where it stands.
package struct SearchEntry: Sendable, Equatable {
  /// What part of the guide the text is; a title outranks a heading, which outranks body text.
  package enum Field: Int, Sendable, Comparable {
    /// Body text: a paragraph, a list item, a table row or a record.
    case text = 1
    /// A section heading, or the name of a record.
    case heading = 2
    /// A topic's title.
    case title = 3

    /// The name used in JSON output.
    package var name: String {
      switch self {
      case .text: "text"
      case .heading: "heading"
      case .title: "title"
      }
    }

    /// Orders fields by rank, body text lowest.
    package static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The id of the topic the text belongs to, such as `best-practices` (records belong to the
  /// topic about them: salary figures to `salaries`).
  package let topic: String
  /// The title of the section it stands in, if any, such as `Deployment and monitoring`.
  package var section: String? = nil
  /// The section's id, for `mlcareer show TOPIC/SECTION`.
  var sectionID: String? = nil
  /// The text itself, without markup.
  package let text: String
  let field: Field
  /// How many characters at the start of the text are its label, such as `Python` in
  /// `Python: simple and versatile…`; a word found there ranks above one further on.
  var labelLength = 0
  /// Other names of what the text is about (a skill's aliases, such as `sklearn`): a word
  /// found here counts as found in the text, though nothing is highlighted.
  var keywords = ""
  /// Words that place the text without being shown with it (the topic's and section's titles),
  /// which a query word may match too.
  var context = ""
  /// The command that shows the text in full, such as `mlcareer show best-practices/deployment`.
  package var command: String? = nil

  /// What the text is: `section` (of a topic), `skill` or `salary` (a record, whose section is
  /// its group or dimension, not a section `show` opens).
  package var kind: String {
    section == nil || sectionID != nil ? "section" : topic == "salaries" ? "salary" : "skill"
  }

  /// Where the text stands, shown above it: `best-practices › Deployment and monitoring`, or
  /// `skill › Languages` for a record; a heading's path leaves out the heading, its text.
  package var path: String {
    guard let section, !(field == .heading && section == text) else { return topic }
    return "\(kind == "section" ? topic : kind) › \(section)"
  }
}
