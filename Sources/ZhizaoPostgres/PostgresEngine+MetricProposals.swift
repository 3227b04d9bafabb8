import PostgresNIO
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Metrics proposed for measures the catalogue lacks, as the SQLite engine keeps them (AppDatabase+MetricProposals):
/// accepted as a metric that takes the facts waiting for it, or rejected.
extension PostgresEngine {
    public func metricProposals(status: PendingFact.Status?) async throws -> [MetricProposal] {
        try await withConnection { connection in
            try await self.proposals(
                "WHERE \(status?.rawValue)::TEXT IS NULL OR p.status = \(status?.rawValue) ORDER BY p.id", connection)
        }
    }

    public func metricProposals(documentId: Int64) async throws -> [Int64: MetricProposal] {
        try await withConnection { connection in
            let proposals = try await self.proposals(
                "WHERE p.id IN (SELECT proposalId FROM pendingFact WHERE documentId = \(documentId))", connection)
            return Dictionary(uniqueKeysWithValues: proposals.map { ($0.id, $0) })
        }
    }

    public func acceptMetricProposal(_ id: Int64, _ acceptance: MetricAcceptance, by actor: Actor) async throws -> Metric {
        try await transaction { connection in try await self.acceptProposal(id, acceptance, by: actor, connection) }
    }

    public func rejectMetricProposal(_ id: Int64, by actor: Actor) async throws {
        try await transaction { connection in
            _ = try await self.openProposal(id, connection)
            try await connection.query("UPDATE metricProposal SET status = 'rejected' WHERE id = \(id)", logger: self.logger)
            try await self.appendAudit(actor, "reject", record: ("metricProposal", "\(id)"), connection)
        }
    }

    /// Accepts proposal `id` (``FactReview/metric(accepting:_:)``): stores the metric, gives it to the facts waiting
    /// for it, and records the acceptance.
    func acceptProposal(_ id: Int64, _ acceptance: MetricAcceptance, by actor: Actor, _ connection: PostgresConnection) async throws -> Metric {
        let metric = try FactReview.metric(accepting: try await openProposal(id, connection), acceptance)
        if try await metricExists(metric.id, connection) { throw FactReview.metricExists(metric.id) }
        try await save(metric, connection)
        try await connection.query(
            "UPDATE metricProposal SET status = 'accepted', metricId = \(metric.id) WHERE id = \(id)", logger: logger)
        try await connection.query(
            """
            UPDATE pendingFact SET metricId = \(metric.id), metricReason = \(MatchReason.proposal.rawValue)
            WHERE proposalId = \(id) AND status = 'pending' AND metricId IS NULL
            """, logger: logger)
        let after = try await rowJSON("metric", id: metric.id, columns: Metric.columns, connection)
        try await appendAudit(actor, "accept", record: ("metricProposal", "\(id)"), after: after, connection)
        return metric
    }

    /// Proposal `id`, which must still be pending.
    func openProposal(_ id: Int64, _ connection: PostgresConnection) async throws -> MetricProposal {
        guard let proposal = try await proposals("WHERE p.id = \(id)", connection).first else { throw FactReview.noProposal(id) }
        return try FactReview.stillPending(proposal)
    }

    /// The proposals `filter` (a WHERE clause, with its order) selects, each with the number of pending facts
    /// waiting for it.
    private func proposals(_ filter: PostgresQuery, _ connection: PostgresConnection) async throws -> [MetricProposal] {
        var query: PostgresQuery = """
            SELECT p.id, p.nameZh, p.unit, p.kind, p.topic, p.suggestedId, p.growthOf, p.status, p.metricId,
                (SELECT count(*) FROM pendingFact f WHERE f.proposalId = p.id AND f.status = 'pending')
            FROM metricProposal p
            """
        query.sql += " " + filter.sql
        query.binds = filter.binds
        var proposals: [MetricProposal] = []
        for try await (id, nameZh, unit, kind, topic, suggestedId, growthOf, status, metricId, waiting) in try await connection.query(
            query, logger: logger
        ).decode((Int64, String, String, String, String, String?, String?, String, String?, Int).self) {
            proposals.append(
                MetricProposal(
                    id: id, nameZh: nameZh, unit: unit, kind: kind, topic: topic, suggestedId: suggestedId, growthOf: growthOf,
                    status: status, metricId: metricId, waiting: waiting))
        }
        return proposals
    }
}
