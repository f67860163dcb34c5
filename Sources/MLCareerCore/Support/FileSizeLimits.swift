/// The largest files mlcareer reads from outside its binary, so a huge or sparse file is
/// refused with a clear error instead of filling memory.
package enum FileSizeLimits {
  /// The progress file: 1 MiB, far above the few kilobytes the checklist's marks take.
  package static let progressFile = 1 << 20
  /// One file of a content pack (a topic, salaries, skills): 4 MiB.
  package static let packFile = 4 << 20

  /// `1 MiB`, `4 MiB`, `512 KiB` or `N bytes`: a limit as the error messages show it.
  package static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
