/// How much the job asks for a skill, following how the sources present it.
package enum SkillLevel: String, CaseIterable, Sendable, Comparable {
  /// Asked of every AI/ML engineer.
  case core
  /// Helps, and often asked for, but not required everywhere.
  case desirable
  /// Expected to matter more in the coming years.
  case emerging

  /// The word shown to people: `core`, `desirable`, `emerging`.
  package var name: String { rawValue }

  /// In the order the cases are declared: core first, then desirable, then emerging.
  package static func < (left: SkillLevel, right: SkillLevel) -> Bool {
    allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
  }
}
