import CommandLineKit

/// `TOPIC/SECTION` names, where the topic's own title may hold a slash (`AI/ML Across
/// Industries`).
extension Guide {
  /// Splits `argument` into topic and section: the longest part before a slash that names a
  /// topic (`AI/ML Across Industries/healthcare`), else the part before the first slash.
  package func splitTopicPath(_ argument: String) -> (topic: String, section: String?) {
    var slashes = argument.indices.filter { argument[$0] == "/" }
    guard !slashes.isEmpty else { return (argument, nil) }
    if case .found = resolveTopic(argument) { return (argument, nil) }
    slashes.reverse()
    for slash in slashes {
      let topic = String(argument[..<slash])
      if case .found = resolveTopic(topic) {
        let rest = String(argument[argument.index(after: slash)...])
        return (topic, rest.isEmpty ? nil : rest)
      }
    }
    let first = slashes[slashes.count - 1]
    let rest = String(argument[argument.index(after: first)...])
    return (String(argument[..<first]), rest.isEmpty ? nil : rest)
  }
}
