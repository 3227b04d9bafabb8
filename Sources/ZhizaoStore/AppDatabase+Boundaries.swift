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
                .map { row in try Self.boundary(row, level) }
        }
        return stored.isEmpty ? try Self.shippedBoundaries(level) : stored
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
        if let account = actor.account, account.role < .analyst {
            throw StoreError(.invalid, "\(account.name) is an editor of some districts; boundaries are city-wide and need an analyst or admin")
        }
        let boundaries = try GeoJSONReader.boundaries(data, file: file, level: level)
        return try writer.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = ?", arguments: [level.rawValue]) ?? 0
            try db.execute(sql: "DELETE FROM boundary WHERE level = ?", arguments: [level.rawValue])
            for boundary in boundaries {
                try db.execute(
                    sql: "INSERT INTO boundary (level, code, name, coordinates) VALUES (?, ?, ?, ?)",
                    arguments: [level.rawValue, boundary.code, boundary.name, Self.coordinatesJSON(boundary.polygons)])
            }
            try Self.audit(
                actor, "import", record: ("boundaries", file),
                note: Self.note([
                    "rows": "\(boundaries.count)", "inserted": "\(boundaries.count)", "updated": "\(before)", "level": level.rawValue,
                    "sha256": SHA256.hex(Array(data)),
                ]), db)
            return boundaries.count
        }
    }

    /// The shipped boundaries of `level`, read once.
    static func shippedBoundaries(_ level: Boundary.Level) throws -> [Boundary] {
        switch level {
        case .district: try shippedDistricts.get()
        case .city: try shippedCities.get()
        }
    }

    private static let shippedDistricts = Result { try readShipped(.district) }
    private static let shippedCities = Result { try readShipped(.city) }

    private static func readShipped(_ level: Boundary.Level) throws -> [Boundary] {
        let file = try BuiltInDataset.boundaryFile(level)
        return try GeoJSONReader.boundaries(file.data, file: file.name, level: level)
    }

    static func boundary(_ row: Row, _ level: Boundary.Level) throws -> Boundary {
        let text: String = row["coordinates"]
        let numbers = try JSONDecoder().decode([[[[Double]]]].self, from: Data(text.utf8))
        let polygons = numbers.map { $0.map { $0.map { GeoPoint(longitude: $0[0], latitude: $0[1]) } } }
        return Boundary(code: row["code"], name: row["name"], level: level, polygons: polygons)
    }

    /// A MultiPolygon's coordinates as GeoJSON text.
    static func coordinatesJSON(_ polygons: [[[GeoPoint]]]) -> String {
        "[" + polygons.map { polygon in
            "[" + polygon.map { ring in
                "[" + ring.map { "[\($0.longitude),\($0.latitude)]" }.joined(separator: ",") + "]"
            }.joined(separator: ",") + "]"
        }.joined(separator: ",") + "]"
    }
}
