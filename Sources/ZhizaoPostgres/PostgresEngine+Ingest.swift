import PostgresNIO
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Ingesting reports, as the SQLite engine does (AppDatabase+Ingest): the catalogue facts are filed under, and a
/// read document stored as a source, a document and its pending facts, each proposed metric added once.
extension PostgresEngine {
    public func filingCatalogue() async throws -> FilingCatalogue {
        try await transaction { connection in try await self.filingCatalogue(connection) }
    }

    /// The catalogue in the order the records were added (v4's `rowid`), as the SQLite engine reads it.
    func filingCatalogue(_ connection: PostgresConnection) async throws -> FilingCatalogue {
        let places = try await places(on: connection)
        var clusters: [Cluster] = []
        let clusterRows = try await connection.query(
            "SELECT id, nameZh, nameEn, scope, placeId, parentId, sourceId FROM cluster ORDER BY rowid", logger: logger)
        for try await (id, nameZh, nameEn, scope, placeId, parentId, sourceId) in clusterRows.decode(
            (String, String, String?, String, String, String?, String?).self)
        {
            clusters.append(
                Cluster(
                    id: id, name: LocalizedText(zh: nameZh, en: nameEn), scope: ClusterScope(rawValue: scope) ?? .city,
                    placeId: placeId, parentId: parentId, sourceId: sourceId))
        }
        var firms: [(name: String, ref: String)] = []
        let firmRows = try await connection.query(
            "SELECT coalesce(slug, uscc), nameZh FROM enterprise WHERE uscc IS NULL ORDER BY id", logger: logger)
        for try await (ref, name) in firmRows.decode((String, String).self) { firms.append((name: name, ref: ref)) }
        let metrics = try await metrics(on: connection)
        return FilingCatalogue(places: places, clusters: clusters, firms: firms, metrics: metrics)
    }

    public func store(_ document: ReadDocument, by actor: Actor) async throws -> IngestOutcome {
        try await transaction { connection in
            if let existing = try await self.documentId(contentHash: document.contentHash, connection) {
                return .alreadyStored(documentId: existing)
            }
            let number = try await self.count("SELECT count(*) FROM document", connection) + 1
            let sourceId = FactReview.sourceId(documentNumber: number)
            try await self.save(FactReview.source(id: sourceId, of: document), connection)
            let inserted = try await connection.query(
                """
                INSERT INTO document (sourceId, title, date, file, text, contentHash)
                VALUES (\(sourceId), \(document.title), \(document.date), \(document.file), \(document.text), \(document.contentHash))
                RETURNING id
                """, logger: self.logger)
            var documentId: Int64 = 0
            for try await id in inserted.decode(Int64.self) { documentId = id }
            for filed in document.facts {
                let f = filed.fact, subject = filed.subject, metric = filed.metric
                var proposalId: Int64?
                if let proposal = filed.proposal { proposalId = try await self.proposalId(for: proposal, connection) }
                try await connection.query(
                    """
                    INSERT INTO pendingFact (documentId, value, unit, qualifier, direction, holder, holderWritten, measure, kind,
                        basis, periodStart, periodEnd, asOf, quote, spanStart, spanEnd, occurrences, spans, subject,
                        subjectReason, metricId, metricReason, proposalId)
                    VALUES (\(documentId), \(f.value), \(f.unit), \(f.qualifier.rawValue), \(f.direction), \(f.holder),
                        \(f.holderWritten), \(f.measure), \(f.kind.rawValue), \(f.basis), \(f.period?.start), \(f.period?.end),
                        \(f.period?.asOf), \(f.quote), \(f.span.lowerBound), \(f.span.upperBound), \(f.occurrences),
                        \(FactReview.spansText(f.spans)), \(subject?.value.description), \(subject?.reason.rawValue),
                        \(metric?.value), \(metric?.reason.rawValue), \(proposalId))
                    """, logger: self.logger)
            }
            try await self.appendAudit(
                actor, "ingest", record: ("document", "\(documentId)"), note: FactReview.ingestNote(document), connection)
            return .stored(documentId: documentId)
        }
    }

    public func document(contentHash: String) async throws -> Int64? {
        try await withConnection { connection in try await self.documentId(contentHash: contentHash, connection) }
    }

    func documentId(contentHash: String, _ connection: PostgresConnection) async throws -> Int64? {
        let rows = try await connection.query(
            "SELECT id FROM document WHERE contentHash = \(contentHash) ORDER BY id LIMIT 1", logger: logger)
        for try await id in rows.decode(Int64.self) { return id }
        return nil
    }

    /// The id of the proposal for `proposed` (same name and unit), added when new.
    func proposalId(for proposed: ProposedMetric, _ connection: PostgresConnection) async throws -> Int64 {
        try await connection.query(
            """
            INSERT INTO metricProposal (nameZh, unit, kind, topic, suggestedId, growthOf)
            VALUES (\(proposed.nameZh), \(proposed.unit), \(proposed.kind.rawValue), \(proposed.topic.rawValue),
                \(proposed.suggestedId), \(proposed.growthOf))
            ON CONFLICT (nameZh, unit) DO NOTHING
            """, logger: logger)
        let rows = try await connection.query(
            "SELECT id FROM metricProposal WHERE nameZh = \(proposed.nameZh) AND unit = \(proposed.unit)", logger: logger)
        for try await id in rows.decode(Int64.self) { return id }
        throw StoreError(.notFound, "proposed metric \(proposed.nameZh) (\(proposed.unit)) was not stored")
    }

    /// The one integer `sql` selects.
    func count(_ sql: PostgresQuery, _ connection: PostgresConnection) async throws -> Int {
        for try await number in try await connection.query(sql, logger: logger).decode(Int.self) { return number }
        return 0
    }
}
