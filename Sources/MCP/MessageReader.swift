#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads newline-delimited messages from a stream, never holding more than `limit` bytes of one
/// line: a longer line is skipped to its end and reported, so no input can exhaust memory.
public struct MessageReader {
  /// What the next line held.
  public enum Line: Equatable, Sendable {
    /// A line's bytes, without its line break (`\n` or `\r\n`).
    case message([UInt8])
    /// A line longer than the limit, skipped; `bytes` is its length.
    case tooLong(bytes: Int)
  }

  /// The most bytes one line may hold.
  public let limit: Int
  /// Whether the stream ended in the middle of a line, which is then dropped.
  public private(set) var endedMidMessage = false
  private let source: (UnsafeMutableRawBufferPointer) -> Int
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var chunkStart = 0
  private var chunkEnd = 0
  private var atEnd = false

  /// A reader calling `read` to fill a buffer; it returns the bytes read, 0 at the end of the
  /// stream (or a negative number on failure, taken as the end).
  public init(limit: Int, read: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
    self.limit = limit
    source = read
  }

  /// A reader of the open file `descriptor`, such as standard input.
  public init(fileDescriptor descriptor: Int32, limit: Int) {
    self.init(limit: limit) { buffer in
      while true {
        let count = read(descriptor, buffer.baseAddress, buffer.count)
        if count >= 0 || errno != EINTR { return count }
      }
    }
  }

  /// The next non-empty line, or `nil` at the end of the stream.
  public mutating func next() -> Line? {
    var line: [UInt8] = []
    var skipped: Int?
    while true {
      if chunkStart == chunkEnd {
        let count = atEnd ? 0 : chunk.withUnsafeMutableBytes { source($0) }
        guard count > 0 else {
          atEnd = true
          endedMidMessage = !line.isEmpty || skipped != nil
          return nil
        }
        (chunkStart, chunkEnd) = (0, count)
      }
      let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: UInt8(ascii: "\n"))
      let piece = chunk[chunkStart..<(newline ?? chunkEnd)]
      chunkStart = newline.map { $0 + 1 } ?? chunkEnd
      if skipped == nil, line.count + piece.count <= limit {
        line.append(contentsOf: piece)
      } else {
        skipped = (skipped ?? line.count) + piece.count
        line = []
      }
      guard newline != nil else { continue }
      if let count = skipped { return .tooLong(bytes: count) }
      if line.last == UInt8(ascii: "\r") { line.removeLast() }
      if !line.isEmpty { return .message(line) }
    }
  }
}
