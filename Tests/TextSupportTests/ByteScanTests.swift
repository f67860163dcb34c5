import Testing

@testable import TextSupport

/// Finding bytes in a buffer: each answer held against a plain walk over the bytes.
@Suite struct ByteScanTests {
  /// The index of the first `byte` at `start` or after, found one byte at a time.
  static func walk(_ bytes: [UInt8], _ byte: UInt8, from start: Int) -> Int? {
    bytes.indices.first { $0 >= start && bytes[$0] == byte }
  }

  @Test(arguments: [
    ("", 0), ("&", 0), ("a&b", 0), ("a&b", 1), ("a&b", 2), ("a&b", 3), ("a&b", 9),
    ("&&", 1), (String(repeating: "x", count: 40) + "&" + String(repeating: "y", count: 40), 3),
    (String(repeating: "é", count: 30) + "&", 5),
  ])
  func findsALoneByteAsAWalkDoes(text: String, start: Int) {
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer {
      ByteScan.firstIndex(of: UInt8(ascii: "&"), in: $0, from: start)
    }
    #expect(found == Self.walk(bytes, UInt8(ascii: "&"), from: start))
  }

  @Test(arguments: ["", "plain", "Q", "q" + String(repeating: " ", count: 20), "abcdefgh" + "Qé"])
  func findsALetterInEitherCaseOrOtherScalarsAsAWalkDoes(text: String) {
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer {
      ByteScan.firstIndex(in: $0, from: 0, ofLetterOrOther: UInt8(ascii: "q"))
    }
    #expect(found == bytes.firstIndex { $0 >= 0x80 || $0 | 0x20 == UInt8(ascii: "q") })
  }
}
