import Testing

@testable import JSON

/// A document written piece by piece reads exactly as the same value rendered whole.
@Suite struct JSONStreamWriterTests {
  /// Writes `value` through `writer`, opening every container rather than handing it whole.
  static func stream(_ value: JSONOutput, key: String? = nil, into writer: inout JSONStreamWriter) {
    switch value {
    case .array(let elements):
      writer.beginArray(key: key)
      for element in elements { stream(element, into: &writer) }
      writer.endArray()
    case .object(let members):
      writer.beginObject(key: key)
      for member in members { stream(member.value, key: member.key, into: &writer) }
      writer.endObject()
    default:
      if let key { writer.member(key, value) } else { writer.element(value) }
    }
  }

  static let values: [JSONOutput] = [
    .null, true, 42, 2.5, "text with \"quotes\" and \u{1B}", [], [:],
    [1, [], [:], .null, ["a": .null, "b": [2]]],
    [
      "schemaVersion": 1, "absent": .null, "nan": .double(.nan), "empty": [], "none": [:],
      "topics": [["id": "overview", "sections": [["id": "a", "blocks": ["x", "y"]]]]],
      "nested": ["deeper": ["deepest": [[[1]]]]],
    ],
  ]

  @Test(arguments: values)
  func aStreamedDocumentReadsAsTheWholeValueRendered(value: JSONOutput) {
    var writer = JSONStreamWriter()
    Self.stream(value, into: &writer)
    #expect(writer.text == JSONWriter.render(value))
  }

  /// Values handed whole inside streamed containers are indented as the containers are.
  @Test func wholeValuesInsideStreamedContainersAreIndentedToTheirDepth() {
    var writer = JSONStreamWriter()
    writer.beginObject()
    writer.member("edition", "1")
    writer.beginArray(key: "topics")
    writer.element(["id": "a", "tags": ["x"]])
    writer.element(["id": "b"])
    writer.endArray()
    writer.endObject()
    let whole: JSONOutput = ["edition": "1", "topics": [["id": "a", "tags": ["x"]], ["id": "b"]]]
    #expect(writer.text == JSONWriter.render(whole))
  }

  @Test func aNullMemberIsWrittenWhereMemberLeavesNullOut() {
    var writer = JSONStreamWriter(compact: true)
    writer.beginObject()
    writer.member("absent", .null)
    writer.nullMember("id")
    writer.endObject()
    #expect(writer.text == #"{"id":null}"#)
  }
}
