/// Text written piece by piece into one growing buffer of UTF-8 bytes, made into a `String`
/// once at the end.
///
/// What a renderer of many short pieces writes into instead of gathering lines and joining
/// them: each piece is copied once, where an array of lines holds a string object a line,
/// each made, retained, copied again by the join and released.
package struct OutputBuffer {
  /// The bytes written so far.
  package private(set) var bytes: [UInt8] = []

  /// An empty buffer with room for `capacity` bytes before it grows.
  package init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Whether nothing has been written.
  package var isEmpty: Bool { bytes.isEmpty }

  /// Adds `text`'s UTF-8 bytes.
  package mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Adds bytes that are already UTF-8 text; into an empty buffer they are taken as they are,
  /// without a copy.
  package mutating func append(utf8 text: [UInt8]) {
    if bytes.isEmpty { bytes = text } else { bytes += text }
  }

  /// Adds one byte, such as `0x0A` for a line break.
  package mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Drops trailing spaces back to the last byte that is not one.
  package mutating func trimTrailingSpaces() {
    while bytes.last == 0x20 { bytes.removeLast() }
  }

  /// The text written, as a string.
  package var string: String { String(decoding: bytes, as: UTF8.self) }
}
