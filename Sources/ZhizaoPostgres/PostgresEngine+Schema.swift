import PostgresNIO

extension PostgresEngine {
    /// Brings the schema up to date under the advisory lock (``PostgresMigrations``) and checks that the database
    /// builds trigrams of Chinese text; returns the migrations applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        let applied = try await withConnection { connection in try await PostgresMigrations.migrate(connection, logger: self.logger) }
        try await checkTrigramLocale()
        return applied
    }

    /// Throws unless `pg_trgm` makes trigrams of CJK text in this database. Under LC_CTYPE `C` it takes CJK
    /// characters for separators and every Chinese search would find nothing; C.UTF-8 (or zh_CN.UTF-8, en_US.UTF-8)
    /// classifies them as letters.
    public func checkTrigramLocale() async throws {
        let (count, ctype) = try await withConnection { connection in
            let rows = try await connection.query(
                "SELECT cardinality(show_trgm('汽车零部件')), current_setting('lc_ctype')", logger: self.logger)
            for try await row in rows.decode((Int, String).self) { return row }
            return (0, "?")
        }
        guard count > 0 else {
            throw PostgresEngineError(
                .server,
                "database \(settings.database) has LC_CTYPE \(ctype), under which pg_trgm makes no trigrams of Chinese "
                    + "names and search finds nothing: create it with LC_CTYPE 'C.UTF-8' (CREATE DATABASE … "
                    + "LC_CTYPE 'C.UTF-8' TEMPLATE template0, or initdb --locale=C.UTF-8)")
        }
    }
}
