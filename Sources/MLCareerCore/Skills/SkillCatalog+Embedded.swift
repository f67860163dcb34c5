import GuideModel

extension SkillCatalog {
  /// The catalog compiled into the binary from `Data/skills.json`, from the table the build
  /// tool derived from it with `SkillLoader`, so start-up parses no JSON for it.
  package static func embedded() -> SkillCatalog {
    SkillCatalog(groups: EmbeddedData.skillGroups, skills: EmbeddedData.skills)
  }
}
