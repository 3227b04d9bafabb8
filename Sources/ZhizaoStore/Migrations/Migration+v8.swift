import GRDB
import ZhizaoStorage

extension Migrations {
    /// v8-boundaries: imported administrative boundaries (`zhizao import boundaries`), one row an area of a level
    /// (a city's districts, a province's cities). When a level has rows, maps draw them instead of the shipped
    /// Guangzhou and Guangdong boundaries. Named v8-boundaries so that it does not clash with another v8.
    static func v8Boundaries(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE boundary (
                    level TEXT NOT NULL CHECK (level IN ('district', 'city')),
                    -- The administrative code (440114), or the area's name when the file gave no code.
                    code TEXT NOT NULL,
                    name TEXT,
                    -- The MultiPolygon's coordinates as GeoJSON: [[[[longitude, latitude], …], …], …].
                    coordinates TEXT NOT NULL,
                    PRIMARY KEY (level, code)
                ) WITHOUT ROWID;
                """)
    }
}
