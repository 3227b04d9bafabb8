import Foundation
import GRDB
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange
import ZhizaoStorage

/// Administrative boundaries for the maps: the shipped Guangzhou districts and Guangdong cities, replaced level by
/// level by imported ones (`zhizao import boundaries`).
extension AppDatabase {
    /// The boundaries maps draw at `level`: the imported ones when the database holds any at that level, otherwise
    /// the shipped ones.
    public func boundaries(_ level: Boundary.Level) throws -> [Boundary] {
        let stored = try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM boundary WHERE level = ? ORDER BY code", arguments: [level.rawValue])
                .map { row in
                    try StoredBoundaries.boundary(code: row["code"], name: row["name"], level: level, coordinates: row["coordinates"])
                }
        }
        return try StoredBoundaries.orShipped(stored, level)
    }

    /// Whether the boundaries at `level` were imported rather than shipped.
    public func hasImportedBoundaries(_ level: Boundary.Level) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM boundary WHERE level = ?)", arguments: [level.rawValue]) ?? false }
    }

    /// Imports a GeoJSON file's areas as the boundaries of `level`, replacing those imported before at that level:
    /// all or nothing, in one transaction with its audit entry. Returns how many areas were stored.
    /// Boundaries are city-wide: an editor (limited to districts) may not replace them.
    @discardableResult
    public func importBoundaries(geoJSON data: Data, file: String, level: Boundary.Level, by actor: Actor) throws -> Int {
        let boundaries = try StoredBoundaries.imported(geoJSON: data, file: file, level: level, by: actor)
        return try writer.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = ?", arguments: [level.rawValue]) ?? 0
            try db.execute(sql: "DELETE FROM boundary WHERE level = ?", arguments: [level.rawValue])
            for boundary in boundaries {
                try db.execute(
                    sql: "INSERT INTO boundary (level, code, name, coordinates) VALUES (?, ?, ?, ?)",
                    arguments: [level.rawValue, boundary.code, boundary.name, StoredBoundaries.coordinatesJSON(boundary.polygons)])
            }
            try Self.audit(
                actor, "import", record: ("boundaries", file),
                note: Self.note(StoredBoundaries.auditNote(count: boundaries.count, replacing: before, level: level, data: data)), db)
            return boundaries.count
        }
    }
}
