import CommandLineKit
import JSON
import TextSupport

/// The progress file's format, `{"version": 1, "skills": {"python": "done"}}`: skill ids to
/// `done`, `learning` or `skipped` (`todo` is accepted and dropped), written sorted to diff well.
extension ProgressState {
  /// Reads the text of the progress file at `path`.
  init(json text: String, path: String) throws(ProgressStoreError) {
    do {
      let object = try JSONParser.parse(text, file: path).object()
      // The version decides how to read the rest, so it is checked before anything else.
      if let member = object.members.first(where: { $0.key == "version" }),
        let version = member.value.intValue, version != Self.currentVersion
      {
        let at = member.value.location
        throw ProgressStoreError.unsupportedVersion(
          path: path, found: version, line: at.line, column: at.column)
      }
      let fields = try object.fields(allowed: ["version", "skills"])
      _ = try fields.int("version")
      var marks: [String: SkillState] = [:]
      var firstSeen: [String: SourceLocation] = [:]
      for member in try fields.object("skills").members {
        if let first = firstSeen[member.key] {
          throw JSONError.duplicateKey(member.key, firstAt: first, at: member.keyLocation)
        }
        firstSeen[member.key] = member.keyLocation
        guard !member.key.isEmpty else {
          throw JSONError.invalidValue("a skill id cannot be empty", at: member.keyLocation)
        }
        let word = try member.value.string(field: member.key)
        guard let state = SkillState(rawValue: word) else {
          let states = SkillState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
          throw JSONError.invalidValue(
            "unknown state '\(word.terminalSafe())' for '\(member.key.terminalSafe())'; "
              + "expected one of \(states)",
            at: member.value.location)
        }
        marks[member.key] = state
      }
      self.init(marks: marks)
    } catch let error as ProgressStoreError {
      throw error
    } catch let error as JSONError {
      throw .malformed(
        path: path, line: error.location.line, column: error.location.column,
        message: error.message)
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
  }

  /// The progress file's text, ending with a newline.
  func json() -> String {
    let skills = marks.keys.sorted().map { JSONOutput.Member($0, .string(marks[$0]!.rawValue)) }
    let document: JSONOutput = [
      "version": .int(Self.currentVersion),
      "skills": .object(skills),
    ]
    return JSONWriter.render(document) + "\n"
  }
}
