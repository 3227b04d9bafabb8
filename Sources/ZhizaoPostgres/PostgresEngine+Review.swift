import PostgresNIO
import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// Reviewing ingested facts, as the SQLite engine does (AppDatabase+Review): list them with the observations they
/// would repeat, correct them, accept them as observations or targets, or reject them. What each step decides is
/// ``FactReview``'s; this reads and writes the rows.
extension PostgresEngine: ReviewStore {
    public func documents() async throws -> [Document] {
        try await withConnection { connection in try await self.documents(id: nil, connection) }
    }

    public func document(id: Int64) async throws -> Document? {
        try await withConnection { connection in try await self.documents(id: id, connection).first }
    }

    /// Documents by id; only document `id` when given.
    private func documents(id: Int64?, _ connection: PostgresConnection) async throws -> [Document] {
        let rows = try await connection.query(
            """
            SELECT id, sourceId, title, date, file, text, contentHash FROM document
            WHERE \(id)::BIGINT IS NULL OR id = \(id) ORDER BY id
            """, logger: logger)
        var documents: [Document] = []
        for try await (id, sourceId, title, date, file, text, contentHash) in rows.decode(
            (Int64, String, String, String?, String?, String, String?).self)
        {
            documents.append(Document(id: id, sourceId: sourceId, title: title, date: date, file: file, text: text, contentHash: contentHash))
        }
        return documents
    }

    public func pendingFacts(documentId: Int64?, status: PendingFact.Status?) async throws -> [PendingFact] {
        try await transaction { connection in
            var facts: [PendingFact] = []
            for row in try await self.pendingFactRows(documentId: documentId, status: status?.rawValue, id: nil, connection) {
                facts.append(try await self.withDuplicate(row.pendingFact, connection))
            }
            return facts
        }
    }

    public func pendingFact(id: Int64) async throws -> PendingFact? {
        try await transaction { connection in
            guard let row = try await self.pendingFactRows(documentId: nil, status: nil, id: id, connection).first else { return nil }
            return try await self.withDuplicate(row.pendingFact, connection)
        }
    }

    public func confidentFacts(documentId: Int64) async throws -> [PendingFact] {
        try await pendingFacts(documentId: documentId, status: .pending).filter(\.isConfident)
    }

    public func edit(pendingFact id: Int64, _ edit: FactEdit, by actor: Actor) async throws -> PendingFact {
        try await transaction { connection in
            let pending = try await self.pending(id, connection)
            let before = try await self.rowJSON("pendingFact", id: id, columns: PendingFactRow.columns, connection)
            try await self.apply(edit, to: pending, connection)
            let after = try await self.rowJSON("pendingFact", id: id, columns: PendingFactRow.columns, connection)
            try await self.appendAudit(actor, "edit", record: ("pendingFact", "\(id)"), before: before, after: after, connection)
            return try await self.withDuplicate(try await self.stored(id, connection), connection)
        }
    }

    public func accept(pendingFact id: Int64, edit: FactEdit, newMetric: MetricAcceptance?, by actor: Actor) async throws -> AcceptedRecord {
        try await transaction { connection in
            let before = try await self.pending(id, connection)
            let beforeJSON = try await self.rowJSON("pendingFact", id: id, columns: PendingFactRow.columns, connection)
            if let newMetric {
                _ = try await self.acceptProposal(try FactReview.proposalId(of: before), newMetric, by: actor, connection)
            }
            try await self.apply(edit, to: try await self.pending(id, connection), connection)
            let record = try await self.record(try await self.withDuplicate(try await self.stored(id, connection), connection), connection)
            let after = try await self.rowJSON("pendingFact", id: id, columns: PendingFactRow.columns, connection)
            try await self.appendAudit(
                actor, "accept", record: ("pendingFact", "\(id)"), before: beforeJSON, after: after,
                note: FactReview.acceptNote(record), connection)
            return record
        }
    }

    public func reject(pendingFact id: Int64, by actor: Actor) async throws {
        try await transaction { connection in
            _ = try await self.pending(id, connection)
            try await connection.query("UPDATE pendingFact SET status = 'rejected' WHERE id = \(id)", logger: self.logger)
            try await self.appendAudit(actor, "reject", record: ("pendingFact", "\(id)"), connection)
        }
    }

    // MARK: - Steps

