/// Skills as search entries, under the `skills` topic, one a skill.
extension SearchIndex {
  /// Adds every skill of `catalog`.
  public mutating func add(_ catalog: SkillCatalog) {
    add(Self.entries(of: catalog))
  }

  /// One entry a skill, `PyTorch: open-source deep learning framework…`, in the section named by
  /// its group, its name ranking as the text's label and its id and aliases as keywords.
  static func entries(of catalog: SkillCatalog) -> [SearchEntry] {
    catalog.skills.map { skill in
      let group = catalog.group(skill.group)
      return SearchEntry(
        topic: "skills", section: group?.name ?? skill.group, text: "\(skill.name): \(skill.note)",
        field: .text, labelLength: skill.name.count,
        keywords: ([skill.id] + skill.aliases).joined(separator: " "),
        context: "skills skill \(skill.level.name) \(group?.id ?? "")",
        command: "mlcareer skills \(skill.group)")
    }
  }
}
