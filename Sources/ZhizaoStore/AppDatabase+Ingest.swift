import GRDB
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Ingesting reports: a document becomes a source, its facts pending observations, each filed (by ReportReader's
/// `FactFiling`, from the catalogue read here) under a subject and a metric or a proposed metric, with the reason
/// shown to the reviewer.
extension AppDatabase {
    /// The places, clusters, firms known by name only and metrics that facts are filed under, in one read.
    public func filingCatalogue() throws -> FilingCatalogue {
        try writer.read(Self.filingCatalogue)
    }

    static func filingCatalogue(_ db: Database) throws -> FilingCatalogue {
        FilingCatalogue(
            places: try Row.fetchAll(db, sql: "SELECT * FROM place ORDER BY rowid").map(Rows.place),
            clusters: try Row.fetchAll(db, sql: "SELECT * FROM cluster ORDER BY rowid").map(Rows.cluster),
            firms: try Row.fetchAll(db, sql: "SELECT coalesce(slug, uscc) AS ref, nameZh FROM enterprise WHERE uscc IS NULL")
                .map { (name: $0["nameZh"] as String, ref: $0["ref"] as String) },
            metrics: try Row.fetchAll(db, sql: "SELECT * FROM metric ORDER BY rowid").map(Rows.metric))
    }

    /// Stores a read document as a source and a document, its facts pending review, unless a document already
    /// holds the same text: then nothing is stored.
    public func store(_ document: ReadDocument, by actor: Actor) throws -> IngestOutcome {
        try writer.write { db in
            if let existing = try Self.documentId(contentHash: document.contentHash, db) { return .alreadyStored(documentId: existing) }
            let number = (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0) + 1
            let sourceId = FactReview.sourceId(documentNumber: number)
            try Self.save(FactReview.source(id: sourceId, of: document), db)
            try db.execute(
                sql: "INSERT INTO document (sourceId, title, date, file, text, contentHash) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [sourceId, document.title, document.date, document.file, document.text, document.contentHash])
            let documentId = db.lastInsertedRowID
            for filed in document.facts {
                let f = filed.fact, subject = filed.subject, metric = filed.metric
                let proposalId = try filed.proposal.map { try Self.proposalId(for: $0, db) }
                try db.execute(
                    sql: """
                        INSERT INTO pendingFact (documentId, value, unit, qualifier, direction, holder, holderWritten, measure, kind,
                            basis, periodStart, periodEnd, asOf, quote, spanStart, spanEnd, occurrences, spans, subject,
                            subjectReason, metricId, metricReason, proposalId)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        documentId, f.value, f.unit, f.qualifier.rawValue, f.direction, f.holder, f.holderWritten, f.measure,
                        f.kind.rawValue, f.basis, f.period?.start, f.period?.end, f.period?.asOf, f.quote, f.span.lowerBound,
                        f.span.upperBound, f.occurrences, FactReview.spansText(f.spans), subject?.value.description,
                        subject?.reason.rawValue, metric?.value, metric?.reason.rawValue, proposalId,
                    ])
            }
            try Self.audit(
                actor, "ingest", record: ("document", "\(documentId)"),
                note: Self.note(FactReview.ingestNote(document)), db)
            return .stored(documentId: documentId)
        }
    }

    /// The document holding text with this SHA-256, if any.
    public func document(contentHash: String) throws -> Int64? {
        try writer.read { db in try Self.documentId(contentHash: contentHash, db) }
    }

    static func documentId(contentHash: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE contentHash = ? ORDER BY id LIMIT 1", arguments: [contentHash])
    }

    /// The id of the proposal for `proposed` (same name and unit), added when new.
    static func proposalId(for proposed: ProposedMetric, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO metricProposal (nameZh, unit, kind, topic, suggestedId, growthOf) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (nameZh, unit) DO NOTHING
                """,
            arguments: [proposed.nameZh, proposed.unit, proposed.kind.rawValue, proposed.topic.rawValue, proposed.suggestedId, proposed.growthOf])
        return try Int64.fetchOne(
            db, sql: "SELECT id FROM metricProposal WHERE nameZh = ? AND unit = ?", arguments: [proposed.nameZh, proposed.unit])!
    }
}
