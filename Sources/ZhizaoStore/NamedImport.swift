import GRDB
import ZhizaoCore
import ZhizaoStorage

/// What the imports stored whole under a name share in SQLite (regional tables, target lists): their tables, and
/// replacing a stored one only when asked; the rules every engine applies are ``NamedImportRules``.
struct NamedImport {
    /// The table of the imports (`regionalTable`), the table of their rows and the rows' column naming their import.
    let table: String, rows: String, key: String
    let rules: NamedImportRules

    static let regional = NamedImport(table: "regionalTable", rows: "regionalValue", key: "tableName", rules: .regionalTable)
    static let targetList = NamedImport(table: "targetList", rows: "outsideFirm", key: "listName", rules: .targetList)

    /// The name trimmed, once the actor may import (``NamedImportRules/name(_:by:)``).
    func name(_ name: String, by actor: Actor) throws -> String { try rules.name(name, by: actor) }

    /// Whether an import of `name` is stored.
    func exists(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE name = ?)", arguments: [name]) ?? false
    }

    /// Removes the stored import of `name` with its rows, when `replace`; a `StoreError(.exists)` when one is stored and
    /// not `replace`. Whether one was stored.
    func clear(_ name: String, replace: Bool, _ db: Database) throws -> Bool {
        let existed = try exists(name, db)
        if existed && !replace { throw rules.exists(name) }
        try db.execute(sql: "DELETE FROM \(rows) WHERE \(key) = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM \(table) WHERE name = ?", arguments: [name])
        return existed
    }
}
