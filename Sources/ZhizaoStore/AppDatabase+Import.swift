import GRDB
import ZhizaoCore
import ZhizaoInterchange

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var rows: Int
    public var inserted: Int
    public var updated: Int
}

/// CSV imports: all-or-nothing. Rows are validated and written inside one transaction; any problem in any row
/// rolls the whole transaction back and the ``ImportError`` lists every problem with its location.
extension AppDatabase {
    public func importEnterprises(csv bytes: [UInt8], file: String) throws -> ImportSummary {
        try writer.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0
            let writer = try EnterpriseWriter(db)
            let rows = try EnterpriseTable.read(bytes, file: file, places: PlaceDirectory(places: try Self.places(db))) {
                try writer.write($0)
            }
            let inserted = (try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0) - before
            return ImportSummary(rows: rows, inserted: inserted, updated: rows - inserted)
        }
    }

    public func importProjects(csv bytes: [UInt8], file: String) throws -> ImportSummary {
        try writer.write { db in
            let references = try Self.references(db)
            var inserted = 0
            let rows = try ProjectTable.read(bytes, file: file, references: references) { project in
                if !references.projectIds.contains(project.id) { inserted += 1 }
                try Self.save(project, db)
            }
            return ImportSummary(rows: rows, inserted: inserted, updated: rows - inserted)
        }
    }

    public func importObservations(csv bytes: [UInt8], file: String) throws -> ImportSummary {
        try writer.write { db in
            let references = try Self.references(db)
            let existing = Set(try String.fetchAll(db, sql: "SELECT id FROM observation"))
            var inserted = 0
            let rows = try ObservationTable.read(bytes, file: file, references: references) { observation in
                if !existing.contains(observation.id) { inserted += 1 }
                try Self.save(observation, db)
            }
            return ImportSummary(rows: rows, inserted: inserted, updated: rows - inserted)
        }
    }

    static func places(_ db: Database) throws -> [Place] {
        try Row.fetchAll(db, sql: "SELECT * FROM place ORDER BY rowid").map(Rows.place)
    }

    static func references(_ db: Database) throws -> ImportReferences {
        let lookup = try db.cachedStatement(
            sql: "SELECT 1 FROM enterprise WHERE uscc = ?1 UNION ALL SELECT 1 FROM enterprise WHERE slug = ?1 LIMIT 1")
        return ImportReferences(
            places: PlaceDirectory(places: try places(db)),
            clusterIds: Set(try String.fetchAll(db, sql: "SELECT id FROM cluster")),
            metrics: Dictionary(
                try Row.fetchAll(db, sql: "SELECT * FROM metric").map(Rows.metric).map { ($0.id, $0) },
                uniquingKeysWith: { a, _ in a }),
            sourceIds: Set(try String.fetchAll(db, sql: "SELECT id FROM source")),
            projectIds: Set(try String.fetchAll(db, sql: "SELECT id FROM project")),
            enterpriseExists: { ref in (try? Bool.fetchOne(lookup, arguments: [ref])) == true })
    }
}
