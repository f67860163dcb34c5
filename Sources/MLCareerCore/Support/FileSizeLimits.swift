/// The largest files mlcareer reads from outside its binary, so a huge or sparse file is
/// refused with a clear error instead of filling memory.
package enum FileSizeLimits {
  /// The progress file: 1 MiB, far above the few kilobytes the checklist's marks take.
  package static let progressFile = 1 << 20
  /// One file of a content pack (a topic, salaries, skills): 4 MiB.
  package static let packFile = 4 << 20

  /// `1 MiB`, `4 MiB`: a limit (each above is a whole number of MiB) as the error messages
  /// show it.
  package static func describe(_ bytes: Int) -> String { "\(bytes >> 20) MiB" }
}
