/// One value of a copied row, as both engines can hold it. Flags are integers 0 and 1 (SQLite keeps them so;
/// PostgreSQL's booleans are read as such), so a row reads the same from either engine.
public enum CopyValue: Sendable, Hashable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
}

/// A column of a copied table, named as its engine spells it, with the kind of value it holds.
public struct CopyColumn: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case integer, real, text
        /// PostgreSQL's boolean; SQLite's flags are plain integers.
        case boolean
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The name compared across engines: PostgreSQL folds unquoted names to lower case (`nameZh` is `namezh`).
    public var key: String { name.lowercased() }

    /// `value` as this column holds it: an integer in a real column is a real (SQLite stores whole reals as
    /// integers), and a flag is 0 or 1.
    public func normalised(_ value: CopyValue) -> CopyValue {
        switch (kind, value) {
        case (.real, .integer(let number)): .real(Double(number))
        default: value
        }
    }
}

/// A table as one engine describes it: its data columns, primary key, the tables its foreign keys name and its
/// identity column. Search indexes (SQLite's FTS5 tables and their shadow tables) and migration records are not
/// copied and never listed.
public struct CopyTable: Sendable, Hashable {
    public var name: String
    public var columns: [CopyColumn]
    /// The primary key's columns, in key order: rows are read in this order on both sides.
    public var primaryKey: [String]
    /// Keys (``key``) of the tables this table's foreign keys refer to, itself excluded.
    public var references: Set<String>
    /// The column numbered by the engine (SQLite's `INTEGER PRIMARY KEY`, PostgreSQL's identity), if any.
    public var identity: String?

    public init(name: String, columns: [CopyColumn], primaryKey: [String], references: Set<String>, identity: String?) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.references = references
        self.identity = identity
    }

    /// The name compared across engines, lower case.
    public var key: String { name.lowercased() }

    public func column(_ key: String) -> CopyColumn? { columns.first { $0.key == key } }

    /// How the checksum reads this table: every column in the order of the keys, rows in the order of `key`'s
    /// columns (the primary key; all columns for a table without one), matched by lower-case name.
    public func canonicalRead(orderedBy key: [String]? = nil) -> CopyRead {
        let key = (key ?? primaryKey).isEmpty ? columns.map(\.name) : (key ?? primaryKey)
        return CopyRead(
            table: name, columns: columns.sorted { $0.key < $1.key }, order: key.compactMap { column($0.lowercased()) })
    }
}

/// Which columns of a table to read, in which order, and in which row order: the same keys on both sides, each
/// spelled as its engine spells it.
public struct CopyRead: Sendable {
    public var table: String
    /// The copied columns, in the order of their keys (the canonical order the checksum uses).
    public var columns: [CopyColumn]
    /// The primary key's columns: rows come in ascending order of these (text compared byte by byte).
    public var order: [CopyColumn]

    public init(table: String, columns: [CopyColumn], order: [CopyColumn]) {
        self.table = table
        self.columns = columns
        self.order = order
    }
}
