import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Investment targets on PostgreSQL, with the SQLite engine's results (AppDatabase+Targets): a link's firms read
/// through the class index and the name index, ranked by ``ChainTargets``; and the whole registry folded
/// for classifying it, in parts over id ranges read at once.
extension PostgresEngine {
    public func chainTargets(clusterId: String, placeId: String?, gap: String?, limit: Int, list: String?) async throws
        -> ChainTargets?
    {
        let classifier = ChainLinkClassifier.shipped
        guard
            let analysis = try await chainAnalysis(
                clusterId: clusterId, placeId: placeId, templates: classifier.templates, cells: nil)
        else { return nil }
        var listed: [ChainLinkClassifier.Link: [InvestmentTarget]] = [:]
        if let list {
            guard let firms = try await classifiedLists()[list] else {
                throw NamedImportRules.targetList.notFound(list, stored: try await targetLists().map(\.name))
            }
            listed = ClassifiedOutsideFirm.targets(firms, chainId: analysis.chain.id)
        }
        return try await snapshot { [listed] connection in
            var leaders: [Enterprise] = []
            if let place = analysis.placeId { leaders = try await self.chainLeaders(in: place, on: connection) }
            var candidates: [String: [Enterprise]] = [:]
            for read in ChainTargets.reads(analysis, gap: gap, leaders: leaders, classifier: classifier) {
                candidates[read.node.id] = try await self.linkCandidates(read.node, excludingDistrict: read.excludingDistrict, on: connection)
            }
            return ChainTargets(
                analysis, gap: gap, limit: limit, leaders: leaders, candidates: candidates, listed: listed,
                classifier: classifier)
        }
    }

    /// The firms that may be on `node`: those of its classes, and those whose Chinese or English name holds one of
    /// its keywords of three characters or more (what SQLite's trigram index finds; here the index of the names'
    /// pairs of characters narrows, `ILIKE` decides), outside `excludingDistrict`.
    func linkCandidates(
        _ node: ChainTemplates.Node, excludingDistrict: String?, on connection: PostgresConnection
    ) async throws -> [Enterprise] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if !node.classes.isEmpty {
            binds.append(node.classes)
            conditions.append("e.industryCode = ANY($\(binds.count))")
        }
        for keyword in node.keywords where keyword.count >= 3 {
            binds.append(keyword)
            binds.append("%" + Self.likeEscaped(keyword) + "%")
            let pattern = binds.count
            conditions.append("\(Self.holdsPairs(ofWordsAt: [pattern - 1])) AND (e.nameZh ILIKE $\(pattern) OR e.nameEn ILIKE $\(pattern))")
        }
        guard !conditions.isEmpty else { return [] }
        var sql = "SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE (\(conditions.joined(separator: " OR ")))"
        if let excludingDistrict {
            binds.append(excludingDistrict)
            sql += " AND e.districtId IS DISTINCT FROM $\(binds.count)"
        }
        return try await enterprises(sql + " ORDER BY e.id", binds, on: connection)
    }

    /// The firms of `place` designated chain leaders, largest first.
    func chainLeaders(in place: String, on connection: PostgresConnection) async throws -> [Enterprise] {
        var binds = PostgresBindings()
        binds.append(place)
        return try await enterprises(
            """
            SELECT \(Self.enterpriseColumns) FROM enterprise e
            WHERE e.districtId = $1 AND EXISTS (SELECT 1 FROM designation d WHERE d.enterpriseId = e.id AND d.kind = 'chain-leader')
            ORDER BY e.revenueCNY DESC NULLS LAST, e.id
            """, binds, on: connection)
    }

    public func foldFirmsToClassify<Tally: Sendable>(
        parts: Int, into initial: Tally,
        _ fold:
            @escaping @Sendable (
                _ tally: inout Tally, _ name: UnsafeBufferPointer<UInt8>, _ industryCode: String?,
                _ businessScope: UnsafeBufferPointer<UInt8>?
            ) -> Void
    ) async throws -> [Tally] {
        try await FirmIdRanges.fold(try await firmIdRange(), parts: parts, initial: initial) { range in
            try await self.withConnection { connection in
                var tally = initial
                let rows = try await connection.query(
                    """
                    SELECT nameZh, industryCode, businessScope FROM enterprise
                    WHERE id BETWEEN \(range.lowerBound) AND \(range.upperBound) ORDER BY id
                    """, logger: self.logger)
                for try await (name, code, scope) in rows.decode((String, String?, String?).self) {
                    var name = name
                    var scope = scope
                    name.withUTF8 { name in
                        if scope == nil {
                            fold(&tally, name, code, nil)
                        } else {
                            scope!.withUTF8 { fold(&tally, name, code, $0) }
                        }
                    }
                }
                return tally
            }
        }
    }

    /// The lowest and highest enterprise id, nil for an empty registry.
    func firmIdRange() async throws -> ClosedRange<Int64>? {
        try await withConnection { connection in
            for try await (low, high) in try await connection.query(
                "SELECT min(id), max(id) FROM enterprise", logger: self.logger
            )
            .decode((Int64?, Int64?).self) {
                guard let low, let high else { return nil }
                return low...high
            }
            return nil
        }
    }
}
