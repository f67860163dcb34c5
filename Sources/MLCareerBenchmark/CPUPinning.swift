import CPUAffinity

/// Runs work on one CPU, with every process it starts (they inherit the mask), so both sides of
/// an in-process comparison run on the same core. On the 2-core VM the same best-of-20 parse
/// took 60 ms in one process and 81 ms in the next, the peers' likewise, as a process landed
/// on one core or the other.
enum CPUPinning {
  /// Runs `body` on this thread pinned to the CPU it is on now, then restores the mask; runs
  /// it unpinned where the system cannot pin (`nil` for the CPU then).
  static func onCurrentCPU<Result>(_ body: (Int?) -> Result) -> Result {
    let cpu = cpu_affinity_pin_to_current()
    defer { cpu_affinity_restore() }
    return body(cpu >= 0 ? Int(cpu) : nil)
  }
}
