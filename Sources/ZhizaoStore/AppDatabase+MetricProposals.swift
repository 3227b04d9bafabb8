import Foundation
import GRDB
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Metrics proposed for measures the catalogue lacks (签约项目数, 总投资): a reviewer accepts one as a metric of the
/// catalogue, which then takes the facts waiting for it and every later fact with that measure, or rejects it.
extension AppDatabase {
    /// Proposals (those with `status`, all with nil), each with the number of pending facts waiting for it.
    public func metricProposals(status: PendingFact.Status? = .pending) throws -> [MetricProposal] {
        try writer.read { db in
            let filter = status == nil ? "" : "WHERE p.status = ?"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, (SELECT count(*) FROM pendingFact f WHERE f.proposalId = p.id AND f.status = 'pending') AS waiting
                    FROM metricProposal p \(filter) ORDER BY p.id
                    """, arguments: StatementArguments(status.map { [$0.rawValue] } ?? [])
            ).map(Self.proposal)
        }
    }

    /// The proposals made for the facts of document `documentId`, by number.
    public func metricProposals(documentId: Int64) throws -> [Int64: MetricProposal] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, (SELECT count(*) FROM pendingFact f WHERE f.proposalId = p.id AND f.status = 'pending') AS waiting
                    FROM metricProposal p WHERE p.id IN (SELECT proposalId FROM pendingFact WHERE documentId = ?)
                    """, arguments: [documentId])
            return Dictionary(uniqueKeysWithValues: rows.map(Self.proposal).map { ($0.id, $0) })
        }
    }

    /// Accepts proposal `id` as a metric with the reviewer's fields (an id is needed when the proposal suggests
    /// none); the pending facts waiting for it take the metric. Returns the metric.
    public func acceptMetricProposal(_ id: Int64, _ acceptance: MetricAcceptance, by actor: Actor) throws -> Metric {
        try writer.write { db in try Self.acceptProposal(id, acceptance, actor, db) }
    }

    public func rejectMetricProposal(_ id: Int64, by actor: Actor) throws {
        try writer.write { db in
            _ = try Self.openProposal(id, db)
            try db.execute(sql: "UPDATE metricProposal SET status = 'rejected' WHERE id = ?", arguments: [id])
            try Self.audit(actor, "reject", record: ("metricProposal", "\(id)"), db)
        }
    }

    static func acceptProposal(_ id: Int64, _ acceptance: MetricAcceptance, _ actor: Actor, _ db: Database) throws -> Metric {
        let metric = try FactReview.metric(accepting: try openProposal(id, db), acceptance)
        if try Int.fetchOne(db, sql: "SELECT 1 FROM metric WHERE id = ?", arguments: [metric.id]) != nil {
            throw FactReview.metricExists(metric.id)
        }
        try save(metric, db)
        try db.execute(sql: "UPDATE metricProposal SET status = 'accepted', metricId = ? WHERE id = ?", arguments: [metric.id, id])
        try db.execute(
            sql: """
                UPDATE pendingFact SET metricId = ?, metricReason = ?
                WHERE proposalId = ? AND status = 'pending' AND metricId IS NULL
                """, arguments: [metric.id, MatchReason.proposal.rawValue, id])
        try audit(actor, "accept", record: ("metricProposal", "\(id)"), after: try rowJSON("metric", id: metric.id, db), db)
        return metric
    }

    /// Proposal `id`, which must still be pending.
    static func openProposal(_ id: Int64, _ db: Database) throws -> MetricProposal {
        guard let row = try Row.fetchOne(db, sql: "SELECT *, 0 AS waiting FROM metricProposal WHERE id = ?", arguments: [id]) else {
            throw FactReview.noProposal(id)
        }
        return try FactReview.stillPending(proposal(row))
    }

    static func proposal(_ row: Row) -> MetricProposal {
        MetricProposal(
            id: row["id"], nameZh: row["nameZh"], unit: row["unit"], kind: row["kind"], topic: row["topic"],
            suggestedId: row["suggestedId"], growthOf: row["growthOf"], status: row["status"], metricId: row["metricId"],
            waiting: row["waiting"])
    }
}
