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

    /// The pending facts of a document the reviewer may accept as they stand: matched to a subject and a
    /// metric, and not already in the record.
    public func confidentFacts(documentId: Int64) throws -> [PendingFact] {
        try pendingFacts(documentId: documentId).filter { $0.subject != nil && $0.metricId != nil && $0.duplicateOf == nil }
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
            if let newMetric {
                guard let proposalId = before.proposalId else {
                    throw StoreError(.invalid, "fact \(id) has no proposed metric; pass --metric ID of an existing metric")
                }
                _ = try Self.acceptProposal(proposalId, newMetric, actor, db)
            }
            try Self.apply(edit, to: try Self.pending(id, db), db)
            let pending = try Self.withDuplicate(Self.pendingFact(try Self.row(id, db)), db)
            let record = try Self.record(pending, db)
            let note: String
            switch record {
            case .observation(let id): note = Self.note(["observation": id])
            case .target(let id): note = Self.note(["target": id])
            }
            try Self.audit(
                actor, "accept", record: ("pendingFact", "\(id)"), before: beforeJSON, after: try Self.rowJSON("pendingFact", id: id, db),
                note: note, db)
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
            throw StoreError(.notFound, "no pending fact \(id); zhizao review lists them")
        }
        return row
    }

    /// The fact `id`, which must still be pending.
    static func pending(_ id: Int64, _ db: Database) throws -> PendingFact {
        let pending = pendingFact(try row(id, db))
        guard pending.status == .pending else { throw StoreError(.exists, "fact \(id) is already \(pending.status.rawValue)") }
        return pending
    }

    /// Writes the corrections; a new holder, measure or kind is matched again unless the subject or metric is given.
    static func apply(_ edit: FactEdit, to pending: PendingFact, _ db: Database) throws {
        guard !edit.isEmpty else { return }
        var f = pending.fact
        if let holder = edit.holder { f.holder = holder; f.holderWritten = nil }
        if let measure = edit.measure { f.measure = measure }
        if let kind = edit.kind { f.kind = kind }
        if let value = edit.value { f.value = value }
        if let period = edit.period { f.period = period }
        let matching = FactFiling(try filingCatalogue(db))
        var subject = pending.subject.map { Match($0, pending.subjectReason ?? .reviewer) }
        if let given = edit.subject {
            guard try SubjectColumns.exists(given, db) else {
                throw StoreError(.notFound, "no \(given.kind) \"\(given.id)\"; zhizao report and /api/v1/places, /clusters list them")
            }
            subject = Match(given, .reviewer)
        } else if edit.holder != nil {
            subject = matching.subjects.subject(f.holder)
        }
        var metric = pending.metricId.map { Match($0, pending.metricReason ?? .reviewer) }
        var proposalId = pending.proposalId
        if let given = edit.metricId {
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM metric WHERE id = ?", arguments: [given]) != nil else {
                throw StoreError(.notFound, "no metric \"\(given)\"; zhizao metric list shows the catalogue")
            }
            metric = Match(given, .reviewer)
        } else if edit.measure != nil || edit.kind != nil {
            metric = matching.metric(f)
            proposalId = metric == nil ? try matching.proposal(f).map { try Self.proposalId(for: $0, db) } : nil
        }
        try db.execute(
            sql: """
                UPDATE pendingFact SET holder = ?, holderWritten = ?, measure = ?, kind = ?, value = ?, periodStart = ?,
                    periodEnd = ?, asOf = ?, subject = ?, subjectReason = ?, metricId = ?, metricReason = ?, proposalId = ?
                WHERE id = ?
                """,
            arguments: [
                f.holder, f.holderWritten, f.measure, f.kind.rawValue, f.value, f.period?.start, f.period?.end, f.period?.asOf,
                subject?.value.description, subject?.reason.rawValue, metric?.value, metric?.reason.rawValue, proposalId,
                pending.id,
            ])
    }

    /// Stores a pending fact as what its kind says and marks it accepted.
    static func record(_ pending: PendingFact, _ db: Database) throws -> AcceptedRecord {
        let f = pending.fact, id = pending.id
        guard let subject = pending.subject else {
            throw StoreError(.invalid, "fact \(id) matched no subject (holder \"\(f.holder ?? "")\"); pass --subject KIND:ID or --holder")
        }
        guard let metricId = pending.metricId else {
            let hint = pending.proposalId.map { "accept its proposed metric (zhizao metric accept \($0) --id ID …) or " } ?? ""
            throw StoreError(.invalid, "fact \(id) matched no metric (measure \"\(f.measure ?? "")\"); \(hint)pass --metric ID")
        }
        if let duplicate = pending.duplicateOf {
            throw StoreError(.exists, "fact \(id) repeats observation \(duplicate) (same subject, metric, value and period); reject it")
        }
        guard let unit = try String.fetchOne(db, sql: "SELECT unit FROM metric WHERE id = ?", arguments: [metricId]) else {
            throw StoreError(.notFound, "no metric \"\(metricId)\"")
        }
        if f.kind != .rank, unit != f.unit {
            throw StoreError(.invalid, "fact \(id) is in \(f.unit) but metric \(metricId) is in \(unit); pass --metric with a metric in \(f.unit)")
        }
        guard let sourceId = try String.fetchOne(db, sql: "SELECT sourceId FROM document WHERE id = ?", arguments: [pending.documentId])
        else { throw StoreError(.notFound, "document \(pending.documentId) is gone") }
        let recordId = "doc-\(pending.documentId)-fact-\(id)"
        let record: AcceptedRecord
        if f.kind == .target {
            try save(
                Target(
                    id: recordId, subject: subject, metricId: metricId, quantity: Quantity(signedValue(f), f.qualifier),
                    deadline: f.period?.endYear, description: LocalizedText(zh: f.quote), sourceId: sourceId),
                db)
            record = .target(recordId)
        } else {
            let rank = f.kind == .rank ? Rank(Int(f.value), in: try rankScope(f, documentId: pending.documentId, db)) : nil
            try save(
                Observation(
                    id: recordId, subject: subject, metricId: metricId, quantity: rank == nil ? Quantity(signedValue(f), f.qualifier) : nil,
                    period: f.period ?? Period(), kind: f.kind == .forecast ? .forecast : .actual, rank: rank, sourceId: sourceId,
                    quote: f.quote,
                    note: "文档\(pending.documentId)第\(f.span.lowerBound)–\(f.span.upperBound)字 / document \(pending.documentId), characters \(f.span.lowerBound)–\(f.span.upperBound)"),
                db)
            record = .observation(recordId)
        }
        let (observationId, targetId): (String?, String?) =
            switch record {
            case .observation(let o): (o, nil)
            case .target(let t): (nil, t)
            }
        try db.execute(
            sql: "UPDATE pendingFact SET status = 'accepted', observationId = ?, targetId = ? WHERE id = ?",
            arguments: [observationId, targetId, id])
        return record
    }

    /// The figure as the record holds it: a decline (direction down, 下降3.2%) is a negative change.
    static func signedValue(_ f: Fact) -> Double {
        f.direction == "down" ? -f.value : f.value
    }

    /// Where a rank holds, from the widest scope the sentence stating it names (全球, 全国, 全省, 全市), else 全国.
    static func rankScope(_ f: Fact, documentId: Int64, _ db: Database) throws -> String {
        let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [documentId]) ?? ""
        let scalars = Array(text.unicodeScalars)
        var start = min(f.span.lowerBound, scalars.count), end = min(f.span.upperBound, scalars.count)
        while start > 0, !"。！？\n".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, !"。！？\n".unicodeScalars.contains(scalars[end]) { end += 1 }
        let sentence = (f.basis ?? "") + String(String.UnicodeScalarView(scalars[start..<end]))
        for (word, scope) in [("全球", "global"), ("全国", "national"), ("全省", "provincial"), ("全市", "city")] where sentence.contains(word) { return scope }
        return "national"
    }

    /// The fact with the observation of the record it repeats, if any: same subject, metric, period and kind, and
    /// the same value (to a part in a billion).
    static func withDuplicate(_ pending: PendingFact, _ db: Database) throws -> PendingFact {
        var p = pending
        guard p.status == .pending, let subject = p.subject, let metricId = p.metricId, p.fact.kind != .target else { return p }
        let condition = SubjectColumns.condition(subject, "o")
        let period = p.fact.period ?? Period()
        let candidates = try Row.fetchAll(
            db,
            sql: """
                SELECT o.id, o.value FROM observation o WHERE \(condition.sql) AND o.metricId = ? AND o.kind = ?
                    AND o.periodStart IS ? AND o.periodEnd IS ? AND o.asOf IS ?
                """,
            arguments: condition.arguments + [
                metricId, p.fact.kind == .forecast ? "forecast" : "actual", period.start, period.end, period.asOf,
            ])
        let value = signedValue(p.fact)
        p.duplicateOf = candidates.first { row in
            guard let other: Double = row["value"] else { return false }
            return abs(other - value) <= 1e-9 * max(abs(value), 1)
        }?["id"]
        return p
    }

    static func document(_ row: Row) -> Document {
        Document(
            id: row["id"], sourceId: row["sourceId"], title: row["title"], date: row["date"], file: row["file"], text: row["text"],
            contentHash: row["contentHash"])
    }

    static func spans(_ text: String) -> [Range<Int>]? {
        let spans = text.split(separator: ";").compactMap { pair -> Range<Int>? in
            let ends = pair.split(separator: "-").compactMap { Int($0) }
            return ends.count == 2 && ends[0] <= ends[1] ? ends[0]..<ends[1] : nil
        }
        return spans.isEmpty ? nil : spans
    }

    /// A pending fact from its row; rows read before v5 have their words in `subjectText` and `metricText` and
    /// are levels.
    static func pendingFact(_ row: Row) -> PendingFact {
        let period: Period? = row["periodStart"] == nil && row["periodEnd"] == nil && row["asOf"] == nil
            ? nil : Period(start: row["periodStart"], end: row["periodEnd"], asOf: row["asOf"])
        var fact = Fact(
            value: row["value"], unit: row["unit"], qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact,
            direction: row["direction"], holder: row["holder"] ?? row["subjectText"], holderWritten: row["holderWritten"],
            measure: row["measure"] ?? row["metricText"], kind: (row["kind"] as String?).flatMap(FactKind.init) ?? .level,
            basis: row["basis"], period: period, quote: row["quote"],
            span: (row["spanStart"] as Int)..<(row["spanEnd"] as Int), occurrences: row["occurrences"])
        if let spans = (row["spans"] as String?).flatMap(Self.spans) { fact.spans = spans }
        return PendingFact(
            id: row["id"], documentId: row["documentId"], fact: fact, subject: (row["subject"] as String?).flatMap(Subject.init),
            subjectReason: (row["subjectReason"] as String?).flatMap(MatchReason.init), metricId: row["metricId"],
            metricReason: (row["metricReason"] as String?).flatMap(MatchReason.init), proposalId: row["proposalId"],
            status: PendingFact.Status(rawValue: row["status"]) ?? .pending, observationId: row["observationId"],
            targetId: row["targetId"], duplicateOf: nil)
    }
}
