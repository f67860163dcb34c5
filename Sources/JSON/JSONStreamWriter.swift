/// Writes one JSON document a piece at a time, so a large document need never be held whole
/// as a `JSONOutput` tree: containers are opened and closed as they are written, and the values
/// inside them are given one by one.
///
/// What it writes is byte for byte what `JSONWriter.render` writes for the same value in the
/// same style, absent members left out alike.
///
/// ```swift
/// var writer = JSONStreamWriter()
/// writer.beginObject()
/// writer.member("edition", "2026.1")
/// writer.beginArray(key: "topics")
/// for topic in topics { writer.element(output(topic)) }
/// writer.endArray()
/// writer.endObject()
/// let text = writer.text
/// ```
public struct JSONStreamWriter: Sendable {
  private var writer: JSONWriter.ByteWriter
  /// The containers open, innermost last, with how many values each holds so far.
  private var open: [(isArray: Bool, count: Int)] = []

  /// A writer of text laid out as `style`.
  public init(style: JSONWriter.Style = .pretty) {
    writer = JSONWriter.ByteWriter(pretty: style == .pretty)
  }

  /// The text written so far, without a trailing newline.
  public var text: String { String(decoding: writer.bytes, as: UTF8.self) }

  /// The text written so far as UTF-8 bytes, without a trailing newline: `text` without the
  /// cost of making a `String`, which checks every byte again.
  public var utf8: [UInt8] { writer.bytes }

  /// Opens an object: the document itself, an element of the array open, or the value of
  /// `key` in the object open.
  public mutating func beginObject(key: String? = nil) {
    start(key: key)
    writer.bytes.append(UInt8(ascii: "{"))
    open.append((false, 0))
  }

  /// Opens an array, placed as `beginObject(key:)` places an object.
  public mutating func beginArray(key: String? = nil) {
    start(key: key)
    writer.bytes.append(UInt8(ascii: "["))
    open.append((true, 0))
  }

  /// Closes the object open.
  public mutating func endObject() {
    end(UInt8(ascii: "}"))
  }

  /// Closes the array open.
  public mutating func endArray() {
    end(UInt8(ascii: "]"))
  }

  /// Writes `value` as the next element of the array open (or as the whole document).
  public mutating func element(_ value: JSONOutput) {
    start(key: nil)
    writer.write(value, indent: open.count)
  }

  /// Writes `"key": value` as the next member of the object open; an absent value (`null`,
  /// a number that is not finite) is left out, as `JSONWriter` leaves it out.
  public mutating func member(_ key: String, _ value: JSONOutput) {
    guard !value.isAbsent else { return }
    start(key: key)
    writer.write(value, indent: open.count)
  }

  /// The separator, line break and key that come before the next value.
  private mutating func start(key: String?) {
    guard let last = open.indices.last else { return }
    if open[last].count > 0 { writer.bytes.append(UInt8(ascii: ",")) }
    open[last].count += 1
    writer.newline(open.count)
    if let key, !open[last].isArray {
      writer.writeString(key)
      writer.bytes.append(UInt8(ascii: ":"))
      if writer.pretty { writer.bytes.append(UInt8(ascii: " ")) }
    }
  }

  private mutating func end(_ bracket: UInt8) {
    guard let closed = open.popLast() else { return }
    if closed.count > 0 { writer.newline(open.count) }
    writer.bytes.append(bracket)
  }
}
