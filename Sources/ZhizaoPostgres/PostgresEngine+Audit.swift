import Foundation
import PostgresNIO
import ZhizaoCore

extension PostgresEngine {
    /// Appends an audit entry for `actor` doing `action` to `record`, with `note`'s named values as a JSON object
    /// (sorted keys, as the SQLite engine writes them), and records the time of the write in `databaseInfo`.
    func appendAudit(
        _ actor: Actor, _ action: String, record: (type: String, id: String), note values: [String: String],
        _ connection: PostgresConnection
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let note = String(decoding: try encoder.encode(values), as: UTF8.self)
        let now = Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        try await connection.query(
            """
            INSERT INTO audit (at, actor, address, via, action, recordType, recordId, note)
            VALUES (\(now), \(actor.name), \(actor.address), \(actor.via), \(action), \(record.type), \(record.id), \(note))
            """, logger: logger)
        try await connection.query("UPDATE databaseInfo SET lastWriteAt = \(now) WHERE id = 1", logger: logger)
    }
}
