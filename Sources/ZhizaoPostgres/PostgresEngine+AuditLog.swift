import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

extension PostgresEngine {
    /// Entries matching `query`, newest first.
    public func auditEntries(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await withConnection { connection in try await self.auditEntries(query, on: connection) }
    }

    /// Entries matching `query`, newest first, read on `connection`.
    func auditEntries(_ query: AuditQuery, on connection: PostgresConnection) async throws -> [AuditEntry] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        for (column, comparison, value) in query.filters {
            binds.append(value)
            switch comparison {
            case .atLeast: conditions.append("\(column) >= $\(binds.count)")
            case .equal: conditions.append("\(column) = $\(binds.count)")
            case .equalIgnoringCase: conditions.append("lower(\(column)) = lower($\(binds.count))")
            }
        }
        binds.append(query.boundedLimit)
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let query = PostgresQuery(unsafeSQL: """
            SELECT id, at, actor, address, via, action, recordType, recordId, before, after, note
            FROM audit \(filter) ORDER BY id DESC LIMIT $\(binds.count)
            """, binds: binds)
        var entries: [AuditEntry] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (id, at, actor, address, via, action, recordType, recordId, before, after, note) in rows.decode(
            (Int64, String, String, String?, String, String, String?, String?, String?, String?, String?).self)
        {
            entries.append(
                AuditEntry(
                    id: id, at: at, actor: actor, address: address, via: via, action: action, recordType: recordType,
                    recordId: recordId, before: before, after: after, note: note))
        }
        return entries
    }
}
