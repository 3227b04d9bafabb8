import Foundation
import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Administrative boundaries for the maps: the shipped ones, replaced level by level by imported ones
/// (``StoredBoundaries`` holds what both engines share).
extension PostgresEngine {
    public func boundaries(_ level: Boundary.Level) async throws -> [Boundary] {
        try await withConnection { try await self.boundaries(level, on: $0) }
    }

    func boundaries(_ level: Boundary.Level, on connection: PostgresConnection) async throws -> [Boundary] {
        let rows = try await connection.query(
            "SELECT code, name, coordinates FROM boundary WHERE level = \(level.rawValue) ORDER BY code COLLATE \"C\"", logger: logger)
        var stored: [Boundary] = []
        for try await (code, name, coordinates) in rows.decode((String, String?, String).self) {
            stored.append(try StoredBoundaries.boundary(code: code, name: name, level: level, coordinates: coordinates))
        }
        return try StoredBoundaries.orShipped(stored, level)
    }

    public func hasImportedBoundaries(_ level: Boundary.Level) async throws -> Bool {
        try await withConnection { connection in
            try await Self.single(
                Bool.self,
                try await connection.query("SELECT EXISTS (SELECT 1 FROM boundary WHERE level = \(level.rawValue))", logger: self.logger))
        }
    }

    /// Imports a GeoJSON file's areas as the boundaries of `level`, replacing those imported before at that level:
    /// all or nothing, in one transaction with its audit entry. Returns how many areas were stored.
    public func importBoundaries(geoJSON data: Data, file: String, level: Boundary.Level, by actor: Actor) async throws -> Int {
        let boundaries = try StoredBoundaries.imported(geoJSON: data, file: file, level: level, by: actor)
        return try await transaction { connection in
            let removed = try await connection.query(
                "DELETE FROM boundary WHERE level = \(level.rawValue) RETURNING code", logger: self.logger
            ).collect()
            for boundary in boundaries {
                try await connection.query(
                    """
                    INSERT INTO boundary (level, code, name, coordinates)
                    VALUES (\(level.rawValue), \(boundary.code), \(boundary.name), \(StoredBoundaries.coordinatesJSON(boundary.polygons)))
                    """, logger: self.logger)
            }
            try await self.appendAudit(
                actor, "import", record: ("boundaries", file),
                note: StoredBoundaries.auditNote(count: boundaries.count, replacing: removed.count, level: level, data: data), connection)
            return boundaries.count
        }
    }
}
