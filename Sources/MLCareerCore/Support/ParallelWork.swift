import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work split over the machine's cores: independent pieces run at once, and their results come
/// back in the order of the pieces, so the answer is the same as one thread would give.
enum ParallelWork {
  /// How many items make it worth starting threads: the built-in guide's fifteen topics are
  /// worked through faster on one than the threads take to start.
  static let itemsForThreads = 64

  /// `work` of `0..<count` cut into runs in order, each run a range and a number (`0…`): one
  /// run on the calling thread below `itemsForThreads` items or on one core, else four runs a
  /// core, run at once on up to as many threads as there are cores. The results come back in
  /// the order of the runs.
  static func map<Result: Sendable>(
    runsOf count: Int, _ work: @Sendable (_ run: Int, _ range: Range<Int>) -> Result
  ) -> [Result] {
    // The cores are counted (a file read) only when there are enough items.
    let cores = count >= itemsForThreads ? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) : 1
    let runs = cores > 1 ? min(count, 4 * cores) : 1
    let range = { @Sendable (run: Int) in (count * run / runs)..<(count * (run + 1) / runs) }
    guard runs > 1 else { return [work(0, range(0))] }
    return [Result](unsafeUninitializedCapacity: runs) { slots, initialized in
      // Each slot is written once, by the thread that ran its run, and the array is read only
      // once every run has finished (`concurrentPerform` returns then), so none is shared.
      nonisolated(unsafe) let base = slots.baseAddress!
      DispatchQueue.concurrentPerform(iterations: runs) { run in
        (base + run).initialize(to: work(run, range(run)))
      }
      initialized = runs
    }
  }
}
