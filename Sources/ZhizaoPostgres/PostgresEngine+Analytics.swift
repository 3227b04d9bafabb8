import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore

/// The registry reads `zhizao analyze` needs, with the SQLite engine's results (AppDatabase+Analytics): aggregates
/// by industry class for a chain, its candidate leaders, the named firms, and the pipeline's two counts.
///
/// The programme's own records (clusters, projects, places) are not stored here yet (issue 13's later items), so
/// ``chainAnalysis(cluster:places:projects:templates:)`` takes them from the caller.
extension PostgresEngine {
    /// The chain of `cluster` in its place (a district cluster's district, the whole city for a city cluster),
    /// or in `placeId` when given; nil when no chain template covers the cluster.
    public func chainAnalysis(
        cluster: Cluster, placeId: String? = nil, places: [Place], projects: [Project], templates: ChainTemplates = .shipped
    ) async throws -> ChainAnalysis? {
        guard let chain = templates.chain(forCluster: cluster.id) else { return nil }
        let place = placeId ?? (cluster.scope == .district ? cluster.placeId : nil)
        let classes = ChainAnalysis.classes(of: chain)
        let inPlace = projects.filter { place == nil || $0.placeId == place }
        let investors = Set(inPlace.flatMap(\.investorIds))
        let named = try await namedEnterprises().filter {
            place == nil || $0.districtId == place || investors.contains($0.slug ?? "")
        }
        return ChainAnalysis(
            chain: chain, placeId: place, classStats: try await classStats(classes: classes, placeId: place),
            namedFirms: named, leaders: try await chainLeaders(classes: classes, placeId: place), projects: inPlace,
            thresholds: templates.thresholds)
    }

    /// Firms, revenue and firms designated specialised (专精特新) or above, by industry class among `classes`,
    /// in district `placeId` or everywhere.
    public func classStats(classes: [String], placeId: String?) async throws -> [String: ClassStats] {
        let designated = Array(DesignationKind.ladder.drop { $0 != .specialised }.map(\.rawValue))
        let query: PostgresQuery = """
            SELECT e.industryCode, count(*), coalesce(sum(e.revenueCNY), 0),
                count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM designation d WHERE d.enterpriseId = e.id AND d.kind = ANY(\(designated))))
            FROM enterprise e
            WHERE e.industryCode = ANY(\(classes)) AND (\(placeId)::text IS NULL OR e.districtId = \(placeId))
            GROUP BY e.industryCode
            """
        return try await withConnection { connection in
            var stats: [String: ClassStats] = [:]
            let rows = try await connection.query(query, logger: logger)
            for try await (code, firms, revenue, designatedFirms) in rows.decode((String, Int, Double, Int).self) {
                stats[code] = ClassStats(firms: firms, revenue: revenue, designated: designatedFirms)
            }
            return stats
        }
    }

    /// Candidate chain leaders (链主) on `classes` in `placeId`: up to five designated chain leaders (by id), then
    /// the five largest firms by revenue, each firm once, five at most.
    public func chainLeaders(classes: [String], placeId: String?, limit: Int = 5) async throws -> [Enterprise] {
        let onChain = "e.industryCode = ANY($1) AND ($2::text IS NULL OR e.districtId = $2)"
        var binds = PostgresBindings()
        binds.append(classes)
        binds.append(placeId)
        binds.append(limit)
        let designated = try await enterprises(
            """
            SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE \(onChain)
                AND EXISTS (SELECT 1 FROM designation d WHERE d.enterpriseId = e.id AND d.kind = 'chain-leader')
            ORDER BY e.id LIMIT $3
            """, binds)
        let largest = try await enterprises(
            "SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE \(onChain) ORDER BY e.revenueCNY DESC NULLS LAST LIMIT $3", binds)
        var seen = Set<String>()
        return Array((designated + largest).filter { seen.insert($0.uscc ?? $0.slug ?? "").inserted }.prefix(limit))
    }

    /// The firms the registry holds without a USCC (a dataset's named firms, known by slug).
    public func namedEnterprises() async throws -> [Enterprise] {
        try await enterprises("SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE e.uscc IS NULL ORDER BY e.id", PostgresBindings())
    }

    /// How many firms are above the 规上 line by their latest revenue.
    public func aboveScaleCount(line: Double = CultivationPipeline.aboveScaleLine) async throws -> Int {
        try await count("SELECT count(*) FROM enterprise WHERE revenueCNY >= \(line)")
    }

    /// How many firms below the line are projected to cross it next year (the 小升规 candidates, all of them).
    public func upgradeCandidateCount(line: Double = CultivationPipeline.aboveScaleLine) async throws -> Int {
        try await count("SELECT count(*) FROM enterprise WHERE revenueProjectedCNY >= \(line) AND revenueCNY < \(line)")
    }

    private func count(_ query: PostgresQuery) async throws -> Int {
        try await withConnection { connection in
            var total = 0
            for try await value in try await connection.query(query, logger: logger).decode(Int.self) { total = value }
            return total
        }
    }

    /// The enterprises `sql` selects (``enterpriseColumns``, in order), with their designations.
    func enterprises(_ sql: String, _ binds: PostgresBindings) async throws -> [Enterprise] {
        try await withConnection { connection in try await enterprises(sql, binds, on: connection) }
    }
}
