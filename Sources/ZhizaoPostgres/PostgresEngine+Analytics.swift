import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Chains and the cultivation pipeline on PostgreSQL, with the SQLite engine's results (AppDatabase+Analytics): the
/// scope and the analysis are ``ChainScope``'s; this reads the aggregates by industry class, the designated firms,
/// the named firms and the candidate leaders, in one snapshot.
extension PostgresEngine {
    /// The chain of `clusterId` in its place (a district cluster's district, the whole city for a city cluster), or in
    /// `placeId` when given; nil when the cluster is unknown or no template covers it.
    public func chainAnalysis(clusterId: String, placeId: String?) async throws -> ChainAnalysis? {
        try await chainAnalysis(clusterId: clusterId, placeId: placeId, templates: .shipped, cells: nil)
    }

    /// The same with `templates`, and the class counts taken from `cells` when given (the registry counted once and
    /// kept until the next write) instead of counted by a query.
    func chainAnalysis(clusterId: String, placeId: String?, templates: ChainTemplates, cells: RegistryCells?) async throws -> ChainAnalysis? {
        try await snapshot { connection in
            guard
                let scope = try ChainScope(
                    clusterId: clusterId, placeId: placeId, clusters: try await self.clusters(on: connection),
                    places: try await self.places(on: connection), projects: try await self.projects(on: connection), templates: templates)
            else { return nil }
            return try await self.chainAnalysis(scope, cells: cells, on: connection)
        }
    }

    /// The analysis of `scope`, whose records the caller read (the benchmark's database holds no programme).
    public func chainAnalysis(_ scope: ChainScope) async throws -> ChainAnalysis {
        try await snapshot { connection in try await self.chainAnalysis(scope, cells: nil, on: connection) }
    }

    func chainAnalysis(_ scope: ChainScope, cells: RegistryCells?, on connection: PostgresConnection) async throws -> ChainAnalysis {
        var stats: [String: ClassStats]
        if let cells {
            stats = cells.classStats(scope.classes, district: scope.place)
        } else {
            stats = try await classStats(classes: scope.classes, placeId: scope.place, on: connection)
        }
        for (code, designated) in try await designatedFirms(on: connection).byClass(scope.classes, district: scope.place) {
            stats[code, default: ClassStats()].designated = designated
        }
        return scope.analysis(
            classStats: stats, named: try await namedEnterprises(on: connection),
            leaders: try await chainLeaders(classes: scope.classes, placeId: scope.place, on: connection))
    }

    /// Firms and revenue by industry class among `classes`, in district `placeId` or everywhere.
    func classStats(classes: [String], placeId: String?, on connection: PostgresConnection) async throws -> [String: ClassStats] {
        var stats: [String: ClassStats] = [:]
        let rows = try await connection.query(
            """
            SELECT industryCode, count(*), coalesce(sum(revenueCNY), 0) FROM enterprise
            WHERE industryCode = ANY(\(classes)) AND (\(placeId)::text IS NULL OR districtId = \(placeId))
            GROUP BY industryCode
            """, logger: logger)
        for try await (code, firms, revenue) in rows.decode((String, Int, Double).self) {
            stats[code] = ClassStats(firms: firms, revenue: revenue)
        }
        return stats
    }

    /// The designated firms by district and class as of the snapshot on `connection`: the kept ones, or one pass over
    /// the designations after a write.
    func designatedFirms(on connection: PostgresConnection) async throws -> DesignatedFirms {
        try await kept.designatedFirms.value(self, on: connection) { connection in
            let rows = try await connection.query(
                """
                SELECT e.districtId, e.industryCode, count(*) FROM enterprise e
                WHERE e.industryCode IS NOT NULL
                    AND e.id IN (SELECT enterpriseId FROM designation WHERE kind = ANY(\(ChainScope.designatedKinds)))
                GROUP BY e.districtId, e.industryCode
                """, logger: self.logger)
            var firms = DesignatedFirms()
            for try await (district, code, count) in rows.decode((String?, String, Int).self) {
                firms.add(count, district: district, industryCode: code)
            }
            return firms
        }
    }

