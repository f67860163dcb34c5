import JSON
import TextSupport

/// Reads `Data/skills.json` into a `SkillCatalog`, rejecting a record that breaks the shape with
/// the file, line and column of the fault; every name and alias must point to one skill only.
package enum SkillLoader {
  /// The file the catalog is read from, relative to `Data/`.
  package static let file = "skills.json"

  /// Parses the text of a skills file shown as `file` in errors. A pack's file may leave out
  /// `groups` and join those of `knownGroups`; with `problems`, a broken group or skill is kept
  /// there and left out, else the first one throws.
  package static func load(
    _ text: String, file: String, pack: PackInfo? = nil, knownGroups: [SkillGroup] = [],
    problems: ProblemSink? = nil
  ) throws(JSONError) -> SkillCatalog {
    let root = try JSONParser.parse(text, file: file).object()
    let fields = try root.fields(allowed: ["schemaVersion", "groups", "skills"])
    try ContentRules.checkSchemaVersion(fields)
    // Where each id was first met, looked up rather than searched for, so thousands of
    // records load in linear time.
    var firstAt: [String: SourceLocation] = [:]
    let groupValues = pack == nil ? try fields.array("groups") : try fields.optionalArray("groups")
    let groups = try problems.records(of: groupValues ?? []) { value throws(JSONError) in
      let group = try self.group(value, pack: pack)
      if let first = firstAt[group.id] {
        throw .duplicateRecord(kind: "group", id: group.id, firstAt: first, at: group.location)
      }
      firstAt[group.id] = group.location
      return group
    }
    firstAt = [:]
    // The skill each name or alias points to, so that none points to two.
    var owners: [String: (id: String, location: SourceLocation)] = [:]
    let joinable = knownGroups + groups
    let skillValues = pack == nil ? try fields.array("skills") : try fields.optionalArray("skills")
    let skills = try problems.records(of: skillValues ?? []) { value throws(JSONError) in
      let skill = try self.skill(value, groups: joinable, pack: pack)
      if let first = firstAt[skill.id] {
        throw .duplicateRecord(kind: "skill", id: skill.id, firstAt: first, at: skill.location)
      }
      var own: Set<String> = []
      for name in [skill.id, skill.name] + skill.aliases {
        let key = NameMatcher.normalize(name)
        guard own.insert(key).inserted else { continue }
        if let owner = owners[key] {
          throw .invalidValue(
            "the name '\(name)' of '\(skill.id)' is already used by '\(owner.id)' "
              + "(line \(owner.location.line))",
            at: skill.location)
        }
        owners[key] = (skill.id, skill.location)
      }
      firstAt[skill.id] = skill.location
      return skill
    }
    let used = Set(skills.map(\.group))
    for group in groups where !used.contains(group.id) {
      try problems.keep(
        .invalidValue("the group '\(group.id)' has no skills", at: group.location))
    }
    return SkillCatalog(groups: groups, skills: skills)
  }

  private static func group(_ value: JSONValue, pack: PackInfo?) throws(JSONError) -> SkillGroup {
    let fields = try value.object().fields(allowed: ["id", "name", "aliases", "summary"])
    return SkillGroup(
      id: try fields.id("id"),
      name: try fields.name("name"),
      aliases: try fields.strings("aliases", required: false),
      summary: try fields.text("summary", oneLine: true),
      location: value.location, pack: pack)
  }

  private static func skill(
    _ value: JSONValue, groups: [SkillGroup], pack: PackInfo?
  ) throws(JSONError) -> Skill {
    let fields = try value.object().fields(
      allowed: ["id", "name", "group", "level", "levelBasis", "note", "aliases", "sources"])
    let group = try fields.reference("group", among: groups.map(\.id))
    let level = try fields.choice("level", as: SkillLevel.self)
    let sources = try fields.strings("sources", required: true)
    guard !sources.isEmpty else {
      throw .invalidValue(
        "a skill names at least one source document", at: fields.location(of: "sources"))
    }
    return Skill(
      id: try fields.id("id"),
      name: try fields.name("name"),
      group: group,
      level: level,
      note: try fields.text("note", oneLine: true),
      levelBasis: try fields.optionalText("levelBasis") ?? "",
      aliases: try fields.strings("aliases", required: false),
      sources: sources,
      location: value.location, pack: pack)
  }
}
