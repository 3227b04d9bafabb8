import GRDB
import ZhizaoStorage

extension Migrations {
    /// v4: an observation is an actual or a forecast (预计); rows before it are actuals.
    static func v4(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE observation ADD COLUMN kind TEXT NOT NULL DEFAULT 'actual'
                    CHECK (kind IN ('actual', 'forecast'))
                """)
    }
}
