@testable import GuideModel
@testable import MLCareerCore

/// The built-in guide's files parsed by the loaders at run time, as a pack's are: what the
/// tables the build tool wrote must equal.
extension Guide {
  /// The built-in guide's manifest parsed from the embedded `guide.json`.
  static func parsingEmbedded() throws(ContentError) -> Guide {
    let file = "guide.json"
    guard let manifest = EmbeddedData.contents(of: file) else {
      throw .missingFile("Data/" + file)
    }
    return try Guide(manifest: manifest, pack: .builtIn) { path throws(ContentError) in
      EmbeddedData.contents(of: path)
    }
  }
}

extension SkillCatalog {
  /// The catalog parsed from the embedded `skills.json`.
  static func parsingEmbedded() throws(ContentError) -> SkillCatalog {
    let shown = "Data/" + SkillLoader.file
    guard let text = EmbeddedData.contents(of: SkillLoader.file) else {
      throw .missingFile(shown)
    }
    do {
      return try SkillLoader.load(text, file: shown)
    } catch {
      throw .json(error)
    }
  }
}

extension SalaryLoader {
  /// The salary figures parsed from the embedded `salaries.json`.
  static func parsingEmbedded() throws(ContentError) -> SalaryData {
    let shown = "Data/" + file
    guard let text = EmbeddedData.contents(of: file) else { throw .missingFile(shown) }
    do {
      return try load(text, file: shown)
    } catch {
      throw .json(error)
    }
  }
}
