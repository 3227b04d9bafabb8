import Foundation
import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

extension PostgresEngine {
    /// Appends an audit entry for `actor` doing `action` to `record`, with the record `before` and `after` the change
    /// and `note`'s named values (``AuditText``, as the SQLite engine writes them), and records the time of the
    /// write in `databaseInfo`.
    func appendAudit(
        _ actor: Actor, _ action: String, record: (type: String, id: String), before: String? = nil, after: String? = nil,
        note values: [String: String]? = nil, _ connection: PostgresConnection
    ) async throws {
        let note = values.map(AuditText.note)
        let now = AuditText.now()
        try await connection.query(
            """
            INSERT INTO audit (at, actor, address, via, action, recordType, recordId, before, after, note)
            VALUES (\(now), \(actor.name), \(actor.address), \(actor.via), \(action), \(record.type), \(record.id),
                \(before), \(after), \(note))
            """, logger: logger)
        try await recordWrite(at: now, connection)
    }

    /// Records the time of a write in `databaseInfo` inside the write's transaction: what SQLite's write clock does
    /// on each commit, and what moves the stamp of the values kept until the next write (``KeptUntilNextWrite``).
    func recordWrite(at now: String = AuditText.now(), _ connection: PostgresConnection) async throws {
        try await connection.query("UPDATE databaseInfo SET lastWriteAt = \(now) WHERE id = 1", logger: logger)
    }
}
