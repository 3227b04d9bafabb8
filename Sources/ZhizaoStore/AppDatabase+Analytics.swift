import GRDB
import ZhizaoAnalytics
import ZhizaoCore

/// The registry reads the analytics need, shaped for a million rows: aggregates by class, a scan of the
/// firms below the 规上 line, and a few named records.
extension AppDatabase {
    /// The chain of `clusterId` in its place (a district cluster's district, the whole city for a city
    /// cluster), or in `placeId` when given.
    public func chainAnalysis(clusterId: String, placeId: String? = nil, templates: ChainTemplates = .shipped) throws -> ChainAnalysis? {
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
            for row in try Row.fetchAll(
                db, sql: "SELECT industryCode, count(*) AS n, total(revenueCNY) AS r FROM enterprise WHERE \(inClasses)\(inPlace) GROUP BY industryCode",
                arguments: arguments)
            {
                stats[row["industryCode"]] = ClassStats(firms: row["n"], revenue: row["r"])
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
            let leaders = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.*, EXISTS (SELECT 1 FROM designation d WHERE d.enterpriseId = e.id AND d.kind = 'chain-leader') AS leads
                    FROM enterprise e WHERE \(inClasses)\(inPlace) ORDER BY leads DESC, revenueCNY DESC LIMIT 5
                    """, arguments: arguments
            ).map { try reader.complete(Rows.enterprise($0), id: $0["id"]) }
            return ChainAnalysis(
                chain: chain, placeId: place, classStats: stats, namedFirms: named, leaders: leaders, projects: projects,
                thresholds: templates.thresholds)
        }
    }

    /// Firms below the 规上 line projected to cross it next year, furthest over first.
    public func upgradeCandidates(limit: Int = 100, line: Double = CultivationPipeline.aboveScaleLine) throws -> [CultivationPipeline.Candidate] {
        try writer.read { db in
            var found: [CultivationPipeline.Candidate] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT uscc, slug, nameZh, nameEn, districtId, revenueHistory FROM enterprise
                    WHERE revenueCNY < ? AND revenueHistory LIKE '%;%'
                    """, arguments: [line])
            while let row = try rows.next() {
                guard let revenue = (row["revenueHistory"] as String?).flatMap(RevenueHistory.decode) else { continue }
                let firm = Enterprise(
                    uscc: row["uscc"], slug: row["slug"], name: Rows.text(row, "nameZh", "nameEn"),
                    districtId: row["districtId"], revenue: revenue)
                if let candidate = CultivationPipeline.candidate(firm, line: line) { found.append(candidate) }
            }
            return CultivationPipeline.ranked(found, limit: limit)
        }
    }

    /// How many firms the registry holds above the 规上 line by their latest revenue.
    public func aboveScaleCount(line: Double = CultivationPipeline.aboveScaleLine) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise WHERE revenueCNY >= ?", arguments: [line]) ?? 0 }
    }
}
