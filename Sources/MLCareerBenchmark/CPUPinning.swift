import CPUAffinity

/// Runs work on one CPU, with every process it starts (they inherit the mask), so both sides of
/// a comparison run on the same core: on a shared VM the same parse is faster on one core than
/// on the other, so a process that lands on the other core would skew the ratio.
enum CPUPinning {
  /// Runs `body` on this thread pinned to the CPU it is on now, then restores the mask; runs
  /// it unpinned where the system cannot pin (`nil` for the CPU then).
  static func onCurrentCPU<Result>(_ body: (Int?) -> Result) -> Result {
    let cpu = cpu_affinity_pin_to_current()
    defer { cpu_affinity_restore() }
    return body(cpu >= 0 ? Int(cpu) : nil)
  }
}
