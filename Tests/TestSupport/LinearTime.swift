import Foundation

/// Checks that work grows linearly, not quadratically, by comparing two sizes: each size's best
/// time over a few runs, counted in this thread's CPU time, so a loaded machine that takes the
/// CPU away mid-run does not count against it.
package enum LinearTime {
  /// The least CPU time, in seconds, that `body` took over `runs` runs.
  package static func best(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = threadSeconds()
      try body()
      best = min(best, threadSeconds() - start)
    }
    return best
  }

  private static func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
