/// Text written piece by piece into one growing buffer of UTF-8 bytes, made into a `String`
/// once at the end: what every renderer and writer of ours writes into, each piece copied once.
public struct OutputBuffer: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8] = []

  /// An empty buffer with room for `capacity` bytes before it grows.
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Whether nothing has been written.
  @inlinable public var isEmpty: Bool { bytes.isEmpty }

  /// How many bytes have been written.
  @inlinable public var count: Int { bytes.count }

  /// Adds `text`'s UTF-8 bytes.
  @inlinable public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Adds bytes that are already UTF-8 text; into an empty buffer they are taken as they are,
  /// without a copy.
  public mutating func append(utf8 text: [UInt8]) {
    if bytes.isEmpty { bytes = text } else { bytes += text }
  }

  /// Adds bytes that are already UTF-8 text.
  @inlinable public mutating func append(bytes text: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: text)
  }

  /// Adds `count` spaces, such as an indentation.
  @inlinable public mutating func append(spaces count: Int) {
    guard count > 0 else { return }
    bytes.append(contentsOf: repeatElement(0x20, count: count))
  }

  /// Adds one byte, such as `0x0A` for a line break.
  @inlinable public mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Drops the last byte written.
  @inlinable public mutating func removeLast() {
    bytes.removeLast()
  }

  /// Drops trailing spaces back to the last byte that is not one, or to `start` at most.
  @inlinable public mutating func trimTrailingSpaces(downTo start: Int = 0) {
    while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
  }

  /// The text written, as a string.
  public var string: String { String(decoding: bytes, as: UTF8.self) }
}
