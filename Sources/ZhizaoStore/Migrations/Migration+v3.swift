import GRDB
import ZhizaoStorage

extension Migrations {
    /// v3: every span of a pending fact the document states more than once ("start-end;start-end"), so that a
    /// page repeating a passage shows each statement; NULL when the fact is stated once (spanStart, spanEnd).
    static func v3(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE pendingFact ADD COLUMN spans TEXT")
    }
}
