import TextSupport

/// Writes one JSON document a piece at a time: containers are opened and closed as they are
/// written, and the values inside them are given one by one or as whole `JSONOutput` trees.
/// The one writer of JSON text: `JSONWriter.render` is a document of one value written here.
public struct JSONStreamWriter: Sendable {
  var output: OutputBuffer
  /// The containers open, innermost last, with how many values each holds so far.
  private var open: [(isArray: Bool, count: Int)] = []
  /// One line with no whitespace, for line-delimited protocols (JSON-RPC over stdio).
  private let compact: Bool

  /// A writer of an empty document, laid out as `JSONWriter` lays out text (or on one line when
  /// `compact`), with room for `capacity` bytes before its buffer grows.
  public init(capacity: Int = 4096, compact: Bool = false) {
    output = OutputBuffer(capacity: capacity)
    self.compact = compact
  }

  /// The text written so far, without a trailing newline.
  public var text: String { output.string }

  /// The text written so far as UTF-8 bytes, without a trailing newline.
  public var utf8: [UInt8] { output.bytes }

  /// How many bytes have been written and not yet handed on by `flush`.
  public var count: Int { output.count }

  /// Hands the bytes written so far to `body` and forgets them, keeping their room for what
  /// comes next: a long document goes out in pieces as it is made rather than held whole.
  public mutating func flush(_ body: ([UInt8]) -> Void) {
    body(output.bytes)
    output.bytes.removeAll(keepingCapacity: true)
  }

  /// Ends the document with a line break.
  public mutating func endLine() {
    output.append(byte: UInt8(ascii: "\n"))
  }

  /// Opens an object: the document itself, an element of the array open, or the value of
  /// `key` in the object open.
  public mutating func beginObject(key: String? = nil) {
    start(key: key)
    output.append(byte: UInt8(ascii: "{"))
    open.append((false, 0))
  }

  /// Opens an array, placed as `beginObject(key:)` places an object.
  public mutating func beginArray(key: String? = nil) {
    start(key: key)
    output.append(byte: UInt8(ascii: "["))
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
    write(value, key: nil)
  }

  /// Writes `"key": value` as the next member of the object open; an absent value (`null`,
  /// a number that is not finite) is left out.
  public mutating func member(_ key: String, _ value: JSONOutput) {
    guard !value.isAbsent else { return }
    write(value, key: key)
  }

  /// Writes `"key": null` as the next member of the object open: what `member` leaves out, for
  /// formats whose readers tell a `null` from an absent key (JSON-RPC's `id`).
  public mutating func nullMember(_ key: String) {
    write(.null, key: key)
  }

  private mutating func write(_ value: JSONOutput, key: String?) {
    switch value {
    case .array(let elements):
      beginArray(key: key)
      for element in elements { self.element(element) }
      endArray()
    case .object(let members):
      beginObject(key: key)
      for member in members { self.member(member.key, member.value) }
      endObject()
    case .null:
      start(key: key)
      output.append("null")
    case .bool(let value):
      start(key: key)
      output.append(value ? "true" : "false")
    case .int(let value):
      start(key: key)
      output.append(String(value))
    case .double(let value) where !value.isFinite:
      // JSON cannot express it.
      write(.null, key: key)
    case .double(let value):
      // The shortest text that reads back as `value`.
      start(key: key)
      output.append(value == 0 && value.sign == .minus ? "-0" : NumberFormatting.plain(value))
    case .string(let value):
      start(key: key)
      writeString(value)
    }
  }

  /// The separator, line break and key that come before the next value.
  private mutating func start(key: String?) {
    guard let last = open.indices.last else { return }
    if open[last].count > 0 { output.append(byte: UInt8(ascii: ",")) }
    open[last].count += 1
    newline()
    if let key, !open[last].isArray {
      writeString(key)
      output.append(compact ? ":" : ": ")
    }
  }

  private mutating func end(_ bracket: UInt8) {
    guard let closed = open.popLast() else { return }
    if closed.count > 0 { newline() }
    output.append(byte: bracket)
  }

  /// A line break and the indentation of the containers open.
  private mutating func newline() {
    guard !compact else { return }
    output.append(byte: UInt8(ascii: "\n"))
    output.append(spaces: 2 * open.count)
  }
}
