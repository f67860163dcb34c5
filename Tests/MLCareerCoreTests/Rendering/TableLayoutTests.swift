import TerminalText
import TestSupport
import Testing

@testable import CommandLineKit
@testable import GuideModel
@testable import MLCareerCore
@testable import Markdown

/// Topic tables fit the screen: natural columns when they fit, cells wrapped inside their
/// columns when not, one block per row when even that cannot hold.
@Suite struct TableLayoutTests {
  static let topic = try! TopicLoader.load(
    id: "tables", file: "topics/tables.md",
    source: """
      # Tables

      A table of roles.

      ## Roles
      | Role | Main focus | Pay |
      | --- | --- | ---: |
      | Platform engineer | Keeps training and serving infrastructure running for every team | $150,000 |
      | Analyst | Reports | not given |

      """)

  private func render(width: Int) -> String {
    TopicRenderer.text(
      Self.topic, options: RenderOptions(width: width, color: false, isTerminal: true))
  }

  @Test(arguments: [30, 40, 60, 80, 120])
  func matchesItsSnapshotAndFitsTheWidth(width: Int) throws {
    let text = render(width: width)
    try Snapshot.expect(text, matches: "Rendering/table-\(width).txt")
    for line in text.split(separator: "\n") {
      #expect(String(line).displayWidth <= width, "\(line)")
    }
  }

  @Test func aWideScreenKeepsEveryRowOnOneLine() {
    let lines = render(width: 120).split(separator: "\n")
    #expect(
      lines.contains {
        $0.contains("Platform engineer")
          && $0.contains("Keeps training and serving infrastructure running for every team")
          && $0.hasSuffix("$150,000")
      })
  }

  @Test func aNarrowerScreenWrapsCellsInsideTheirColumns() throws {
    let lines = render(width: 60).split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.contains("Platform engineer") })
    #expect(lines[row].hasSuffix("$150,000"), "the short cell stays on the first line")
    // The long cell goes on under itself, in its own column.
    let column = try #require(lines[row].range(of: "Keeps")).lowerBound.utf16Offset(in: lines[row])
    let next = lines[row + 1]
    #expect(next.prefix(column).allSatisfy { $0 == " " }, "\(next)")
    #expect(next.dropFirst(column).first?.isLetter == true, "\(next)")
  }

  @Test func belowTheWidthColumnsCanHoldEachRowIsABlock() {
    let text = render(width: 30)
    #expect(!text.contains("───"), "no table rule")
    #expect(text.contains("\n  Platform engineer\n"))
    #expect(text.contains("    Pay"))
  }

  @Test func widthsAreNaturalWhenTheyFitAndNilWhenWordsCannotFit() {
    let rows = [[StyledText("aaaa bbbb cccc dddd"), StyledText("x")]]
    #expect(TableLayout.widths(for: rows, room: 40) == [19, 1])
    // The widest column gives up columns; the gap between columns takes two.
    #expect(TableLayout.widths(for: rows, room: 20) == [17, 1])
    // A column is not narrowed below ten columns (or its longest word).
    #expect(TableLayout.widths(for: rows, room: 13) == [10, 1])
    #expect(TableLayout.widths(for: rows, room: 12) == nil)
  }
}
