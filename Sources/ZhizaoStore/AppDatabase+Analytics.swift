import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The registry reads the analytics need, shaped for a million rows: aggregates by class, a scan of the
/// firms below the 规上 line, and a few named records.
extension AppDatabase {
    /// The chain of `clusterId` in its place (a district cluster's district, the whole city for a city
    /// cluster), or in `placeId` when given.
    public func chainAnalysis(clusterId: String, placeId: String? = nil, templates: ChainTemplates = .shipped) throws -> ChainAnalysis? {
        try chainAnalysis(clusterId: clusterId, placeId: placeId, templates: templates, cells: nil)
    }

    /// The same, with the class counts taken from `cells` when given (the registry counted once and kept until the
    /// next write, as the specialisation pages keep it) instead of counted by a query: same counts, no pass over
    /// the place's firms. A one-off analysis (a page of one chain, `zhizao chain`) queries: counting the whole
    /// registry for it would cost more.
    func chainAnalysis(clusterId: String, placeId: String?, templates: ChainTemplates, cells: RegistryCells?) throws -> ChainAnalysis? {
        guard let cluster = try clusters().first(where: { $0.id == clusterId }), let chain = templates.chain(forCluster: clusterId)
        else { return nil }
        let places = try places()
        let place = placeId ?? (cluster.scope == .district ? cluster.placeId : nil)
        if let place, !places.contains(where: { $0.id == place }) {
            throw StoreError(.notFound, "no place \"\(place)\"; districts are \(places.filter { $0.kind == .district }.map(\.id).joined(separator: ", "))")
        }
        let classes = ChainAnalysis.classes(of: chain)
        let projects = try self.projects().filter { place == nil || $0.placeId == place }
        return try writer.read { db in
            let inClasses = "industryCode IN (\(classes.map { _ in "?" }.joined(separator: ",")))"
            var arguments = StatementArguments(classes)
            var inPlace = ""
            if let place {
                inPlace = " AND districtId = ?"
                arguments += [place]
            }
            var stats: [String: ClassStats] = [:]
            if let cells {
                stats = cells.classStats(classes, district: place)
            } else {
                for row in try Row.fetchAll(
                    db, sql: "SELECT industryCode, count(*) AS n, total(revenueCNY) AS r FROM enterprise WHERE \(inClasses)\(inPlace) GROUP BY industryCode",
                    arguments: arguments)
                {
                    stats[row["industryCode"]] = ClassStats(firms: row["n"], revenue: row["r"])
                }
            }
            let designated = DesignationKind.ladder.drop { $0 != .specialised }.map { "'\($0.rawValue)'" }.joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT industryCode, count(*) AS n FROM enterprise
                    WHERE \(inClasses)\(inPlace) AND id IN (SELECT enterpriseId FROM designation WHERE kind IN (\(designated)))
                    GROUP BY industryCode
                    """, arguments: arguments)
            {
                stats[row["industryCode"], default: ClassStats()].designated = row["n"]
            }
            // Named firms (known without a USCC) operate in the place when it is their district or they invest there.
            let investors = Set(projects.flatMap(\.investorIds))
            let reader = try EnterpriseReader(db)
            let named = try Row.fetchAll(db, sql: "SELECT * FROM enterprise WHERE uscc IS NULL").map {
                try reader.complete(Rows.enterprise($0), id: $0["id"])
            }.filter { place == nil || $0.districtId == place || investors.contains($0.slug ?? "") }
            // Designated chain leaders first, then the largest firms on the chain's links.
            let leaders = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM (SELECT * FROM enterprise WHERE \(inClasses)\(inPlace)
                        AND id IN (SELECT enterpriseId FROM designation WHERE kind = 'chain-leader') LIMIT 5)
                    UNION ALL
                    SELECT * FROM (SELECT * FROM enterprise WHERE \(inClasses)\(inPlace) ORDER BY revenueCNY DESC LIMIT 5)
                    """, arguments: arguments + arguments
            ).map { try reader.complete(Rows.enterprise($0), id: $0["id"]) }
            var seen = Set<String>()
            let distinctLeaders = leaders.filter { seen.insert($0.uscc ?? $0.slug ?? "").inserted }.prefix(5)
            return ChainAnalysis(
                chain: chain, placeId: place, classStats: stats, namedFirms: named, leaders: Array(distinctLeaders), projects: projects,
                thresholds: templates.thresholds)
        }
    }

    /// Firms below the 规上 line projected to cross it next year, furthest over first.
    public func upgradeCandidates(limit: Int = 100, line: Double = CultivationPipeline.aboveScaleLine) throws -> [CultivationPipeline.Candidate] {
        try writer.read { db in
            // The projection index holds next year's revenue; the rule itself is applied again to each row.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT uscc, slug, nameZh, nameEn, districtId, revenueHistory FROM enterprise
                    WHERE revenueProjectedCNY >= ? AND revenueCNY < ?
                    ORDER BY revenueProjectedCNY DESC LIMIT ?
                    """, arguments: [line, line, limit])
            let found = rows.compactMap { row -> CultivationPipeline.Candidate? in
                guard let revenue = (row["revenueHistory"] as String?).flatMap(RevenueHistory.decode) else { return nil }
                return CultivationPipeline.candidate(
                    Enterprise(uscc: row["uscc"], slug: row["slug"], name: Rows.text(row, "nameZh", "nameEn"), districtId: row["districtId"], revenue: revenue),
                    line: line)
            }
            return CultivationPipeline.ranked(found, limit: limit)
        }
    }

    /// How many firms are projected to cross the line next year (the candidates, all of them).
    public func upgradeCandidateCount(line: Double = CultivationPipeline.aboveScaleLine) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM enterprise WHERE revenueProjectedCNY >= ? AND revenueCNY < ?", arguments: [line, line]) ?? 0
        }
    }

    /// How many firms the registry holds above the 规上 line by their latest revenue.
    public func aboveScaleCount(line: Double = CultivationPipeline.aboveScaleLine) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise WHERE revenueCNY >= ?", arguments: [line]) ?? 0 }
    }
}
