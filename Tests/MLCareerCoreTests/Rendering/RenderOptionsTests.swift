import Testing

@testable import MLCareerCore

/// How the terminal's facts and `--width` become the width renderers lay out to and the
/// measure prose wraps at.
@Suite struct RenderOptionsTests {
  private func output(columns: Int, width: Int?, isTerminal: Bool) -> RenderOptions {
    RenderOptions.output(
      columns: columns, requestedWidth: width, color: isTerminal, isTerminal: isTerminal,
      hyperlinks: isTerminal, unicode: true)
  }

  @Test(arguments: [(40, 40), (80, 80), (100, 100), (120, 100), (200, 100)])
  func aTerminalsProseWrapsAtItsWidthOrTheReadingWidth(columns: Int, measure: Int) {
    let options = output(columns: columns, width: nil, isTerminal: true)
    #expect(options.width == columns, "tables and charts may use the whole width")
    #expect(options.measure == measure)
  }

  @Test func pipedProseIsNotWrapped() {
    #expect(output(columns: 80, width: nil, isTerminal: false).measure == nil)
  }

  @Test(arguments: [false, true])
  func widthOverridesTheMeasureAndTheLayout(isTerminal: Bool) {
    let options = output(columns: 80, width: 132, isTerminal: isTerminal)
    #expect(options.width == 132)
    #expect(options.measure == 132)
  }

  @Test(arguments: [false, true])
  func widthZeroMeansNoWrapping(isTerminal: Bool) {
    let options = output(columns: 80, width: 0, isTerminal: isTerminal)
    #expect(options.measure == nil)
    #expect(options.width == RenderOptions.unlimitedWidth)
  }

  @Test func hyperlinksNeedColour() {
    let options = RenderOptions(
      width: 80, measure: 80, color: false, isTerminal: true, hyperlinks: true)
    #expect(!options.hyperlinks)
  }
}
