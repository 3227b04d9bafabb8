import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// The registry page and its download, and the projects a firm invests in, with the SQLite engine's results
/// (AppDatabase+Registry): the same filters, order (NULLs where SQLite puts them, text in byte order) and caps.
extension PostgresEngine {
    public func enterprises(_ query: EnterpriseQuery) async throws -> RegistryPage {
        let (filter, binds, order) = Self.registrySQL(query)
        let offset = min(query.offset, EnterpriseQuery.maximumOffset)
        return try await snapshot { connection in
            var pageBinds = binds
            pageBinds.append(query.perPage + 1)
            pageBinds.append(offset)
            let rows = try await self.enterprises(
                "SELECT \(Self.enterpriseColumns) FROM enterprise e \(filter) ORDER BY \(order) LIMIT $\(pageBinds.count - 1) OFFSET $\(pageBinds.count)",
                pageBinds, on: connection)
            var countBinds = binds
            countBinds.append(RegistryPage.countLimit + 1)
            let matching = try await Self.single(
                Int.self,
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT count(*) FROM (SELECT 1 FROM enterprise e \(filter) LIMIT $\(countBinds.count)) m",
                        binds: countBinds), logger: self.logger))
            return RegistryPage(
                items: Array(rows.prefix(query.perPage)), query: query, matching: min(matching, RegistryPage.countLimit),
                isCountCapped: matching > RegistryPage.countLimit,
                hasMore: rows.count > query.perPage && offset + query.perPage < EnterpriseQuery.maximumOffset)
        }
    }

    public func enterprises(matching query: EnterpriseQuery, limit: Int) async throws -> [Enterprise] {
        let (filter, filterBinds, order) = Self.registrySQL(query)
        var binds = filterBinds
        binds.append(limit)
        return try await enterprises(
            "SELECT \(Self.enterpriseColumns) FROM enterprise e \(filter) ORDER BY \(order) LIMIT $\(binds.count)", binds)
    }

    /// The `WHERE` clause with its values and the `ORDER BY` terms of a registry query over `enterprise e`.
    static func registrySQL(_ query: EnterpriseQuery) -> (filter: String, binds: PostgresBindings, order: String) {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let text = query.text, let name = nameCondition(text) {
            conditions.append(name.sql)
            binds = name.binds
        }
        if let district = query.districtId {
            binds.append(district)
            conditions.append("e.districtId = $\(binds.count)")
        }
        if let park = query.parkId {
            binds.append(park)
            conditions.append("e.parkId = $\(binds.count)")
        }
        if let code = query.industryCode, !code.isEmpty {
            // Codes nest by prefix: "36" holds "361" and "3612".
            binds.append(code)
            conditions.append("starts_with(e.industryCode, $\(binds.count))")
        }
        if let designation = query.designation {
            binds.append(designation.rawValue)
            conditions.append("e.id IN (SELECT enterpriseId FROM designation WHERE kind = $\(binds.count))")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // NULLs last as SQLite puts them in descending order (PostgreSQL puts them first there), text byte by byte.
        let key = query.sort.key
        let order = "e.\(key.column)\(key.isText ? " COLLATE \"C\"" : "")\(key.descending ? " DESC" : "")"
            + "\(key.isOptional ? " NULLS LAST" : ""), e.id\(key.idDescending ? " DESC" : "")"
        return (filter, binds, order)
    }

    /// Projects that list the enterprise (by USCC, else slug) among their investors, in the order they were added.
    public func projects(investor ref: String) async throws -> [Project] {
        try await snapshot { connection in
            let rows = try await connection.query(
                """
                SELECT p.id FROM project p JOIN projectInvestor i ON i.projectId = p.id
                WHERE i.enterpriseId = (SELECT id FROM enterprise WHERE uscc = \(ref) UNION ALL
                    SELECT id FROM enterprise WHERE slug = \(ref) LIMIT 1)
                ORDER BY p.rowid
                """, logger: self.logger)
            var ids: [String] = []
            for try await id in rows.decode(String.self) { ids.append(id) }
            guard !ids.isEmpty else { return [] }
            let byId = Dictionary(try await self.projects(on: connection).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return ids.compactMap { byId[$0] }
        }
    }
}
