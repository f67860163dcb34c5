import CPUAffinity
import Foundation
import Testing

/// The benchmark's pinning puts the calling thread on one CPU and gives it back its mask.
@Suite struct CPUAffinityTests {
  /// The CPUs this thread may run on, as the kernel lists them (`0-1`, `3`).
  static func allowedCPUs() throws -> String {
    let status = try String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8)
    let line = try #require(
      status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") })
    return line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/thread-self/status")))
  func pinsToOneCPUAndRestoresTheMask() throws {
    let before = try Self.allowedCPUs()
    let cpu = cpu_affinity_pin_to_current()
    #expect(cpu >= 0)
    #expect(try Self.allowedCPUs() == String(cpu))
    cpu_affinity_restore()
    #expect(try Self.allowedCPUs() == before)
    // Restoring again, unpinned, changes nothing.
    cpu_affinity_restore()
    #expect(try Self.allowedCPUs() == before)
  }
}
