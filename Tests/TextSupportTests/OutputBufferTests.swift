import Testing

@testable import TextSupport

@Suite struct OutputBufferTests {
  @Test func piecesComeOutInOrderAsOneString() {
    var output = OutputBuffer(capacity: 4)
    #expect(output.isEmpty)
    output.append("Résumé")
    output.append(byte: 0x20)
    output.append("a long line that outgrows the capacity asked for")
    output.append(byte: 0x0A)
    output.append("✓")
    #expect(output.string == "Résumé a long line that outgrows the capacity asked for\n✓")
  }

  @Test func trailingSpacesAreTrimmedBackToTheLineBreak() {
    var output = OutputBuffer()
    output.append("first  \n   ")
    output.trimTrailingSpaces()
    #expect(output.string == "first  \n")
    output.append("word    ")
    output.trimTrailingSpaces()
    #expect(output.string == "first  \nword")
  }

  @Test func bytesAddedWholeKeepTheirPlaceAmongText() {
    var output = OutputBuffer()
    output.append(utf8: Array("{\"é\": 1}".utf8))
    output.append(byte: 0x0A)
    output.append(utf8: Array("next".utf8))
    output.append(" line")
    #expect(output.string == "{\"é\": 1}\nnext line")
  }
}
