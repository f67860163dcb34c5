import JSON

/// A document the guide's facts come from.
package struct GuideSource: Sendable {
  /// The id topics and records cite, such as `career-notes`.
  package let id: String
  package let title: String
  /// What the document is, in a sentence.
  package let description: String
  /// The year its figures refer to, where it gives one.
  package let year: Int?

  package init(id: String, title: String, description: String, year: Int? = nil) {
    self.id = id
    self.title = title
    self.description = description
    self.year = year
  }

  package init(json value: JSONValue) throws(JSONError) {
    let fields = try value.object().fields(allowed: ["id", "title", "description", "year"])
    id = try fields.id("id")
    title = try fields.text("title")
    description = try fields.text("description")
    year = try fields.year()
  }
}
