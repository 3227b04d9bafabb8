import ZhizaoCore

/// An edit made on a version of a record that has changed since: nothing was written. Carries the current
/// version and the logged changes made after the one the edit started from.
public struct StaleEditError: Error, Sendable {
    public var recordType: String
    public var recordId: String
    public var expected: Int
    public var current: Int
    public var changes: [AuditEntry]

    public init(recordType: String, recordId: String, expected: Int, current: Int, changes: [AuditEntry]) {
        self.recordType = recordType
        self.recordId = recordId
        self.expected = expected
        self.current = current
        self.changes = changes
    }
}
