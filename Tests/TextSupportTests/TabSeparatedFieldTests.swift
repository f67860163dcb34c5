import Testing

import TextSupport

@Suite struct TabSeparatedFieldTests {
  @Test(arguments: [
    ("a\tb", "a b"), ("line\nbreak", "line break"), ("cr\rhere", "cr here"),
    ("windows\r\nline", "windows line"), ("plain", "plain"),
  ])
  func tabsAndLineBreaksBecomeSpaces(text: String, field: String) {
    #expect(SeparatedValues.tsvField(text) == field)
  }
}
