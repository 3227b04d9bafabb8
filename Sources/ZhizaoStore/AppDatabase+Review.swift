import Foundation
import GRDB
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Reviewing ingested facts: list them with their suggestions and duplicates, correct them, accept them as
/// observations (actual or forecast) or targets, or reject them.
extension AppDatabase {
    public func documents() throws -> [Document] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map(Self.document) }
    }

    public func document(id: Int64) throws -> Document? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]).map(Self.document) }
    }

    /// Pending facts (or those with `status`, all with nil), optionally of one document, each with the
    /// observation it would repeat.
    public func pendingFacts(documentId: Int64? = nil, status: PendingFact.Status? = .pending) throws -> [PendingFact] {
        try writer.read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let documentId {
                conditions.append("documentId = ?")
                arguments += [documentId]
            }
            if let status {
                conditions.append("status = ?")
                arguments += [status.rawValue]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT * FROM pendingFact \(filter) ORDER BY id", arguments: arguments)
                .map { try Self.withDuplicate(Self.pendingFact($0), db) }
        }
    }

    public func pendingFact(id: Int64) throws -> PendingFact? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM pendingFact WHERE id = ?", arguments: [id]).map { try Self.withDuplicate(Self.pendingFact($0), db) }
        }
    }

    /// The pending facts of a document the reviewer may accept as they stand (`PendingFact.isConfident`).
    public func confidentFacts(documentId: Int64) throws -> [PendingFact] {
        try pendingFacts(documentId: documentId).filter(\.isConfident)
    }

    /// Applies a reviewer's corrections to a pending fact and returns it as it now stands.
    @discardableResult
    public func edit(pendingFact id: Int64, _ edit: FactEdit, by actor: Actor) throws -> PendingFact {
        try writer.write { db in
            let pending = try Self.pending(id, db)
            let before = try Self.rowJSON("pendingFact", id: id, db)
            try Self.apply(edit, to: pending, db)
            try Self.audit(actor, "edit", record: ("pendingFact", "\(id)"), before: before, after: try Self.rowJSON("pendingFact", id: id, db), db)
            return try Self.withDuplicate(Self.pendingFact(try Self.row(id, db)), db)
        }
    }

    /// Accepts a pending fact, with the reviewer's corrections, and, when `newMetric` is given, its proposed metric
    /// first. A goal becomes a target, an expectation a forecast observation, anything else an actual observation
    /// that keeps its period (a part-year stays part-year), quote and span.
    public func accept(
        pendingFact id: Int64, edit: FactEdit = FactEdit(), newMetric: MetricAcceptance? = nil, by actor: Actor
    ) throws -> AcceptedRecord {
        try writer.write { db in
            let before = try Self.pending(id, db)
            let beforeJSON = try Self.rowJSON("pendingFact", id: id, db)
            if let newMetric { _ = try Self.acceptProposal(try FactReview.proposalId(of: before), newMetric, actor, db) }
            try Self.apply(edit, to: try Self.pending(id, db), db)
            let record = try Self.record(try Self.withDuplicate(Self.pendingFact(try Self.row(id, db)), db), db)
            try Self.audit(
                actor, "accept", record: ("pendingFact", "\(id)"), before: beforeJSON, after: try Self.rowJSON("pendingFact", id: id, db),
                note: Self.note(FactReview.acceptNote(record)), db)
            return record
        }
    }

    public func reject(pendingFact id: Int64, by actor: Actor) throws {
        try writer.write { db in
            _ = try Self.pending(id, db)
            try db.execute(sql: "UPDATE pendingFact SET status = 'rejected' WHERE id = ?", arguments: [id])
            try Self.audit(actor, "reject", record: ("pendingFact", "\(id)"), db)
        }
    }

    // MARK: - Steps

    static func row(_ id: Int64, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM pendingFact WHERE id = ?", arguments: [id]) else {
            throw FactReview.noPendingFact(id)
        }
        return row
    }

    /// The fact `id`, which must still be pending.
    static func pending(_ id: Int64, _ db: Database) throws -> PendingFact {
        try FactReview.stillPending(pendingFact(try row(id, db)))
    }

    /// Writes the corrections (``FactReview/refiled(_:_:filing:)``); a subject or metric the reviewer gives must exist.
    static func apply(_ edit: FactEdit, to pending: PendingFact, _ db: Database) throws {
        guard !edit.isEmpty else { return }
        if let given = edit.subject, try !SubjectColumns.exists(given, db) { throw FactReview.noSubject(given) }
        if let given = edit.metricId, try Int.fetchOne(db, sql: "SELECT 1 FROM metric WHERE id = ?", arguments: [given]) == nil {
            throw FactReview.noMetric(given)
        }
        let refiled = FactReview.refiled(pending, edit, filing: FactFiling(try filingCatalogue(db)))
        let f = refiled.fact
        let proposalId = try refiled.proposal.map { proposed in try proposed.map { try Self.proposalId(for: $0, db) } } ?? pending.proposalId
        try db.execute(
            sql: """
                UPDATE pendingFact SET holder = ?, holderWritten = ?, measure = ?, kind = ?, value = ?, periodStart = ?,
                    periodEnd = ?, asOf = ?, subject = ?, subjectReason = ?, metricId = ?, metricReason = ?, proposalId = ?
                WHERE id = ?
                """,
            arguments: [
                f.holder, f.holderWritten, f.measure, f.kind.rawValue, f.value, f.period?.start, f.period?.end, f.period?.asOf,
                refiled.subject?.value.description, refiled.subject?.reason.rawValue, refiled.metric?.value,
                refiled.metric?.reason.rawValue, proposalId, pending.id,
            ])
    }

    /// Stores a pending fact as what its kind says (``FactReview/accepted(_:subject:metricId:document:)``) and marks
    /// it accepted.
    static func record(_ pending: PendingFact, _ db: Database) throws -> AcceptedRecord {
        let (subject, metricId) = try FactReview.acceptable(pending)
        let unit = try String.fetchOne(db, sql: "SELECT unit FROM metric WHERE id = ?", arguments: [metricId])
        try FactReview.checkUnit(pending, metricId: metricId, unit: unit)
        guard let document = try Row.fetchOne(db, sql: "SELECT sourceId, text FROM document WHERE id = ?", arguments: [pending.documentId])
        else { throw FactReview.documentGone(pending.documentId) }
        let sourceId: String = document["sourceId"], text: String = document["text"]
        let accepted = FactReview.accepted(pending, subject: subject, metricId: metricId, document: (sourceId, text))
        switch accepted {
        case .observation(let observation): try save(observation, db)
        case .target(let target): try save(target, db)
        }
        let (observationId, targetId): (String?, String?) =
            switch accepted.record {
            case .observation(let o): (o, nil)
            case .target(let t): (nil, t)
            }
        try db.execute(
            sql: "UPDATE pendingFact SET status = 'accepted', observationId = ?, targetId = ? WHERE id = ?",
            arguments: [observationId, targetId, pending.id])
        return accepted.record
    }

    /// The fact with the observation or target of the record it repeats, if any (``FactReview/duplicate(of:among:)``).
    static func withDuplicate(_ pending: PendingFact, _ db: Database) throws -> PendingFact {
        var p = pending
        if let key = FactReview.targetDuplicateKey(p) {
            let condition = SubjectColumns.condition(key.subject, "t")
            let candidates = try Row.fetchAll(
                db, sql: "SELECT t.id, t.value FROM target t WHERE \(condition.sql) AND t.metricId = ? AND t.deadline IS ?",
                arguments: condition.arguments + [key.metricId, key.deadline])
            p.duplicateOf = FactReview.duplicate(of: p, among: candidates.map { row -> (id: String, value: Double?) in (row["id"], row["value"]) })
            return p
        }
        guard let key = FactReview.duplicateKey(p) else { return p }
        let condition = SubjectColumns.condition(key.subject, "o")
        let candidates = try Row.fetchAll(
            db,
            sql: """
                SELECT o.id, o.value FROM observation o WHERE \(condition.sql) AND o.metricId = ? AND o.kind = ?
                    AND o.periodStart IS ? AND o.periodEnd IS ? AND o.asOf IS ?
                """,
            arguments: condition.arguments + [key.metricId, key.kind, key.period.start, key.period.end, key.period.asOf])
        p.duplicateOf = FactReview.duplicate(
            of: p, among: candidates.map { row -> (id: String, value: Double?) in (row["id"], row["value"]) })
        return p
    }

    static func document(_ row: Row) -> Document {
        Document(
            id: row["id"], sourceId: row["sourceId"], title: row["title"], date: row["date"], file: row["file"], text: row["text"],
            contentHash: row["contentHash"])
    }

    /// A pending fact from its row (``PendingFactRow``).
    static func pendingFact(_ row: Row) -> PendingFact {
        PendingFactRow(
            id: row["id"], documentId: row["documentId"], value: row["value"], unit: row["unit"], qualifier: row["qualifier"],
            direction: row["direction"], subjectText: row["subjectText"], metricText: row["metricText"],
            periodStart: row["periodStart"], periodEnd: row["periodEnd"], asOf: row["asOf"], quote: row["quote"],
            spanStart: row["spanStart"], spanEnd: row["spanEnd"], occurrences: row["occurrences"], subject: row["subject"],
            metricId: row["metricId"], status: row["status"], observationId: row["observationId"], spans: row["spans"],
            holder: row["holder"], holderWritten: row["holderWritten"], measure: row["measure"], kind: row["kind"],
            basis: row["basis"], subjectReason: row["subjectReason"], metricReason: row["metricReason"],
            proposalId: row["proposalId"], targetId: row["targetId"]
        ).pendingFact
    }
}
