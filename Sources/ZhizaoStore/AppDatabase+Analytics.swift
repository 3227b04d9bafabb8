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
        guard
            let scope = try ChainScope(
                clusterId: clusterId, placeId: placeId, clusters: try clusters(), places: try places(), projects: try projects(),
                templates: templates)
        else { return nil }
        return try writer.read { db in
            let inClasses = "industryCode IN (\(scope.classes.map { _ in "?" }.joined(separator: ",")))"
            var arguments = StatementArguments(scope.classes)
            var inPlace = ""
            if let place = scope.place {
                inPlace = " AND districtId = ?"
                arguments += [place]
            }
            var stats: [String: ClassStats] = [:]
            if let cells {
                stats = cells.classStats(scope.classes, district: scope.place)
            } else {
                for row in try Row.fetchAll(
                    db, sql: "SELECT industryCode, count(*) AS n, total(revenueCNY) AS r FROM enterprise WHERE \(inClasses)\(inPlace) GROUP BY industryCode",
                    arguments: arguments)
                {
                    stats[row["industryCode"]] = ClassStats(firms: row["n"], revenue: row["r"])
                }
            }
            let designated = ChainScope.designatedKinds.map { "'\($0)'" }.joined(separator: ",")
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
            let reader = try EnterpriseReader(db)
            let named = try Row.fetchAll(db, sql: "SELECT * FROM enterprise WHERE uscc IS NULL").map {
                try reader.complete(Rows.enterprise($0), id: $0["id"])
            }
            // Designated chain leaders first, then the largest firms on the chain's links.
            let leaders = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM (SELECT * FROM enterprise WHERE \(inClasses)\(inPlace)
                        AND id IN (SELECT enterpriseId FROM designation WHERE kind = 'chain-leader') LIMIT \(ChainScope.leaderCount))
                    UNION ALL
                    SELECT * FROM (SELECT * FROM enterprise WHERE \(inClasses)\(inPlace) ORDER BY revenueCNY DESC LIMIT \(ChainScope.leaderCount))
                    """, arguments: arguments + arguments
            ).map { try reader.complete(Rows.enterprise($0), id: $0["id"]) }
            return scope.analysis(classStats: stats, named: named, leaders: leaders)
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
            let firms = rows.compactMap { row -> Enterprise? in
                guard let revenue = (row["revenueHistory"] as String?).flatMap(RevenueHistory.decode) else { return nil }
                return Enterprise(
                    uscc: row["uscc"], slug: row["slug"], name: Rows.text(row, "nameZh", "nameEn"), districtId: row["districtId"], revenue: revenue)
            }
            return CultivationPipeline.candidates(firms, line: line, limit: limit)
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
