import Testing
import TextSupport

@testable import GuideModel
@testable import JSON
@testable import MLCareerCore

@Suite struct SkillListRendererTests {
  static let location = SourceLocation(file: "test.json", line: 1, column: 1)

  static let catalog = SkillCatalog(
    groups: [
      SkillGroup(
        id: "ml", name: "Machine learning", aliases: [], summary: "Models.", location: location)
    ],
    skills: [
      Skill(
        id: "natural-language-processing", name: "Natural language processing", group: "ml",
        level: .core, note: "Text.", aliases: [], sources: ["notes"], location: location)
    ])

  static func render(width: Int, color: Bool) -> String {
    SkillListRenderer.text(
      catalog, options: RenderOptions(width: width, color: color, isTerminal: true))
  }

  /// The text without its escape codes.
  static func plain(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        result.append(character)
      }
    }
    return result
  }

  @Test(arguments: [64, 63])
  func titleStaysOnOneLineOnlyWhenItFits(width: Int) {
    // `  Natural language processing  natural-language-processing  core` is 64 columns.
    let lines = Self.render(width: width, color: false).split(separator: "\n")
    let oneLine = "  Natural language processing  natural-language-processing  core"
    if width >= 64 {
      #expect(lines.contains(Substring(oneLine)))
    } else {
      #expect(!lines.contains(Substring(oneLine)))
      let name = lines.firstIndex(of: "  Natural language processing")
      #expect(name.map { lines[$0 + 1] } == "  natural-language-processing  core")
    }
  }

  @Test(arguments: [63, 64])
  func colourDoesNotChangeTheLayout(width: Int) {
    let coloured = Self.render(width: width, color: true)
    #expect(coloured.contains("\u{1B}["))
    #expect(Self.plain(coloured) == Self.render(width: width, color: false))
  }
}
