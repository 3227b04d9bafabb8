import Foundation
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange

/// Boundaries as every engine stores them (a MultiPolygon's coordinates as GeoJSON text in `boundary.coordinates`),
/// the shipped ones the maps fall back to, and what an import of a GeoJSON file checks and logs.
public enum StoredBoundaries {
    /// The boundaries maps draw at `level`: `stored` (those imported) unless there are none, else the shipped ones.
    public static func orShipped(_ stored: [Boundary], _ level: Boundary.Level) throws -> [Boundary] {
        stored.isEmpty ? try shipped(level) : stored
    }

    /// The shipped boundaries of `level`, read once.
    public static func shipped(_ level: Boundary.Level) throws -> [Boundary] {
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

    /// A stored boundary from its columns.
    public static func boundary(code: String, name: String?, level: Boundary.Level, coordinates text: String) throws -> Boundary {
        let numbers = try JSONDecoder().decode([[[[Double]]]].self, from: Data(text.utf8))
        let polygons = numbers.map { $0.map { $0.map { GeoPoint(longitude: $0[0], latitude: $0[1]) } } }
        return Boundary(code: code, name: name, level: level, polygons: polygons)
    }

    /// A MultiPolygon's coordinates as GeoJSON text.
    public static func coordinatesJSON(_ polygons: [[[GeoPoint]]]) -> String {
        "[" + polygons.map { polygon in
            "[" + polygon.map { ring in
                "[" + ring.map { "[\($0.longitude),\($0.latitude)]" }.joined(separator: ",") + "]"
            }.joined(separator: ",") + "]"
        }.joined(separator: ",") + "]"
    }

    /// The boundaries a GeoJSON file imports at `level`, after checking that `actor` may replace them: boundaries
    /// are city-wide, so an editor (limited to districts) may not.
    public static func imported(geoJSON data: Data, file: String, level: Boundary.Level, by actor: Actor) throws -> [Boundary] {
        if let account = actor.account, account.role < .analyst {
            throw StoreError(.invalid, "\(account.name) is an editor of some districts; boundaries are city-wide and need an analyst or admin")
        }
        return try GeoJSONReader.boundaries(data, file: file, level: level)
    }

    /// The audit note of an import of `count` boundaries from `data` that replaced `before` at `level`.
    public static func auditNote(count: Int, replacing before: Int, level: Boundary.Level, data: Data) -> [String: String] {
        ["rows": "\(count)", "inserted": "\(count)", "updated": "\(before)", "level": level.rawValue, "sha256": SHA256.hex(Array(data))]
    }
}
