import CommandLineKit

/// `TOPIC/SECTION` names, where the topic's own title may hold a slash (`AI/ML Across
/// Industries`).
extension Guide {
  /// Splits `argument` into the topic a person names and the section, if any: the whole
  /// argument when it names a topic, else the longest part before a slash that does, the rest
  /// being the section (`AI/ML Across Industries/healthcare`); when no part names a topic, the
  /// part before the first slash, so the error names what was typed. A trailing slash names
  /// the whole topic.
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
