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
            func add(_ condition: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                conditions.append(condition)
                arguments += [value]
            }
            add("at >= ?", query.since)
            add("actor = ? COLLATE NOCASE", query.actor)
            add("action = ?", query.action)
            add("recordType = ?", query.recordType)
            add("recordId = ?", query.recordId)
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [max(1, min(query.limit, 10_000))]
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

    /// An entry's note as the log keeps it: named values as a JSON object (`{"rows":"2000","inserted":"12"}`), so
    /// that pages say them in their own language; the names are `AuditEntry.noteKeys`.
    static func note(_ values: [String: String]) -> String { json(values) }

    /// A value as the log keeps it: JSON with sorted keys.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// Now, as the log and the sessions write times: ISO 8601 in UTC to the millisecond, which sorts as text.
    static func now() -> String { time(Date()) }

    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func date(_ text: String) -> Date {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
    }
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
