import PostgresNIO
import ZhizaoCore

/// Enterprises read as domain values, with their revenue history and designations, on a connection (inside a
/// transaction that reads or writes them, or one of the pool's).
extension PostgresEngine {
    /// The columns ``enterprises(_:_:on:)`` reads, of the table aliased `e`.
    static let enterpriseColumns = """
        e.id, e.uscc, e.slug, e.nameZh, e.nameEn, e.districtId, e.parkId, e.industryCode, e.founded, e.employees,
        e.revenueHistory, e.synthetic, e.sourceId, e.businessScope
        """

    /// The enterprises `sql` selects (``enterpriseColumns``, in order), with their designations, on one of the pool's connections.
    func enterprises(_ sql: String, _ binds: PostgresBindings) async throws -> [Enterprise] {
        try await withConnection { connection in try await self.enterprises(sql, binds, on: connection) }
    }

    /// The enterprises `sql` selects (``enterpriseColumns``, in order) on `connection`, with their designations.
    func enterprises(_ sql: String, _ binds: PostgresBindings, on connection: PostgresConnection) async throws -> [Enterprise] {
        var found: [(id: Int64, enterprise: Enterprise)] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        for try await row in rows.decode(
            (Int64, String?, String?, String, String?, String?, String?, String?, Int?, Int?, String?, Bool, String?, String?).self)
        {
            let enterprise = Enterprise(
                uscc: row.1, slug: row.2, name: LocalizedText(zh: row.3, en: row.4), districtId: row.5, parkId: row.6,
                industryCode: row.7, founded: row.8, employees: row.9, revenue: row.10.flatMap(RevenueHistory.decode) ?? [:],
                synthetic: row.11, sourceId: row.12, businessScope: row.13)
            found.append((row.0, enterprise))
        }
        guard !found.isEmpty else { return [] }
        var designations: [Int64: [Designation]] = [:]
        let ids = found.map(\.id)
        let designationRows = try await connection.query(
            "SELECT enterpriseId, kind, year, level FROM designation WHERE enterpriseId = ANY(\(ids)) ORDER BY kind COLLATE \"C\"",
            logger: logger)
        for try await (id, kind, year, level) in designationRows.decode((Int64, String, Int?, String?).self) {
            guard let kind = DesignationKind(rawValue: kind) else { continue }
            let level = level.flatMap { DesignationLevel(rawValue: $0) }
            designations[id, default: []].append(Designation(kind, year: year, level: level))
        }
        return found.map { id, enterprise in
            var enterprise = enterprise
            enterprise.designations = designations[id] ?? []
            return enterprise
        }
    }

    /// The enterprise with row id `id`, read on `connection`.
    func enterprise(id: Int64, on connection: PostgresConnection) async throws -> Enterprise? {
        var binds = PostgresBindings()
        binds.append(id)
        return try await enterprises("SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE e.id = $1", binds, on: connection).first
    }
}
