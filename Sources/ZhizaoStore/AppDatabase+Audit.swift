import Foundation
import GRDB
import ZhizaoCore
import ZhizaoStorage

/// The audit log: every write and sign-in, appended in the same transaction as the change it records, so that
/// neither exists without the other. The table's triggers refuse updates and deletes; no method here offers them.
extension AppDatabase {
    /// Entries matching `query`, newest first.
    public func auditEntries(_ query: AuditQuery = AuditQuery()) throws -> [AuditEntry] {
        try writer.read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            for (column, comparison, value) in query.filters {
                switch comparison {
                case .atLeast: conditions.append("\(column) >= ?")
                case .equal: conditions.append("\(column) = ?")
                case .equalIgnoringCase: conditions.append("\(column) = ? COLLATE NOCASE")
                }
                arguments += [value]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [query.boundedLimit]
            return try Row.fetchAll(db, sql: "SELECT * FROM audit \(filter) ORDER BY id DESC LIMIT ?", arguments: arguments).map(Self.auditEntry)
        }
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(
            id: row["id"], at: row["at"], actor: row["actor"], address: row["address"], via: row["via"], action: row["action"],
            recordType: row["recordType"], recordId: row["recordId"], before: row["before"], after: row["after"], note: row["note"])
    }

    /// Appends an entry for `actor` doing `action` to `record` (kind and id).
    static func audit(
        _ actor: Actor, _ action: String, record: (type: String, id: String)? = nil, before: String? = nil, after: String? = nil,
        note: String? = nil, _ db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO audit (at, actor, address, via, action, recordType, recordId, before, after, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [now(), actor.name, actor.address, actor.via, action, record?.type, record?.id, before, after, note])
    }

    /// An entry's note as the log keeps it (``AuditText/note(_:)``).
    static func note(_ values: [String: String]) -> String { AuditText.note(values) }

    /// A value as the log keeps it (``AuditText/json(_:)``).
    static func json(_ value: some Encodable) -> String { AuditText.json(value) }

    /// Now, as the log and the sessions write times (``AuditText/now()``).
    static func now() -> String { AuditText.now() }

    static func time(_ date: Date) -> String { AuditText.time(date) }

    static func date(_ text: String) -> Date { AuditText.date(text) }
}

extension AppDatabase {
    /// A row of `table` with id `id` as a JSON object of its columns, for a log entry's before or after.
    static func rowJSON(_ table: String, id: some DatabaseValueConvertible, _ db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \"\(table)\" WHERE id = ?", arguments: [id]) else { return nil }
        let fields = row.map { column, value -> String in
            let text: String
            switch value.storage {
            case .null: text = "null"
            case .int64(let n): text = String(n)
            case .double(let x): text = x.isFinite ? String(x) : "null"
            case .string(let s): text = JSONText.quoted(s)
            case .blob(let data): text = JSONText.quoted(data.base64EncodedString())
            }
            return JSONText.quoted(column) + ":" + text
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
