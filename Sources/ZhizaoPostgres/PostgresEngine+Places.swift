import PostgresNIO
import ZhizaoCore

extension PostgresEngine {
    /// Every place, in the order they were added (v4's `rowid`), as the SQLite engine lists them.
    public func places() async throws -> [Place] {
        try await withConnection { connection in try await self.places(on: connection) }
    }

    /// Every place, read on `connection` (inside a transaction that checks against them or reads a snapshot).
    func places(on connection: PostgresConnection) async throws -> [Place] {
        let rows = try await connection.query(
            "SELECT id, parentId, kind, nameZh, nameEn, layoutRole, parkTier, level, sourceId FROM place ORDER BY rowid",
            logger: logger)
        var places: [Place] = []
        for try await (id, parentId, kind, nameZh, nameEn, layoutRole, parkTier, level, sourceId) in rows.decode(
            (String, String?, String, String, String?, String?, String?, String?, String?).self)
        {
            places.append(
                Place(
                    id: id, parentId: parentId, kind: PlaceKind(rawValue: kind) ?? .park, name: LocalizedText(zh: nameZh, en: nameEn),
                    layoutRole: layoutRole.flatMap(LayoutRole.init), parkTier: parkTier.flatMap(ParkTier.init), level: level,
                    sourceId: sourceId))
        }
        return places
    }
}

extension PostgresEngine {
    /// Stores `places` (parents before children) as a dataset's load does, without their sources (`sourceId` stays
    /// empty, as sources are not stored here yet); places already stored are kept.
    /// Not audited, as the SQLite engine's dataset load is not.
    public func loadPlaces(_ places: [Place]) async throws {
        try await transaction { connection in
            for place in places {
                try await connection.query(
                    """
                    INSERT INTO place (id, parentId, kind, nameZh, nameEn, layoutRole, parkTier, level, sourceId)
                    VALUES (\(place.id), \(place.parentId), \(place.kind.rawValue), \(place.name.zh), \(place.name.en),
                        \(place.layoutRole?.rawValue), \(place.parkTier?.rawValue), \(place.level), NULL)
                    ON CONFLICT (id) DO NOTHING
                    """, logger: self.logger)
            }
        }
    }
}
