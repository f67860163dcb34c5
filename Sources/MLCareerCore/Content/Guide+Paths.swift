/// `TOPIC/SECTION` names, where the topic's own title may hold a slash (`AI/ML Across
/// Industries`).
extension Guide {
  /// Splits `argument` into topic and section: the longest part before a slash that names a
  /// topic (`AI/ML Across Industries/healthcare`), else the part before the first slash.
  package func splitTopicPath(_ argument: String) -> (topic: String, section: String?) {
    let slashes = argument.indices.filter { argument[$0] == "/" }
    guard let first = slashes.first else { return (argument, nil) }
    if resolveTopic(argument).model != nil { return (argument, nil) }
    // Searched from the last slash, so the longest topic name wins.
    let slash = slashes.last { resolveTopic(String(argument[..<$0])).model != nil } ?? first
    let rest = String(argument[argument.index(after: slash)...])
    return (String(argument[..<slash]), rest.isEmpty ? nil : rest)
  }
}
