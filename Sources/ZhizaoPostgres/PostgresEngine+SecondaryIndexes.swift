import PostgresNIO

/// A large import into a smaller registry builds the enterprise table's secondary indexes after the load instead of
/// row by row, as the SQLite engine does (AppDatabase+Import): sorting a million rows once is cheaper than a
/// million insertions into b-trees, and much cheaper than into the GIN index of names.
///
/// The indexes are dropped and made again inside the import's transaction, so an import that fails leaves them as
/// they were. Their definitions are read from the catalogue (`pg_get_indexdef`), so the migrations stay the one place
/// that says what they are. The primary key and the unique USCC and slug indexes stay: the merge needs them.
/// Dropping an index locks the table against readers until the commit, so this is for loads, not for the small
/// imports of a registry in use.
extension PostgresEngine {
    /// The fewest rows of an import that rebuilds the indexes (SQLite's rule).
    public static let largeLoad = 50_000

    /// Whether an import of `rows` rows into a registry of `stored` firms should rebuild the indexes after it: at
    /// least `largeLoad` rows and more than the registry holds.
    static func rebuildsIndexes(importing rows: Int, into stored: Int, largeLoad: Int = PostgresEngine.largeLoad) -> Bool {
        rows >= largeLoad && rows > stored
    }

    /// Drops the enterprise table's secondary (non-unique) indexes; returns their definitions for
    /// ``createIndexes(_:_:)``.
    func dropSecondaryIndexes(_ connection: PostgresConnection) async throws -> [String] {
        let rows = try await connection.query(
            """
            SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
            WHERE x.indrelid = 'enterprise'::regclass AND NOT x.indisunique AND NOT x.indisprimary ORDER BY c.relname
            """, logger: logger)
        var indexes: [(name: String, definition: String)] = []
        for try await index in rows.decode((String, String).self) { indexes.append(index) }
        for index in indexes {
            try await connection.query(PostgresQuery(unsafeSQL: "DROP INDEX \"\(index.name)\""), logger: logger)
        }
        return indexes.map(\.definition)
    }

    /// Creates the indexes `definitions` (as ``dropSecondaryIndexes(_:)`` returned them) again.
    func createIndexes(_ definitions: [String], _ connection: PostgresConnection) async throws {
        for definition in definitions {
            try await connection.query(PostgresQuery(unsafeSQL: definition), logger: logger)
        }
    }

    /// How many firms the registry holds.
    func enterpriseCount(_ connection: PostgresConnection) async throws -> Int {
        var count = 0
        for try await value in try await connection.query("SELECT count(*) FROM enterprise", logger: logger).decode(Int.self) {
            count = value
        }
        return count
    }
}
