import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCopy
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Outside lists of firms to court on PostgreSQL (v5's `targetList` and `outsideFirm`), with the SQLite engine's
/// behaviour (AppDatabase+TargetLists): read by `TargetListTable` before anything is written, stored whole by `COPY`
/// with the audit entry in one transaction, apart from the registry; classified once until the next write.
extension PostgresEngine {
    public func checkTargetList(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, replace: Bool, by actor: Actor
    ) async throws -> TableReading {
        let named = PostgresNamedImport.targetList
        let name = try named.rules.name(name, by: actor)
        if !replace,
            try await withConnection({ connection in try await named.exists(name, connection, logger: self.logger) })
        {
            throw named.rules.existsOnCheck(name)
        }
        return try TargetListTable.read(bytes, file: file, sheet: sheet, list: name).reading
    }

    public func importTargetList(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, source: String?, replace: Bool, by actor: Actor
    ) async throws -> TargetListInfo {
        let named = PostgresNamedImport.targetList
        let name = try named.rules.name(name, by: actor)
        let (firms, reading) = try TargetListTable.read(bytes, file: file, sheet: sheet, list: name)
        let info = TargetListInfo(importing: name, source: source, file: file, bytes: bytes, rows: reading.rows)
        var rows = CopyText()
        for firm in firms {
            let e = firm.enterprise
            rows.addRow(
                name, e.uscc, e.name.zh, e.name.en, firm.origin.province, firm.origin.city, e.industryCode, e.founded,
                e.employees,
                firm.storedRevenue, firm.storedDesignations, e.businessScope, e.synthetic)
        }
        let text = rows.bytes
        try await importTransaction { connection in
            let existed = try await named.clear(name, replace: replace, connection, logger: self.logger)
            try await connection.query(
                """
                INSERT INTO targetList (name, source, file, sha256, importedAt, rowCount)
                VALUES (\(name), \(source), \(file), \(info.sha256), \(info.importedAt), \(info.rows))
                """, logger: self.logger)
            try await self.copy(text, into: "outsidefirm", Self.outsideFirmColumns, connection)
            try await self.appendAudit(
                actor, existed ? "replace" : "import", record: ("targetList", name), note: info.auditNote, connection)
        }
        return info
    }

    /// Every stored target list, by name (byte order, as SQLite's `BINARY`).
    public func targetLists() async throws -> [TargetListInfo] {
        try await withConnection { connection in
            var lists: [TargetListInfo] = []
            let rows = try await connection.query(
                "SELECT name, source, file, sha256, importedAt, rowCount FROM targetList ORDER BY name COLLATE \"C\"",
                logger: self.logger)
            for try await (name, source, file, sha256, importedAt, rowCount) in rows.decode(
                (String, String?, String, String, String, Int).self)
            {
                lists.append(
                    TargetListInfo(
                        name: name, source: source, file: file, sha256: sha256, importedAt: importedAt, rows: rowCount))
            }
            return lists
        }
    }

    /// The firms of the list `name` that are not in the registry, in USCC order; nil when no list has that name.
    public func outsideFirms(list name: String) async throws -> [OutsideFirm]? {
        try await snapshot { connection in try await self.outsideFirms(list: name, on: connection) }
    }

    func outsideFirms(list name: String, on connection: PostgresConnection) async throws -> [OutsideFirm]? {
        guard try await PostgresNamedImport.targetList.exists(name, connection, logger: logger) else { return nil }
        let rows = try await connection.query(
            """
            SELECT uscc, nameZh, nameEn, province, city, industryCode, founded, employees, revenueHistory, designations,
                businessScope, synthetic
            FROM outsideFirm o
            WHERE listName = \(name) AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = o.uscc)
            ORDER BY uscc COLLATE "C"
            """, logger: logger)
        var firms: [OutsideFirm] = []
        for try await row in rows.decode(
            (String, String, String?, String?, String?, String?, Int?, Int?, String, String, String?, Bool).self)
        {
            firms.append(
                OutsideFirm(
                    list: name, uscc: row.0, nameZh: row.1, nameEn: row.2, province: row.3, city: row.4,
                    industryCode: row.5,
                    founded: row.6, employees: row.7, revenueHistory: row.8, designations: row.9, businessScope: row.10,
                    synthetic: row.11))
        }
        return firms
    }

    /// Every stored list's firms with the links the shipped classifier puts them on, by list name, kept until the
    /// next write.
    func classifiedLists() async throws -> [String: [ClassifiedOutsideFirm]] {
        try await kept.classifiedLists.value(self) { connection in
            var names: [String] = []
            for try await name in try await connection.query("SELECT name FROM targetList", logger: self.logger).decode(
                String.self)
            {
                names.append(name)
            }
            var lists: [String: [ClassifiedOutsideFirm]] = [:]
            for name in names {
                lists[name] = try await self.outsideFirms(list: name, on: connection).map {
                    ClassifiedOutsideFirm.classify($0)
                }
            }
            return lists
        }
    }

    /// `outsideFirm`'s columns as `COPY` names them (quoted, so as PostgreSQL folded them).
    static let outsideFirmColumns = [
        "listname", "uscc", "namezh", "nameen", "province", "city", "industrycode", "founded", "employees",
        "revenuehistory",
        "designations", "businessscope", "synthetic",
    ]
}
