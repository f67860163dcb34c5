import JSON

/// Where `validate` keeps the problems of the records a loader leaves out to go on with the
/// next one, so every problem of a file is reported at once. Without a sink a loader stops at
/// the first problem and the whole file is left out, as every other command wants.
package final class ProblemSink {
  /// The problems kept, in the order found.
  package private(set) var errors: [ContentError] = []

  package init() {}

  package func add(_ error: ContentError) {
    errors.append(error)
  }
}

extension Optional where Wrapped == ProblemSink {
  /// Keeps `error` in the sink to go on, or throws it when there is no sink.
  package func keep(_ error: JSONError) throws(JSONError) {
    guard let sink = self else { throw error }
    sink.add(.json(error))
  }

  /// What `read` makes of each of `values`, in order: a value it throws for is left out, its
  /// error kept in the sink to go on with the next, or thrown when there is no sink.
  package func records<Record>(
    of values: [JSONValue], _ read: (JSONValue) throws(JSONError) -> Record
  ) throws(JSONError) -> [Record] {
    var records: [Record] = []
    for value in values {
      do throws(JSONError) { records.append(try read(value)) } catch { try keep(error) }
    }
    return records
  }
}
