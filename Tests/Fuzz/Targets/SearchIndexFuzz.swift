@testable import MLCareerCore

/// libFuzzer target: the search word index reader and the plans made from it. Whatever the
/// bytes, reading and planning never crash, and every entry a plan asks to read lies inside its
/// topic. The input's own identity (after the magic line) is the one it is read with, so the
/// fuzzer reaches the tables.
@_cdecl("LLVMFuzzerTestOneInput")
public func searchIndexFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  SearchIndexFuzzCheck.check(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// The check of one input, shared with the test that replays the kept inputs.
enum SearchIndexFuzzCheck {
  /// Query words looked up: ASCII, a prefix, a digit, and a word of two-byte UTF-8.
  static let parts: [[UInt8]] = ["a", "dr", "drift", "1", "é"].map { Array($0.utf8) }

  static func check(_ bytes: [UInt8]) {
    guard let index = SearchTokenIndex(bytes: bytes, identity: identity(in: bytes)) else { return }
    for number in 0..<min(index.entryCount, 4096) { _ = index.entry(number) }
    let guideNumbers = index.topics.indices.map { Optional($0) }
    for (number, part) in parts.enumerated() {
      var ranked = SearchIndexPlan(limit: number == 0 ? nil : number)
      var found = SearchIndexPlan(limit: 2)
      let plans = [
        ranked.rank(part, in: index, pack: 0, guideNumbers: guideNumbers, topic: nil)
          ? ranked.takeNeeds() : [:],
        found.find(
          [part, parts[(number + 1) % parts.count]], in: index, pack: 0,
          guideNumbers: guideNumbers, topic: index.topics.first?.id)
          ? found.takeNeeds() : [:],
      ]
      for needs in plans.flatMap(\.values) {
        let topic = index.topics[needs.topic]
        guard needs.entries.allSatisfy({ $0.entry < topic.entryCount }) else {
          fatalError("a plan reads an entry past its topic")
        }
      }
    }
  }

  /// The identity string the file names, or "" when it names none.
  static func identity(in bytes: [UInt8]) -> String {
    let start = SearchTokenIndex.magic.count
    guard bytes.count >= start + 4 else { return "" }
    let length = bytes[start..<start + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard bytes.count >= start + 4 + length else { return "" }
    return String(decoding: bytes[(start + 4)..<(start + 4 + length)], as: UTF8.self)
  }
}
