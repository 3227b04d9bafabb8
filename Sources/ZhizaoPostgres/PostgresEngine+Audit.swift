import Foundation
import PostgresNIO
import ZhizaoCore

extension PostgresEngine {
    /// Appends an audit entry for `actor` doing `action` to `record`, with the record's row `before` and `after` the
    /// change (``rowJSON(_:id:columns:_:)``) and `note`'s named values as a JSON object (sorted keys, as the SQLite
    /// engine writes them; no note when nil), and records the time of the write in `databaseInfo`.
    func appendAudit(
        _ actor: Actor, _ action: String, record: (type: String, id: String), before: String? = nil, after: String? = nil,
        note values: [String: String]? = nil, _ connection: PostgresConnection
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let note = try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let now = Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        try await connection.query(
            """
            INSERT INTO audit (at, actor, address, via, action, recordType, recordId, before, after, note)
            VALUES (\(now), \(actor.name), \(actor.address), \(actor.via), \(action), \(record.type), \(record.id), \(before),
                \(after), \(note))
            """, logger: logger)
        try await connection.query("UPDATE databaseInfo SET lastWriteAt = \(now) WHERE id = 1", logger: logger)
    }
}
