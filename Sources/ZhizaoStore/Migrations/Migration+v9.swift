import GRDB
import ZhizaoStorage

extension Migrations {
    /// v9-regional-values: named long tables imported from outside the registry (`zhizao import regional`), a
    /// province's cities × industries from a yearbook, say: one `regionalTable` row a table, one `regionalValue`
    /// row a value, in the file's order.
    static func v9RegionalValues(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE regionalTable (
                    name TEXT PRIMARY KEY NOT NULL,
                    -- What the values count or measure (firms, revenue in 元, employees), as the importer said.
                    measure TEXT,
                    -- Where the figures come from (a yearbook and its table), as the importer said.
                    source TEXT,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    importedAt TEXT NOT NULL,
                    rowCount INTEGER NOT NULL
                );
                CREATE TABLE regionalValue (
                    tableName TEXT NOT NULL REFERENCES regionalTable(name) ON DELETE CASCADE,
                    -- The row's place in the file, from 1: tables are read back in that order.
                    position INTEGER NOT NULL,
                    -- NULL when the table has no year column.
                    year INTEGER,
                    region TEXT NOT NULL,
                    industry TEXT NOT NULL,
                    value REAL NOT NULL CHECK (value >= 0),
                    PRIMARY KEY (tableName, position)
                ) WITHOUT ROWID;
                """)
    }
}
