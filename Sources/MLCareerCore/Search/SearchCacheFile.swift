/// The search entries of one pack's topics as kept on disk between runs: a header naming the
/// binary that wrote it, then one block a topic, found by a key made from the topic's id and
/// the text of its file, so a block is used only for exactly the text it was made from.
///
/// Layout, numbers little-endian: the magic line, the binary's identity (a length and UTF-8
/// bytes), then blocks of `key: UInt64`, `checksum: UInt64`, `length: UInt32` and `length`
/// payload bytes. A payload is a table of strings (each a `UInt32` length and UTF-8 bytes)
/// and the entries, each a field byte, six `UInt32`s (label length and the table numbers of
/// topic, section + 1, section id + 1, context and command + 1, 0 standing for none) and two
/// strings, text and keywords. The strings entries share with others of their section (topic,
/// section, context, command) are stored once, in the table.
///
/// Reading trusts nothing: a wrong magic or identity, a length past the end, a checksum that
/// does not match, bytes that are not UTF-8 or hold control characters, or a number outside
/// the table makes the file or the block unusable, and the topic is parsed again.
struct SearchCacheFile: Sendable {
  static let magic = Array("mlcareer search cache 1\n".utf8)

  /// The file's bytes.
  let bytes: [UInt8]
  /// Where each topic's payload lies in `bytes`, by key, with its checksum.
  let blocks: [UInt64: (payload: Range<Int>, checksum: UInt64)]

  /// The blocks of `bytes`, or `nil` when they are not a cache file of the binary `identity`.
  init?(bytes: [UInt8], identity: String) {
    let blocks = bytes.withUnsafeBufferPointer { all -> [UInt64: (Range<Int>, UInt64)]? in
      var reader = ByteReader(all)
      guard reader.take(Self.magic.count).map(Array.init) == Self.magic,
        reader.string() == identity
      else { return nil }
      var blocks: [UInt64: (payload: Range<Int>, checksum: UInt64)] = [:]
      while !reader.isAtEnd {
        guard let key = reader.uint64(), let checksum = reader.uint64(),
          let length = reader.uint32()
        else { return nil }
        let start = reader.position
        guard reader.take(Int(length)) != nil else { return nil }
        blocks[key] = (start..<reader.position, checksum)
      }
      return blocks
    }
    guard let blocks else { return nil }
    self.bytes = bytes
    self.blocks = blocks
  }

  /// A cached entry as `decode` reads it, before any string of its own is made.
  struct EntryBytes {
    /// The UTF-8 bytes of its text and keywords, not yet checked.
    let text: UnsafeBufferPointer<UInt8>
    let keywords: UnsafeBufferPointer<UInt8>
    let topic: String
    let context: String
    let field: SearchEntry.Field
    let labelLength: Int

    /// Its text and keywords as strings, checked as `decode` checks the entries it makes, or
    /// `nil` when they are not UTF-8 safe to show (then `decode` refuses the block).
    func strings() -> (text: String, keywords: String)? {
      guard let text = ByteReader.string(text), let keywords = ByteReader.string(keywords) else {
        return nil
      }
      return (text, keywords)
    }
  }

  /// What `decode` does with one cached entry.
  enum Choice {
    /// Leave it out.
    case skip
    /// Leave it out, but count it among the entries returned.
    case count
    /// Make it into an entry.
    case make
  }

  /// The entries kept for `key`, or `nil` when there are none or they are damaged.
  func entries(for key: UInt64) -> [SearchEntry]? {
    entries(for: key, choosing: nil)?.entries
  }

  /// The entries kept for `key` that `choosing` makes, with how many it counted, or `nil` when
  /// there are none or they are damaged. The others are skipped or counted without making a
  /// string.
  func entries(for key: UInt64, choosing: ((EntryBytes) -> Choice)?)
    -> (entries: [SearchEntry], counted: Int)?
  {
    guard let block = blocks[key] else { return nil }
    let payload = bytes[block.payload]
    guard SearchCacheKey.hash(payload) == block.checksum else { return nil }
    return Self.decode(payload, choosing: choosing)
  }

  /// The raw block for `key` (header and payload), to copy into a new file unchanged.
  func rawBlock(for key: UInt64) -> ArraySlice<UInt8>? {
    guard let block = blocks[key] else { return nil }
    return bytes[(block.payload.lowerBound - 20)..<block.payload.upperBound]
  }

  /// The key at the head of `block` (see `block(key:entries:)`), or `nil` when it is too short.
  static func key(ofBlock block: ArraySlice<UInt8>) -> UInt64? {
    guard block.count >= 20 else { return nil }
    return block.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
  }

  /// The header that starts every file for the binary `identity`.
  static func header(identity: String) -> [UInt8] {
    var writer = ByteWriter()
    writer.bytes += magic
    writer.string(identity)
    return writer.bytes
  }