    /// The rows of `pendingFact`, by id, of one document, with one status and/or of one id when given.
    func pendingFactRows(documentId: Int64?, status: String?, id: Int64?, _ connection: PostgresConnection) async throws -> [PendingFactRow] {
        let list = PendingFactRow.columns.map { "\($0) AS \"\($0)\"" }.joined(separator: ", ")
        let rows = try await connection.query(
            """
            SELECT \(unescaped: list) FROM pendingFact
            WHERE (\(documentId)::BIGINT IS NULL OR documentId = \(documentId)) AND (\(status)::TEXT IS NULL OR status = \(status))
                AND (\(id)::BIGINT IS NULL OR id = \(id))
            ORDER BY id
            """, logger: logger)
        var facts: [PendingFactRow] = []
        for try await row in rows {
            let r = row.makeRandomAccess()
            facts.append(
                PendingFactRow(
                    id: try r["id"].decode(Int64.self), documentId: try r["documentId"].decode(Int64.self),
                    value: try r["value"].decode(Double.self), unit: try r["unit"].decode(String.self),
                    qualifier: try r["qualifier"].decode(String.self), direction: try r["direction"].decode(String?.self),
                    subjectText: try r["subjectText"].decode(String?.self), metricText: try r["metricText"].decode(String?.self),
                    periodStart: try r["periodStart"].decode(String?.self), periodEnd: try r["periodEnd"].decode(String?.self),
                    asOf: try r["asOf"].decode(String?.self), quote: try r["quote"].decode(String.self),
                    spanStart: try r["spanStart"].decode(Int.self), spanEnd: try r["spanEnd"].decode(Int.self),
                    occurrences: try r["occurrences"].decode(Int.self), subject: try r["subject"].decode(String?.self),
                    metricId: try r["metricId"].decode(String?.self), status: try r["status"].decode(String.self),
                    observationId: try r["observationId"].decode(String?.self), spans: try r["spans"].decode(String?.self),
                    holder: try r["holder"].decode(String?.self), holderWritten: try r["holderWritten"].decode(String?.self),
                    measure: try r["measure"].decode(String?.self), kind: try r["kind"].decode(String?.self),
                    basis: try r["basis"].decode(String?.self), subjectReason: try r["subjectReason"].decode(String?.self),
                    metricReason: try r["metricReason"].decode(String?.self), proposalId: try r["proposalId"].decode(Int64?.self),
                    targetId: try r["targetId"].decode(String?.self)))
        }
        return facts
    }

    /// The fact `id` as stored.
    func stored(_ id: Int64, _ connection: PostgresConnection) async throws -> PendingFact {
        guard let row = try await pendingFactRows(documentId: nil, status: nil, id: id, connection).first else {
            throw FactReview.noPendingFact(id)
        }
        return row.pendingFact
    }

    /// The fact `id`, which must still be pending.
    func pending(_ id: Int64, _ connection: PostgresConnection) async throws -> PendingFact {
        try FactReview.stillPending(try await stored(id, connection))
    }

    /// Whether the catalogue holds metric `id`.
    func metricExists(_ id: String, _ connection: PostgresConnection) async throws -> Bool {
        try await metricUnit(id, connection) != nil
    }

    /// The unit of metric `id`, nil when there is none.
    func metricUnit(_ id: String, _ connection: PostgresConnection) async throws -> String? {
        for try await unit in try await connection.query("SELECT unit FROM metric WHERE id = \(id)", logger: logger).decode(String.self) {
            return unit
        }
        return nil
    }

    /// Writes the corrections (``FactReview/refiled(_:_:filing:)``); a subject or metric the reviewer gives must exist.
    func apply(_ edit: FactEdit, to pending: PendingFact, _ connection: PostgresConnection) async throws {
        guard !edit.isEmpty else { return }
        if let given = edit.subject, try await !exists(given, connection) { throw FactReview.noSubject(given) }
        if let given = edit.metricId, try await !metricExists(given, connection) { throw FactReview.noMetric(given) }
        let refiled = FactReview.refiled(pending, edit, filing: FactFiling(try await filingCatalogue(connection)))
        var proposalId = pending.proposalId
        if case .some(let proposed) = refiled.proposal {
            proposalId = nil
            if let proposed { proposalId = try await self.proposalId(for: proposed, connection) }
        }
        let f = refiled.fact
        try await connection.query(
            """
            UPDATE pendingFact SET holder = \(f.holder), holderWritten = \(f.holderWritten), measure = \(f.measure),
                kind = \(f.kind.rawValue), value = \(f.value), periodStart = \(f.period?.start), periodEnd = \(f.period?.end),
                asOf = \(f.period?.asOf), subject = \(refiled.subject?.value.description),
                subjectReason = \(refiled.subject?.reason.rawValue), metricId = \(refiled.metric?.value),
                metricReason = \(refiled.metric?.reason.rawValue), proposalId = \(proposalId)
            WHERE id = \(pending.id)
            """, logger: logger)
    }

