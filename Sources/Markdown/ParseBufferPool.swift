#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The storage a parse needs only while it runs: the block parser's nodes and text lines,
/// which grow with the document.
struct ParseBuffers {
  var nodes: [BlockNode] = []
  var lines: [ContentLine] = []
}

/// Keeps the storage of finished parses for the next ones. Freed, those megabytes of a large
/// document go back to the system, and the next parse faults every page of them in again;
/// kept, a process that parses many documents (search does, on every core) reuses them.
/// Holds at most one set for each parse that has run at once.
final class ParseBufferPool: @unchecked Sendable {
  static let shared = ParseBufferPool()

  private let lock: UnsafeMutablePointer<pthread_mutex_t>
  /// Guarded by `lock`.
  private var idle: [ParseBuffers] = []

  private init() {
    lock = .allocate(capacity: 1)
    lock.initialize(to: pthread_mutex_t())
    pthread_mutex_init(lock, nil)
  }

  /// Buffers an earlier parse left, to be emptied by the taker (by then it holds the only
  /// reference, so emptying keeps their storage), or new ones.
  func take() -> ParseBuffers {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return idle.popLast() ?? ParseBuffers()
  }

  func give(_ buffers: ParseBuffers) {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    idle.append(buffers)
  }
}
