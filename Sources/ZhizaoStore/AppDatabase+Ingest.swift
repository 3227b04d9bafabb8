import GRDB
import ReportReader
import ZhizaoCore

/// Ingesting reports: a document becomes a source, its facts pending observations, each matched to a subject by
/// its holder and to a metric by its measure (or given a proposed metric), with the reason shown to the reviewer.
extension AppDatabase {
    /// Stores `text` as a source and a document, and the reader's facts as pending, unless a document already
    /// holds the same text (same SHA-256): then nothing is stored. `place` resolves 全市, 全区 when the text does
    /// not name its place.
    public func ingest(text: String, title: String, date: String?, file: String?, place: String? = nil, by actor: Actor) throws -> IngestOutcome {
        let hash = Self.contentHash(text)
        if let existing = try document(contentHash: hash) { return .alreadyStored(documentId: existing) }
        let facts = FactExtractor.extract(text, date: date, place: place)
        let documentPlace = FactExtractor.documentPlace(text, place: place)
        return try writer.write { db in
            if let existing = try Self.documentId(contentHash: hash, db) { return .alreadyStored(documentId: existing) }
            let number = (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0) + 1
            let sourceId = "doc-\(number)"
            try Self.save(
                Source(id: sourceId, title: LocalizedText(zh: title), published: date,
                       note: "读入的文档；数字由报告阅读器读出，逐条审核后入库 / Ingested document; facts read by the report reader, each reviewed"), db)
            try db.execute(
                sql: "INSERT INTO document (sourceId, title, date, file, text, contentHash) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [sourceId, title, date, file, text, hash])
            let documentId = db.lastInsertedRowID
            let matching = try Matching(db)
            for f in facts {
                let subject = matching.subjects.subject(f.holder, documentPlace: documentPlace)
                let metric = matching.metric(f)
                let proposalId = metric == nil ? try matching.proposal(f).map { try Self.proposalId(for: $0, db) } : nil
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
                        f.span.upperBound, f.occurrences, Self.spansText(f.spans), subject?.value.description,
                        subject?.reason.rawValue, metric?.value, metric?.reason.rawValue, proposalId,
                    ])
            }
            try Self.audit(
                actor, "ingest", record: ("document", "\(documentId)"), note: Self.note(["title": title, "facts": "\(facts.count)"]), db)
            return .stored(documentId: documentId)
        }
    }

    /// The SHA-256 of a document's text as read: line ends and the blank around the text do not make it another.
    static func contentHash(_ text: String) -> String {
        SHA256.hex(text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines).utf8)
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

    /// "start-end;start-end" for a fact stated more than once; nil for one statement (spanStart, spanEnd hold it).
    static func spansText(_ spans: [Range<Int>]) -> String? {
        spans.count > 1 ? spans.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ";") : nil
    }
}

/// The database's names and metric catalogue, read once for a document's facts.
struct Matching {
    let subjects: SubjectMatcher
    let metrics: MetricMatcher

    init(_ db: Database) throws {
        let places = try Row.fetchAll(db, sql: "SELECT * FROM place ORDER BY rowid").map(Rows.place)
        let clusters = try Row.fetchAll(db, sql: "SELECT * FROM cluster ORDER BY rowid").map(Rows.cluster)
        let firms = try Row.fetchAll(db, sql: "SELECT coalesce(slug, uscc) AS ref, nameZh FROM enterprise WHERE uscc IS NULL")
            .map { (name: $0["nameZh"] as String, ref: $0["ref"] as String) }
        subjects = SubjectMatcher(places: places, clusters: clusters, firms: firms)
        metrics = MetricMatcher(metrics: try Row.fetchAll(db, sql: "SELECT * FROM metric ORDER BY rowid").map(Rows.metric))
    }

    func metric(_ f: Fact) -> Match<String>? {
        metrics.metric(f.measure, unit: f.unit, aspect: Self.aspect(f), basis: f.basis)
    }

    func proposal(_ f: Fact) -> ProposedMetric? {
        metrics.proposal(f.measure, unit: f.unit, aspect: Self.aspect(f), basis: f.basis, isStock: f.period?.asOf != nil)
    }

    /// What of its measure a fact gives: a goal or an expectation of growth (力争增长8%) is a change.
    static func aspect(_ f: Fact) -> MeasureAspect {
        switch f.kind {
        case .level: .level
        case .change: .change
        case .share: .share
        case .rank: .rank
        case .target, .forecast: f.direction != nil && f.unit == "%" ? .change : .level
        }
    }
}