    /// Stores a pending fact as what its kind says (``FactReview/accepted(_:subject:metricId:document:)``) and marks
    /// it accepted.
    func record(_ pending: PendingFact, _ connection: PostgresConnection) async throws -> AcceptedRecord {
        let (subject, metricId) = try FactReview.acceptable(pending)
        try FactReview.checkUnit(pending, metricId: metricId, unit: try await metricUnit(metricId, connection))
        var document: (sourceId: String, text: String)?
        for try await row in try await connection.query(
            "SELECT sourceId, text FROM document WHERE id = \(pending.documentId)", logger: logger
        ).decode((String, String).self) {
            document = (row.0, row.1)
        }
        guard let document else { throw FactReview.documentGone(pending.documentId) }
        let accepted = FactReview.accepted(pending, subject: subject, metricId: metricId, document: document)
        var observationId: String?, targetId: String?
        switch accepted {
        case .observation(let observation):
            try await save(observation, connection)
            observationId = observation.id
        case .target(let target):
            try await save(target, connection)
            targetId = target.id
        }
        try await connection.query(
            """
            UPDATE pendingFact SET status = 'accepted', observationId = \(observationId), targetId = \(targetId)
            WHERE id = \(pending.id)
            """, logger: logger)
        return accepted.record
    }

    /// The fact with the observation or target of the record it repeats, if any (``FactReview/duplicate(of:among:)``).
    func withDuplicate(_ pending: PendingFact, _ connection: PostgresConnection) async throws -> PendingFact {
        var p = pending
        var place: String?, cluster: String?, project: String?, enterprise: String?
        func columns(_ subject: Subject) {
            switch subject {
            case .place(let id): place = id
            case .cluster(let id): cluster = id
            case .project(let id): project = id
            case .enterprise(let ref): enterprise = ref
            }
        }
        if let key = FactReview.targetDuplicateKey(p) {
            columns(key.subject)
            let rows = try await connection.query(
                """
                SELECT t.id, t.value FROM target t
                WHERE (t.placeId = \(place) OR t.clusterId = \(cluster) OR t.projectId = \(project)
                        OR t.enterpriseId = (SELECT id FROM enterprise WHERE slug = \(enterprise) OR uscc = \(enterprise)))
                    AND t.metricId = \(key.metricId) AND t.deadline IS NOT DISTINCT FROM \(key.deadline)
                ORDER BY t.id
                """, logger: logger)
            var candidates: [(id: String, value: Double?)] = []
            for try await (id, value) in rows.decode((String, Double?).self) { candidates.append((id: id, value: value)) }
            p.duplicateOf = FactReview.duplicate(of: p, among: candidates)
            return p
        }
        guard let key = FactReview.duplicateKey(p) else { return p }
        columns(key.subject)
        let rows = try await connection.query(
            """
            SELECT o.id, o.value FROM observation o
            WHERE (o.placeId = \(place) OR o.clusterId = \(cluster) OR o.projectId = \(project)
                    OR o.enterpriseId = (SELECT id FROM enterprise WHERE slug = \(enterprise) OR uscc = \(enterprise)))
                AND o.metricId = \(key.metricId) AND o.kind = \(key.kind)
                AND o.periodStart IS NOT DISTINCT FROM \(key.period.start) AND o.periodEnd IS NOT DISTINCT FROM \(key.period.end)
                AND o.asOf IS NOT DISTINCT FROM \(key.period.asOf)
            ORDER BY o.rowid
            """, logger: logger)
        var candidates: [(id: String, value: Double?)] = []
        for try await (id, value) in rows.decode((String, Double?).self) { candidates.append((id: id, value: value)) }
        p.duplicateOf = FactReview.duplicate(of: p, among: candidates)
        return p
    }
}
