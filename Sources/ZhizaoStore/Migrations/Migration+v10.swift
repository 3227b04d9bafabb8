import GRDB
import ZhizaoStorage

extension Migrations {
    /// v10-business-scope: an enterprise's business scope (经营范围) as its import gave it, read by the chain-link
    /// classifier. Named so that it does not clash with another v10; registered after v9.
    static func v10BusinessScope(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE enterprise ADD COLUMN businessScope TEXT")
    }
}
