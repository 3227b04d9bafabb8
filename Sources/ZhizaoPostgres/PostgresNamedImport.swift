import PostgresNIO
import ZhizaoStorage

/// What the imports stored whole under a name share on PostgreSQL (regional tables, target lists): their tables, and
/// replacing a stored one only when asked (the SQLite engine's NamedImport); the rules are ``NamedImportRules``.
struct PostgresNamedImport: Sendable {
    /// The table of the imports (`regionalTable`), the table of their rows and the rows' column naming their import.
    let table: String, rows: String, key: String
    let rules: NamedImportRules

    static let regional = PostgresNamedImport(
        table: "regionalTable", rows: "regionalValue", key: "tableName", rules: .regionalTable)
    static let targetList = PostgresNamedImport(
        table: "targetList", rows: "outsideFirm", key: "listName", rules: .targetList)

    /// Whether an import of `name` is stored.
    func exists(_ name: String, _ connection: PostgresConnection, logger: Logger) async throws -> Bool {
        var binds = PostgresBindings()
        binds.append(name)
        return try await PostgresEngine.single(
            Bool.self,
            try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE name = $1)", binds: binds),
                logger: logger))
    }

    /// Removes the stored import of `name` with its rows, when `replace`; the rules' `exists` refusal when one is
    /// stored and not `replace`. Whether one was stored.
    func clear(_ name: String, replace: Bool, _ connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let existed = try await exists(name, connection, logger: logger)
        if existed && !replace { throw rules.exists(name) }
        var binds = PostgresBindings()
        binds.append(name)
        try await connection.query(
            PostgresQuery(unsafeSQL: "DELETE FROM \(rows) WHERE \(key) = $1", binds: binds), logger: logger)
        try await connection.query(
            PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE name = $1", binds: binds), logger: logger)
        return existed
    }
}