  /// One topic's block: its key, then its entries.
  static func block(key: UInt64, entries: [SearchEntry]) -> [UInt8] {
    var table: [String: UInt32] = [:]
    var strings = ByteWriter()
    var count: UInt32 = 0
    // Entries of one section repeat their strings: the last one asked for is answered first.
    var last: (string: String, number: UInt32)?
    func number(_ string: String) -> UInt32 {
      if let last, last.string == string { return last.number }
      let found = table[string]
      let number = found ?? count
      if found == nil {
        table[string] = count
        strings.string(string)
        count += 1
      }
      last = (string, number)
      return number
    }
    var body = ByteWriter()
    body.uint32(UInt32(entries.count))
    for entry in entries {
      body.bytes.append(UInt8(entry.field.rawValue))
      body.uint32(UInt32(clamping: entry.labelLength))
      body.uint32(number(entry.topic))
      body.uint32(entry.section.map { number($0) + 1 } ?? 0)
      body.uint32(entry.sectionID.map { number($0) + 1 } ?? 0)
      body.uint32(number(entry.context))
      body.uint32(entry.command.map { number($0) + 1 } ?? 0)
      body.string(entry.text)
      body.string(entry.keywords)
    }
    var block = ByteWriter()
    block.bytes.reserveCapacity(24 + strings.bytes.count + body.bytes.count)
    block.uint64(key)
    block.uint64(0)  // the checksum, once the payload is there
    block.uint32(UInt32(4 + strings.bytes.count + body.bytes.count))
    block.uint32(count)
    block.bytes += strings.bytes
    block.bytes += body.bytes
    let checksum = SearchCacheKey.hash(block.bytes[20...])
    withUnsafeBytes(of: checksum.littleEndian) { block.bytes.replaceSubrange(8..<16, with: $0) }
    return block.bytes
  }

  /// The entries of a payload, or `nil` when it is damaged.
  static func decode(_ payload: ArraySlice<UInt8>) -> [SearchEntry]? {
    decode(payload, choosing: nil)?.entries
  }

  /// The entries of a payload that `choosing` makes, with how many it counted, or `nil` when
  /// the payload is damaged.
  static func decode(_ payload: ArraySlice<UInt8>, choosing: ((EntryBytes) -> Choice)?)
    -> (entries: [SearchEntry], counted: Int)?
  {
    // Read through a pointer: slices of the file's array would retain and release it at every
    // field, from every thread at once.
    payload.withUnsafeBufferPointer { decode($0, choosing: choosing) }
  }

  private static func decode(
    _ payload: UnsafeBufferPointer<UInt8>, choosing: ((EntryBytes) -> Choice)?
  ) -> (entries: [SearchEntry], counted: Int)? {
    var reader = ByteReader(payload)
    guard let count = reader.uint32(), Int(count) <= payload.count else { return nil }
    var table: [String] = []
    table.reserveCapacity(Int(count))
    for _ in 0..<count {
      guard let string = reader.string() else { return nil }
      table.append(string)
    }
    guard let entryCount = reader.uint32(), Int(entryCount) * 33 <= payload.count else {
      return nil
    }
    var entries: [SearchEntry] = []
    var counted = 0
    func string(_ number: UInt32?) -> String? {
      guard let number, Int(number) < table.count else { return nil }
      return table[Int(number)]
    }
    func optional(_ number: UInt32?) -> String?? {
      guard let number else { return nil }
      return number == 0 ? .some(nil) : string(number - 1).map { .some($0) }
    }
    for _ in 0..<entryCount {
      guard let fieldByte = reader.byte(), let field = SearchEntry.Field(rawValue: Int(fieldByte)),
        let label = reader.uint32(), let topic = reader.uint32(), let section = reader.uint32(),
        let sectionID = reader.uint32(), let context = string(reader.uint32()),
        let command = reader.uint32(), let textBytes = reader.lengthPrefixed(),
        let keywordBytes = reader.lengthPrefixed(), let topicName = string(topic),
        // Optional strings are 0 for none, else their number + 1: checked now, looked up when made.
        Int(section) <= table.count, Int(sectionID) <= table.count, Int(command) <= table.count
      else { return nil }
      if let choosing {
        let choice = choosing(
          EntryBytes(
            text: textBytes, keywords: keywordBytes, topic: topicName, context: context,
            field: field, labelLength: Int(label)))
        if choice == .count { counted += 1 }
        if choice != .make { continue }
      }
      guard let section = optional(section), let sectionID = optional(sectionID),
        let command = optional(command), let text = ByteReader.string(textBytes),
        let keywords = ByteReader.string(keywordBytes)
      else { return nil }
      entries.append(
        SearchEntry(
          topic: topicName, section: section, sectionID: sectionID, text: text, field: field,
          labelLength: Int(label), keywords: keywords, context: context, command: command))
    }
    return reader.isAtEnd ? (entries, counted) : nil
  }
}
