import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// The registry page and its download, and the projects a firm invests in, with the SQLite engine's results
/// (AppDatabase+Registry): the same filters, order (NULLs where SQLite puts them, text in byte order) and caps.
extension PostgresEngine {
    public func enterprises(_ query: EnterpriseQuery) async throws -> RegistryPage {
        let offset = min(query.offset, EnterpriseQuery.maximumOffset)
        return try await snapshot { connection in
            let (conditions, binds) = try await self.registryFilter(query, on: connection)
            let (rowsSQL, rowBinds) = Self.registryRows(query, conditions, binds, limit: query.perPage + 1, offset: offset)
            let rows = try await self.enterprises(rowsSQL, rowBinds, on: connection)
            var countBinds = binds
            countBinds.append(RegistryPage.countLimit + 1)
            let matching = try await Self.single(
                Int.self,
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT count(*) FROM (SELECT 1 FROM enterprise e \(Self.whereClause(conditions)) LIMIT $\(countBinds.count)) m",
                        binds: countBinds), logger: self.logger))
            return RegistryPage(
                items: Array(rows.prefix(query.perPage)), query: query, matching: min(matching, RegistryPage.countLimit),
                isCountCapped: matching > RegistryPage.countLimit,
                hasMore: rows.count > query.perPage && offset + query.perPage < EnterpriseQuery.maximumOffset)
        }
    }

    public func enterprises(matching query: EnterpriseQuery, limit: Int) async throws -> [Enterprise] {
        try await withConnection { connection in
            let (conditions, binds) = try await self.registryFilter(query, on: connection)
            let (sql, rowBinds) = Self.registryRows(query, conditions, binds, limit: limit, offset: 0)
            return try await self.enterprises(sql, rowBinds, on: connection)
        }
    }

    /// How many of the first ``earlyFirms`` firms by id may hold a registry query's words for its filter to test
    /// their pairs (through the index of migration v6). Past one in twenty, firms read in order fill the page and
    /// the capped count sooner, and the planner may test the pairs as a filter instead, cutting every matching name
    /// into pairs: a page of `有限公司` sorted by founding year took 6 s that way at 1M firms.
    static let commonMatches = 500

    /// The conditions on `enterprise e` of a registry query, with their values: with the test of pairs when its
    /// words are in fewer than `commonMatches` of the first ``earlyFirms`` firms.
    func registryFilter(
        _ query: EnterpriseQuery, on connection: PostgresConnection, commonMatches: Int = PostgresEngine.commonMatches
    ) async throws -> (conditions: [String], binds: PostgresBindings) {
        guard let text = query.text, let name = Self.nameCondition(text), name.indexed else {
            return Self.registryFilter(query, pairs: false)
        }
        let early = """
            SELECT count(*) FROM (SELECT 1 FROM \(Self.firstFirms(Self.earlyFirms)) WHERE \(name.exact) LIMIT \(commonMatches)) m
            """
        let found = try await Self.single(
            Int.self, try await connection.query(PostgresQuery(unsafeSQL: early, binds: name.binds), logger: logger))
        return Self.registryFilter(query, pairs: found < commonMatches)
    }

    /// The conditions on `enterprise e` of a registry query, with their values; the name's words tested with their
    /// pairs or alone.
    static func registryFilter(_ query: EnterpriseQuery, pairs: Bool) -> (conditions: [String], binds: PostgresBindings) {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let text = query.text, let name = nameCondition(text) {
            conditions.append(pairs ? name.sql : name.exact)
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
        return (conditions, binds)
    }

    /// `WHERE` and `conditions` joined by `AND`, or nothing when there are none.
    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// The registry's rows that `conditions` select (``enterpriseColumns``), `limit` of them from `offset`, in the
    /// query's order: NULLs last as SQLite puts them (PostgreSQL puts them first in descending order), text byte by
    /// byte, then the id. A descending order on a column that may be NULL reads its two parts apart, the firms with a
    /// value down the column's index and those without by id, each stopping at `offset + limit`: in one `ORDER BY
    /// … DESC NULLS LAST` no index serves it, and every matching firm was sorted (2.3 s for a page at 10M firms).
    static func registryRows(
        _ query: EnterpriseQuery, _ conditions: [String], _ filterBinds: PostgresBindings, limit: Int, offset: Int
    ) -> (sql: String, binds: PostgresBindings) {
        var binds = filterBinds
        binds.append(limit)
        binds.append(offset)
        let (limitParameter, offsetParameter) = (binds.count - 1, binds.count)
        let key = query.sort.key
        let column = "e.\(key.column)\(key.isText ? " COLLATE \"C\"" : "")"
        let id = "e.id\(key.idDescending ? " DESC" : "")"
        guard key.descending && key.isOptional else {
            let order = "\(column)\(key.descending ? " DESC" : "")\(key.isOptional ? " NULLS LAST" : ""), \(id)"
            let sql = "SELECT \(enterpriseColumns) FROM enterprise e \(whereClause(conditions)) ORDER BY \(order) LIMIT $\(limitParameter) OFFSET $\(offsetParameter)"
            return (sql, binds)
        }
        func part(_ number: Int, _ condition: String, _ order: String) -> String {
            "(SELECT e.*, \(number) AS part FROM enterprise e \(whereClause(conditions + [condition])) ORDER BY \(order) LIMIT $\(limitParameter) + $\(offsetParameter))"
        }
        let sql = """
            SELECT \(enterpriseColumns) FROM (
                \(part(0, "\(column) IS NOT NULL", "\(column) DESC, \(id)"))
                UNION ALL \(part(1, "\(column) IS NULL", id))) e
            ORDER BY e.part, \(column) DESC, \(id) LIMIT $\(limitParameter) OFFSET $\(offsetParameter)
            """
        return (sql, binds)
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
