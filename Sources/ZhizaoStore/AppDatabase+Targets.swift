import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Investment targets (招商目标): the firms the chain-link classifier puts on a chain's gaps, read for a million-row
/// registry through the class index and the name index, classified and ranked in memory.
extension AppDatabase {
    /// The targets for the chain of `clusterId` in `placeId` (as ``chainAnalysis(clusterId:placeId:templates:)``
    /// takes them): for each gap, or only the link `gap` (a node id), up to `limit` firms outside the place; and
    /// for each chain leader in the place, up to `limit` suppliers on its upstream links. With `list`, the firms of
    /// that stored target list (``outsideFirms(list:)``) compete with the registry's for each gap, marked with their
    /// origin; an unknown list is a `StoreError(.notFound)` naming the stored ones.
    public func chainTargets(
        clusterId: String, placeId: String? = nil, gap: String? = nil, limit: Int = 10, list: String? = nil
    ) throws -> ChainTargets? {
        let classifier = ChainLinkClassifier.shipped
        guard let analysis = try chainAnalysis(clusterId: clusterId, placeId: placeId, templates: classifier.templates) else { return nil }
        let listed = try list.map { try listedTargets($0, chainId: analysis.chain.id) } ?? [:]
        return try writer.read { db in
            let leaders = try analysis.placeId.map { try chainLeaders(db, in: $0) } ?? []
            var candidates: [String: [Enterprise]] = [:]
            for read in ChainTargets.reads(analysis, gap: gap, leaders: leaders, classifier: classifier) {
                candidates[read.node.id] = try linkCandidates(db, node: read.node, excludingDistrict: read.excludingDistrict)
            }
            return ChainTargets(
                analysis, gap: gap, limit: limit, leaders: leaders, candidates: candidates, listed: listed, classifier: classifier)
        }
    }

    /// The firms of the target list `name` as targets for the links of chain `chainId` the shipped classifier puts
    /// them on, from the lists as classified until the next write.
    private func listedTargets(_ name: String, chainId: String) throws -> [ChainLinkClassifier.Link: [InvestmentTarget]] {
        guard let firms = try classifiedLists.value(writer, compute: Self.classifiedLists)[name] else {
            throw NamedImportRules.targetList.notFound(name, stored: try targetLists().map(\.name))
        }
        return ClassifiedOutsideFirm.targets(firms, chainId: chainId)
    }

    /// The firms that may be on `node`: those of its classes, and those whose name has one of its keywords of three
    /// characters or more (the name index holds trigrams), outside `excludingDistrict`.
    private func linkCandidates(_ db: Database, node: ChainTemplates.Node, excludingDistrict: String?) throws -> [Enterprise] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !node.classes.isEmpty {
            conditions.append("e.industryCode IN (\(node.classes.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(node.classes)
        }
        let long = node.keywords.filter { $0.count >= 3 }
        if !long.isEmpty {
            conditions.append("e.id IN (SELECT rowid FROM enterpriseSearch WHERE enterpriseSearch MATCH ?)")
            arguments += [long.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")]
        }
        guard !conditions.isEmpty else { return [] }
        var sql = "SELECT \(Self.targetColumns) FROM enterprise e WHERE (\(conditions.joined(separator: " OR ")))"
        if let excludingDistrict {
            sql += " AND e.districtId IS NOT ?"
            arguments += [excludingDistrict]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.targetFirm)
    }

    /// The firms of `place` designated chain leaders, largest first.
    private func chainLeaders(_ db: Database, in place: String) throws -> [Enterprise] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.targetColumns) FROM enterprise e
                WHERE e.districtId = ? AND e.id IN (SELECT enterpriseId FROM designation WHERE kind = 'chain-leader')
                ORDER BY e.revenueCNY DESC
                """, arguments: [place]
        ).map(Self.targetFirm)
    }

    private static let targetColumns = """
        e.uscc, e.slug, e.nameZh, e.nameEn, e.districtId, e.parkId, e.industryCode, e.revenueHistory, e.businessScope,
        e.synthetic, (SELECT group_concat(kind || ':' || coalesce(year, '') || ':' || coalesce(level, ''), ';')
            FROM designation WHERE enterpriseId = e.id) AS designations
        """

    private static func targetFirm(_ row: Row) -> Enterprise {
        var firm = Rows.enterprise(row)
        firm.designations = ((row["designations"] as String?) ?? "").split(separator: ";").compactMap { item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            return DesignationKind(rawValue: parts[0]).map {
                Designation($0, year: parts.count > 1 ? Int(parts[1]) : nil, level: parts.count > 2 ? DesignationLevel(rawValue: parts[2]) : nil)
            }
        }
        return firm
    }
}

extension AppDatabase {
    /// Every enterprise's name, class and business scope, in id order, streamed: what classifying the whole registry
    /// reads (`zhizao classifier-eval --registry`); with `ids`, only the firms whose id is in it (one part of a scan
    /// split by ``firmIdRange()``). The name and scope are SQLite's own UTF-8 bytes, valid only during the call: a
    /// million firms make no string of them.
    public func forEachFirmToClassify(
        ids: ClosedRange<Int64>? = nil,
        _ body: (_ name: UnsafeBufferPointer<UInt8>, _ industryCode: String?, _ businessScope: UnsafeBufferPointer<UInt8>?) throws
            -> Void
    ) throws {
        try writer.read { db in
            let statement = try RawStatement(
                db, "SELECT nameZh, industryCode, businessScope FROM enterprise WHERE id BETWEEN ? AND ? ORDER BY id")
            statement.bind(1, ids?.lowerBound ?? .min)
            statement.bind(2, ids?.upperBound ?? .max)
            while try statement.step() {
                try body(statement.bytes(0) ?? UnsafeBufferPointer(start: nil, count: 0), statement.text(1), statement.bytes(2))
            }
        }
    }

    /// The lowest and highest enterprise id, nil for an empty registry: each one end of the table's key (SQLite reads
    /// one end for a lone `min` or `max`, but scans the table for both in one query).
    public func firmIdRange() throws -> ClosedRange<Int64>? {
        try writer.read { db in
            guard let low = try Int64.fetchOne(db, sql: "SELECT min(id) FROM enterprise"),
                let high = try Int64.fetchOne(db, sql: "SELECT max(id) FROM enterprise")
            else { return nil }
            return low...high
        }
    }
}
