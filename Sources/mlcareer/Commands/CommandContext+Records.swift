import MLCareerCore

/// The typed records other than topics, each loaded by the commands that use it, with its
/// errors mapped once for all of them.
extension CommandContext {
  /// Every salary record compiled into the binary.
  static func salaryData() throws(CommandError) -> SalaryData {
    do {
      return try SalaryLoader.embedded()
    } catch {
      throw .failure("\(error.location): \(error.message)")
    }
  }

  /// Every skill compiled into the binary.
  static func skillCatalog() throws(CommandError) -> SkillCatalog {
    do {
      return try SkillCatalog.embedded()
    } catch {
      throw .content(.json(error))
    }
  }
}
