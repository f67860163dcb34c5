/// The distinct words of an index being made, each numbered in the order first met: their
/// UTF-8 bytes kept end to end in one array and found again by hash, so that adding a word
/// already there makes no string and no allocation.
struct SearchWordTable: Sendable {
  /// Every word's bytes, one after the other.
  private var bytes: [UInt8] = []
  /// Where each word starts in `bytes`, and where the next would.
  private var starts: [Int] = [0]
  /// Open addressing: each slot is a word's number, or -1.
  private var slots = [Int32](repeating: -1, count: 64)
  private var hashes: [UInt64] = []

  /// How many words there are.
  var count: Int { starts.count - 1 }

  /// The bytes of word `number`.
  func word(_ number: Int) -> ArraySlice<UInt8> {
    bytes[starts[number]..<starts[number + 1]]
  }

  /// The number of `word`, added when it is new.
  mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = SearchCacheKey.hash(UnsafeRawBufferPointer(word), seed: 0)
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while true {
      let found = Int(slots[slot])
      if found < 0 { break }
      if hashes[found] == hash, equals(found, word) { return found }
      slot = (slot + 1) & (slots.count - 1)
    }
    let number = count
    slots[slot] = Int32(number)
    hashes.append(hash)
    bytes.append(contentsOf: word)
    starts.append(bytes.count)
    if 2 * count > slots.count { grow() }
    return number
  }

  /// The numbers of the words, in the order of their bytes.
  func sortedNumbers() -> [Int] {
    (0..<count).sorted { word($0).lexicographicallyPrecedes(word($1)) }
  }

  private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[number]
    guard starts[number + 1] - start == word.count else { return false }
    for index in 0..<word.count where bytes[start + index] != word[index] { return false }
    return true
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: 2 * slots.count)
    for number in 0..<count {
      var slot = Int(truncatingIfNeeded: hashes[number]) & (slots.count - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(number)
    }
  }
}
