import Testing

@testable import GuideModel
@testable import MLCareerCore

/// Looking topics up by exact id, which tests of fixed fixtures do and commands never do.
extension Guide {
  /// The topic with the id `id`, parsed.
  func topic(_ id: String) throws -> Topic {
    try topic(try #require(topics.first { $0.id == id }, "no topic '\(id)'"))
  }
}
