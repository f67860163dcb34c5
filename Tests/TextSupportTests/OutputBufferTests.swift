import Testing

@testable import TextSupport

@Suite struct OutputBufferTests {
  @Test func piecesComeOutInOrderAsOneString() {
    var output = OutputBuffer(capacity: 4)
    output.append("Résumé")
    output.append(byte: 0x20)
    output.append("a long line that outgrows the capacity asked for"[...])
    output.appendSpaces(3)
    output.append("✓")
    #expect(output.string == "Résumé a long line that outgrows the capacity asked for   ✓")
  }

  @Test func trailingSpacesAreTrimmedBackToText() {
    var output = OutputBuffer()
    output.append("word")
    output.appendSpaces(4)
    output.trimTrailingSpaces()
    #expect(output.string == "word")
    #expect(output.last == UInt8(ascii: "d"))
    var spaces = OutputBuffer()
    spaces.appendSpaces(2)
    spaces.trimTrailingSpaces()
    #expect(spaces.isEmpty)
    spaces.appendSpaces(0)
    #expect(spaces.string == "")
  }
}
