import PostgresNIO
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Checks and imports of each kind with the SQLite engine's rules (AppDatabase+Import): the same tables read and
/// validate the file (``EnterpriseTable``, ``ProjectTable``, ``ObservationTable``) against what the database holds,
/// limited to an editor's districts (``WriteScope/of(_:places:)``); an import writes all rows or none, in one
/// transaction with its one audit entry. Enterprises go by COPY (PostgresEngine+EnterpriseImport).
extension PostgresEngine {
    public func check(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?
    ) async throws -> Int {
        try await checkReading(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: progress).rows
    }

    public func checkReading(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?
    ) async throws -> TableReading {
        switch kind {
        case .enterprises:
            let places = PlaceDirectory(places: try await places())
            var tally = RowTally(progress)
            return try EnterpriseTable.read(bytes, file: file, sheet: sheet, places: places, scope: WriteScope.of(actor, places: places)) { _ in
                tally.add()
            }
        case .projects:
            return try await snapshot { connection in
                let references = try await self.references(for: .projects, bytes, file: file, sheet: sheet, actor, connection)
                var tally = RowTally(progress)
                return try ProjectTable.read(bytes, file: file, sheet: sheet, references: references) { _ in tally.add() }
            }
        case .observations:
            return try await snapshot { connection in
                let references = try await self.references(for: .observations, bytes, file: file, sheet: sheet, actor, connection)
                var tally = RowTally(progress)
                return try ObservationTable.read(bytes, file: file, sheet: sheet, references: references) { _ in tally.add() }
            }
        }
    }

    public func `import`(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?
    ) async throws -> ImportSummary {
        switch kind {
        case .enterprises: try await importEnterprises(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        case .projects: try await importProjects(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        case .observations: try await importObservations(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        }
    }

    public func importEnterprises(
        csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?
    ) async throws -> ImportSummary {
        try await importEnterprises(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress, largeLoad: Self.largeLoad)
    }

    public func importProjects(
        csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?
    ) async throws -> ImportSummary {
        try await importRecords(.projects, bytes, file: file, sheet: sheet, by: actor, progress: progress) { references, _ in
            references.projectIds
        } read: { references, accept in
            try ProjectTable.read(bytes, file: file, sheet: sheet, references: references, accept: accept)
        } save: { project, connection in
            try await self.save(project, connection)
        }
    }

    public func importObservations(
        csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?
    ) async throws -> ImportSummary {
        try await importRecords(.observations, bytes, file: file, sheet: sheet, by: actor, progress: progress) { _, connection in
            Set(try await self.strings("SELECT id FROM observation", connection))
        } read: { references, accept in
            try ObservationTable.read(bytes, file: file, sheet: sheet, references: references, accept: accept)
        } save: { observation, connection in
            try await self.save(observation, connection)
        }
    }

    /// Imports the records of a file of `kind` in one transaction: `read` validates the file against the references
    /// and hands each record to its `accept` (those whose id is not among `stored`'s count as inserted); once all are
    /// valid, `save` writes each and one audit entry records the import.
    private func importRecords<Record: Identifiable & Sendable>(
        _ kind: ImportKind, _ bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?,
        stored: @escaping @Sendable (ImportReferences, PostgresConnection) async throws -> Set<Record.ID>,
        read: @escaping @Sendable (ImportReferences, _ accept: (Record) throws -> Void) throws -> TableReading,
        save: @escaping @Sendable (Record, PostgresConnection) async throws -> Void
    ) async throws -> ImportSummary {
        try await transaction { connection in
            let references = try await self.references(for: kind, bytes, file: file, sheet: sheet, actor, connection)
            let existing = try await stored(references, connection)
            var records: [Record] = []
            var inserted = 0
            let reading = try read(references) { record in
                if !existing.contains(record.id) { inserted += 1 }
                records.append(record)
            }
            var tally = RowTally(progress)
            for record in records {
                try await save(record, connection)
                tally.add()
            }
            let summary = ImportSummary(rows: reading.rows, inserted: inserted, updated: reading.rows - inserted, notes: reading.notes)
            try await self.auditImport(kind, file: file, bytes: bytes, summary, actor, connection)
            return summary
        }
    }

    /// Records an import as the SQLite engine does: one entry with the file, its SHA-256 and the counts.
    func auditImport(
        _ kind: ImportKind, file: String, bytes: [UInt8], _ summary: ImportSummary, _ actor: Actor, _ connection: PostgresConnection
    ) async throws {
        try await appendAudit(actor, "import", record: (kind.rawValue, file), note: summary.auditNote(file: bytes), connection)
    }

    /// What the rows of a file of `kind` may refer to, as the database holds it, limited to `actor`'s districts.
    /// The enterprises the file names are looked up first (a read of the file that collects them), so that the
    /// references hold those of a registry of any size, not all of it.
    func references(
        for kind: ImportKind, _ bytes: [UInt8], file: String, sheet: String?, _ actor: Actor?, _ connection: PostgresConnection
    ) async throws -> ImportReferences {
        let places = PlaceDirectory(places: try await places(on: connection))
        var metricsById: [String: Metric] = [:]
        for metric in try await metrics(on: connection) where metricsById[metric.id] == nil { metricsById[metric.id] = metric }
        let named = NamedRefs()
        var references = ImportReferences(
            places: places, clusterIds: Set(try await strings("SELECT id FROM cluster", connection)), metrics: metricsById,
            sourceIds: Set(try await strings("SELECT id FROM source", connection)),
            projectIds: Set(try await strings("SELECT id FROM project", connection)),
            enterpriseExists: { ref in named.refs.insert(ref); return true })
        // The first read only collects the enterprises named; its problems are found again by the caller's read.
        switch kind {
        case .projects: _ = try? ProjectTable.read(bytes, file: file, sheet: sheet, references: references) { _ in }
        case .observations: _ = try? ObservationTable.read(bytes, file: file, sheet: sheet, references: references) { _ in }
        case .enterprises: break
        }
        let refs = Array(named.refs)
        var stored = Set<String>()
        if !refs.isEmpty {
            stored = Set(
                try await strings(
                    "SELECT uscc FROM enterprise WHERE uscc = ANY(\(refs)) UNION ALL SELECT slug FROM enterprise WHERE slug = ANY(\(refs))",
                    connection))
        }
        references.enterpriseExists = { [stored] in stored.contains($0) }
        references.scope = WriteScope.of(actor, places: places)
        return references
    }

    /// The one text column of each row `query` returns.
    func strings(_ query: PostgresQuery, _ connection: PostgresConnection) async throws -> [String] {
        var values: [String] = []
        for try await value in try await connection.query(query, logger: logger).decode(String.self) { values.append(value) }
        return values
    }
}

/// The enterprise references a file names, collected by a first read of it.
private final class NamedRefs: @unchecked Sendable {
    var refs = Set<String>()
}
