import GRDB
import ZhizaoCore
import ZhizaoStorage

/// What the imports stored whole under a name share (regional tables, target lists): who may make them, the name,
/// and replacing a stored one only when asked.
struct NamedImport {
    /// The table of the imports (`regionalTable`), the table of their rows and the rows' column naming their import.
    let table: String, rows: String, key: String
    /// What one is called in messages: `regional table`.
    let noun: String

    static let regional = NamedImport(table: "regionalTable", rows: "regionalValue", key: "tableName", noun: "regional table")
    static let targetList = NamedImport(table: "targetList", rows: "outsideFirm", key: "listName", noun: "target list")

    /// The name trimmed, once the actor may import (analysts and admins; editors may not) and a name is given.
    func name(_ name: String, by actor: Actor) throws -> String {
        if let account = actor.account, account.role < .analyst {
            throw StoreError(.invalid, "\(account.name) is an editor of some districts; a \(noun) needs an analyst or admin")
        }
        let name = name.trimmingWhitespace()
        guard !name.isEmpty else { throw StoreError(.invalid, "a \(noun) needs a name; give one with --name") }
        return name
    }

    /// Whether an import of `name` is stored.
    func exists(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE name = ?)", arguments: [name]) ?? false
    }

    /// Removes the stored import of `name` with its rows, when `replace`; a `StoreError(.exists)` when one is stored and
    /// not `replace`. Whether one was stored.
    func clear(_ name: String, replace: Bool, _ db: Database) throws -> Bool {
        let existed = try exists(name, db)
        if existed && !replace {
            throw StoreError(.exists, "a \(noun) named \(name) exists; add --replace to replace it, or choose another --name")
        }
        try db.execute(sql: "DELETE FROM \(rows) WHERE \(key) = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM \(table) WHERE name = ?", arguments: [name])
        return existed
    }
}
