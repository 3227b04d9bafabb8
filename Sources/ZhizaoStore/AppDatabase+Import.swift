import GRDB
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Imports of CSV, JSON or `.xlsx` files (a workbook's sheet `sheet`, the first by default): all-or-nothing. Rows are validated and written inside one transaction; any problem in any row
/// rolls the whole transaction back and the ``ImportError`` lists every problem with its location.
extension AppDatabase {
    /// Validates a file of `kind` against the database without writing anything; returns the number of rows.
    /// `actor`, when given, limits the rows as its import would be (an editor's to their districts).
    /// `progress` is told the rows read.
    public func check(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String? = nil, as actor: Actor? = nil,
        progress: ImportProgress? = nil
    ) throws -> Int {
        try checkReading(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: progress).rows
    }

    /// Validates like ``check(_:csv:file:sheet:as:progress:)`` and returns the rows with the notes on values read as
    /// meant.
    public func checkReading(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String? = nil, as actor: Actor? = nil,
        progress: ImportProgress? = nil
    ) throws -> TableReading {
        try writer.read { db in
            var tally = RowTally(progress)
            switch kind {
            case .enterprises:
                let places = PlaceDirectory(places: try Self.places(db))
                return try EnterpriseTable.read(bytes, file: file, sheet: sheet, places: places, scope: WriteScope.of(actor, places: places)) { _ in tally.add() }
            case .projects:
                return try ProjectTable.read(bytes, file: file, sheet: sheet, references: try Self.references(db, actor)) { _ in tally.add() }
            case .observations:
                return try ObservationTable.read(bytes, file: file, sheet: sheet, references: try Self.references(db, actor)) { _ in tally.add() }
            }
        }
    }

    /// Imports a file of `kind`; `progress` is told the rows written.
    public func `import`(
        _ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String? = nil, by actor: Actor, progress: ImportProgress? = nil
    ) throws -> ImportSummary {
        switch kind {
        case .enterprises: try importEnterprises(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        case .projects: try importProjects(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        case .observations: try importObservations(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress)
        }
    }

    /// Records an import: the file, its SHA-256 and the counts (one entry, not one per row).
    static func auditImport(_ kind: ImportKind, file: String, bytes: [UInt8], _ summary: ImportSummary, _ actor: Actor, _ db: Database) throws {
        try audit(actor, "import", record: (kind.rawValue, file), note: note(summary.auditNote(file: bytes)), db)
    }

    /// Imports enterprises: the file is read and checked on one thread while another writes the database.
    /// A large import into a smaller registry drops the secondary indexes and builds them again at the end,
    /// which is faster than keeping them row by row; all of it happens inside the one transaction.
    public func importEnterprises(
        csv bytes: [UInt8], file: String, sheet: String? = nil, by actor: Actor, progress: ImportProgress? = nil
    ) throws -> ImportSummary {
        try writer.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0
            // The unique USCC index of a million rows wants a larger page cache than reading does.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.pageCacheKiB)") }
            let lines = ImportFile.estimatedRows(bytes)
            let indexes = lines >= 50_000 && lines > before ? try Self.dropSecondaryIndexes(db) : []
            let writer = try EnterpriseWriter(db)
            let pipe = BatchPipe<Enterprise>()
            let places = PlaceDirectory(places: try Self.places(db))
            let scope = WriteScope.of(actor, places: places)
            let reader = Producer { () throws -> TableReading in
                defer { pipe.close() }
                var batch: [Enterprise] = []
                batch.reserveCapacity(1024)
                let reading = try EnterpriseTable.read(bytes, file: file, sheet: sheet, places: places, scope: scope) { enterprise in
                    batch.append(enterprise)
                    if batch.count == 1024 {
                        guard pipe.put(batch) else { throw CancellationError() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { _ = pipe.put(batch) }
                return reading
            }
            var tally = RowTally(progress)
            do {
                while let batch = pipe.take() {
                    for enterprise in batch { try writer.write(enterprise) }
                    tally.add(batch.count)
                }
            } catch {
                pipe.cancel()
                _ = try? reader.wait()
                throw error
            }
            let reading = try reader.wait()
            let rows = reading.rows
            try writer.finish()
            if !indexes.isEmpty {
                // Two sorter threads build the dropped indexes again.
                try db.execute(sql: "PRAGMA threads = 2; " + indexes.joined(separator: "; ") + "; PRAGMA threads = 0")
            }
            let inserted = (try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0) - before
            let summary = ImportSummary(rows: rows, inserted: inserted, updated: rows - inserted, notes: reading.notes)
            try Self.auditImport(.enterprises, file: file, bytes: bytes, summary, actor, db)
            return summary
        }
    }

    /// Drops the indexes declared on the enterprise and designation tables (not those behind UNIQUE or PRIMARY
    /// KEY constraints) and returns the statements that create them again.
    static func dropSecondaryIndexes(_ db: Database) throws -> [String] {
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name IN ('enterprise', 'designation') AND sql IS NOT NULL
                """)
        for index in indexes { try db.execute(sql: "DROP INDEX \"\(index["name"] as String)\"") }
        return indexes.map { $0["sql"] }
    }

    public func importProjects(
        csv bytes: [UInt8], file: String, sheet: String? = nil, by actor: Actor, progress: ImportProgress? = nil
    ) throws -> ImportSummary {
        try writer.write { db in
            let references = try Self.references(db, actor)
            var inserted = 0
            var tally = RowTally(progress)
            let reading = try ProjectTable.read(bytes, file: file, sheet: sheet, references: references) { project in
                if !references.projectIds.contains(project.id) { inserted += 1 }
                try Self.save(project, db)
                tally.add()
            }
            let summary = ImportSummary(rows: reading.rows, inserted: inserted, updated: reading.rows - inserted, notes: reading.notes)
            try Self.auditImport(.projects, file: file, bytes: bytes, summary, actor, db)
            return summary
        }
    }

    public func importObservations(
        csv bytes: [UInt8], file: String, sheet: String? = nil, by actor: Actor, progress: ImportProgress? = nil
    ) throws -> ImportSummary {
        try writer.write { db in
            let references = try Self.references(db, actor)
            let existing = Set(try String.fetchAll(db, sql: "SELECT id FROM observation"))
            var inserted = 0
            var tally = RowTally(progress)
            let reading = try ObservationTable.read(bytes, file: file, sheet: sheet, references: references) { observation in
                if !existing.contains(observation.id) { inserted += 1 }
                try Self.save(observation, db)
                tally.add()
            }
            let summary = ImportSummary(rows: reading.rows, inserted: inserted, updated: reading.rows - inserted, notes: reading.notes)
            try Self.auditImport(.observations, file: file, bytes: bytes, summary, actor, db)
            return summary
        }
    }

    static func places(_ db: Database) throws -> [Place] {
        try Row.fetchAll(db, sql: "SELECT * FROM place ORDER BY rowid").map(Rows.place)
    }

    static func references(_ db: Database, _ actor: Actor? = nil) throws -> ImportReferences {
        let lookup = try db.cachedStatement(
            sql: "SELECT 1 FROM enterprise WHERE uscc = ?1 UNION ALL SELECT 1 FROM enterprise WHERE slug = ?1 LIMIT 1")
        let places = PlaceDirectory(places: try places(db))
        var references = ImportReferences(
            places: places,
            clusterIds: Set(try String.fetchAll(db, sql: "SELECT id FROM cluster")),
            metrics: Dictionary(
                try Row.fetchAll(db, sql: "SELECT * FROM metric").map(Rows.metric).map { ($0.id, $0) },
                uniquingKeysWith: { a, _ in a }),
            sourceIds: Set(try String.fetchAll(db, sql: "SELECT id FROM source")),
            projectIds: Set(try String.fetchAll(db, sql: "SELECT id FROM project")),
            enterpriseExists: { ref in (try? Bool.fetchOne(lookup, arguments: [ref])) == true })
        references.scope = WriteScope.of(actor, places: places)
        return references
    }
}