    /// Candidate chain leaders (链主) on `classes` in `placeId`: the designated chain leaders (by id), then the largest
    /// firms by revenue, ``ChainScope/leaderCount`` of each (``ChainScope`` keeps each firm once). Both read through
    /// indexes and stop at the count: the chain leaders in id order from the designations, the largest as the top few
    /// of each class walked down the `(industryCode, revenueCNY)` index.
    func chainLeaders(classes: [String], placeId: String?, on connection: PostgresConnection) async throws -> [Enterprise] {
        var binds = PostgresBindings()
        binds.append(classes)
        binds.append(placeId)
        binds.append(ChainScope.leaderCount)
        let designated = try await enterprises(
            """
            SELECT \(Self.enterpriseColumns) FROM designation d JOIN enterprise e ON e.id = d.enterpriseId
            WHERE d.kind = 'chain-leader' AND e.industryCode = ANY($1) AND ($2::text IS NULL OR e.districtId = $2)
            ORDER BY d.enterpriseId LIMIT $3
            """, binds, on: connection)
        var largest = try await enterprises(
            """
            SELECT \(Self.enterpriseColumns) FROM unnest($1::text[]) AS class(code) CROSS JOIN LATERAL (
                SELECT * FROM enterprise x
                WHERE x.industryCode = class.code AND x.revenueCNY IS NOT NULL AND ($2::text IS NULL OR x.districtId = $2)
                ORDER BY x.revenueCNY DESC, x.id LIMIT $3) e
            ORDER BY e.revenueCNY DESC, e.id LIMIT $3
            """, binds, on: connection)
        if largest.count < ChainScope.leaderCount {
            // Fewer firms report revenue than leaders are wanted: the rest come from those that report none.
            largest = try await enterprises(
                """
                SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE e.industryCode = ANY($1) AND ($2::text IS NULL OR e.districtId = $2)
                ORDER BY e.revenueCNY DESC NULLS LAST, e.id LIMIT $3
                """, binds, on: connection)
        }
        return designated + largest
    }

    /// The firms the registry holds without a USCC (a dataset's named firms, known by slug).
    public func namedEnterprises() async throws -> [Enterprise] {
        try await withConnection { connection in try await self.namedEnterprises(on: connection) }
    }

    func namedEnterprises(on connection: PostgresConnection) async throws -> [Enterprise] {
        try await enterprises(
            "SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE e.uscc IS NULL ORDER BY e.id", PostgresBindings(), on: connection)
    }

    /// Firms below the 规上 line projected to cross it next year, furthest over first: the projection index's range,
    /// with the rule applied again to each firm (``CultivationPipeline/candidates(_:line:limit:)``).
    public func upgradeCandidates(limit: Int) async throws -> [CultivationPipeline.Candidate] {
        let line = CultivationPipeline.aboveScaleLine
        return try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT uscc, slug, nameZh, nameEn, districtId, revenueHistory FROM enterprise
                WHERE revenueProjectedCNY >= \(line) AND revenueCNY < \(line)
                ORDER BY revenueProjectedCNY DESC LIMIT \(limit)
                """, logger: self.logger)
            var firms: [Enterprise] = []
            for try await (uscc, slug, nameZh, nameEn, district, history) in rows.decode(
                (String?, String?, String, String?, String?, String?).self)
            {
                guard let revenue = history.flatMap(RevenueHistory.decode) else { continue }
                firms.append(
                    Enterprise(uscc: uscc, slug: slug, name: LocalizedText(zh: nameZh, en: nameEn), districtId: district, revenue: revenue))
            }
            return CultivationPipeline.candidates(firms, line: line, limit: limit)
        }
    }

    /// How many firms are above the 规上 line by their latest revenue.
    public func aboveScaleCount() async throws -> Int {
        try await count("SELECT count(*) FROM enterprise WHERE revenueCNY >= \(CultivationPipeline.aboveScaleLine)")
    }

    /// How many firms below the line are projected to cross it next year (the 小升规 candidates, all of them).
    public func upgradeCandidateCount() async throws -> Int {
        let line = CultivationPipeline.aboveScaleLine
        return try await count("SELECT count(*) FROM enterprise WHERE revenueProjectedCNY >= \(line) AND revenueCNY < \(line)")
    }

    private func count(_ query: PostgresQuery) async throws -> Int {
        try await withConnection { connection in
            try await Self.single(Int.self, try await connection.query(query, logger: self.logger))
        }
    }
}
