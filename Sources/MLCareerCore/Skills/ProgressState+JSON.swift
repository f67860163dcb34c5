import CommandLineKit
import JSON
import TextSupport

/// The progress file's format, version 2: `{"version": 2, "skills": {"python": {"state":
/// "done", "date": "2026-12-06", "note": "…"}}}`, `date` (UTC) and `note` optional, one skill a
/// line, sorted to diff well. Version 1, `{"version": 1, "skills": {"python": "done"}}`, is read
/// as undated marks. In both, `todo` is accepted and dropped.
extension ProgressState {
  init(json text: String, path: String) throws(ProgressStoreError) {
    do throws(JSONError) {
      let object = try JSONParser.parse(text, file: path).object()
      // The version decides how to read the rest, so it is checked before anything else.
      if let member = object.members.first(where: { $0.key == "version" }),
        let found = member.value.intValue, found != 1, found != Self.currentVersion
      {
        throw JSONError.invalidValue(
          "the progress file has version \(found), but this mlcareer reads version "
            + "\(Self.currentVersion); a newer mlcareer may have written it",
          at: member.value.location)
      }
      let fields = try object.fields(allowed: ["version", "skills"])
      let version = try fields.int("version")
      var entries: [String: Mark] = [:]
      var firstSeen: [String: SourceLocation] = [:]
      for member in try fields.object("skills").members {
        if let first = firstSeen[member.key] {
          throw JSONError.duplicateKey(member.key, firstAt: first, at: member.keyLocation)
        }
        firstSeen[member.key] = member.keyLocation
        guard !member.key.isEmpty else {
          throw JSONError.invalidValue("a skill id cannot be empty", at: member.keyLocation)
        }
        entries[member.key] =
          version == 1
          ? Mark(try Self.state(member.value, id: member.key))
          : try Self.mark(member.value, id: member.key)
      }
      self.init(entries: entries)
    } catch {
      throw .malformed(
        path: path, line: error.location.line, column: error.location.column,
        message: error.message)
    }
  }

  /// A version 2 mark: `{"state": …, "date": …, "note": …}`.
  private static func mark(_ value: JSONValue, id: String) throws(JSONError) -> Mark {
    let fields = try value.object(field: id).fields(allowed: ["state", "date", "note"])
    guard let stateValue = fields.optionalValue("state") else {
      throw .missingField("state", requiredFor: nil, at: value.location)
    }
    var mark = Mark(try state(stateValue, id: id))
    if let date = fields.optionalValue("date") {
      let text = try date.string(field: "date")
      guard isDate(text) else {
        throw .invalidValue(
          "the date '\(text.terminalSafe())' of '\(id.terminalSafe())' is not YYYY-MM-DD",
          at: date.location)
      }
      mark.date = text
    }
    if let note = fields.optionalValue("note") {
      let text = try note.string(field: "note")
      guard text.count <= noteLimit else {
        throw .invalidValue(
          "the note of '\(id.terminalSafe())' is longer than \(noteLimit) characters",
          at: note.location)
      }
      mark.note = text.isEmpty ? nil : text
    }
    return mark
  }

  /// A state word, `done`, `learning`, `skipped` or `todo`.
  private static func state(_ value: JSONValue, id: String) throws(JSONError) -> SkillState {
    let word = try value.string(field: id)
    guard let state = SkillState(rawValue: word) else {
      let states = SkillState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw .invalidValue(
        "unknown state '\(word.terminalSafe())' for '\(id.terminalSafe())'; "
          + "expected one of \(states)",
        at: value.location)
    }
    return state
  }

  /// Whether `text` is a date as marks record it: `YYYY-MM-DD`, month 01–12, day 01–31.
  static func isDate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || bytes[$0].isASCIIDigit }),
      let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2))
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }

  /// The progress file's text, version 2, one skill a line, ending with a newline.
  func json() -> String {
    let lines = entries.keys.sorted().map { id in
      let mark = entries[id]!
      var members = [JSONOutput.Member("state", .string(mark.state.rawValue))]
      if let date = mark.date { members.append(.init("date", .string(date))) }
      if let note = mark.note { members.append(.init("note", .string(note))) }
      return "    " + JSONWriter.render(.string(id), compact: true) + ": "
        + JSONWriter.render(.object(members), compact: true)
    }
    let skills = lines.isEmpty ? "{}" : "{\n" + lines.joined(separator: ",\n") + "\n  }"
    return "{\n  \"version\": \(Self.currentVersion),\n  \"skills\": \(skills)\n}\n"
  }
}
