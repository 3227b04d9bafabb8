extension PostgresMigrations {
    /// v3: SQLite's v9-regional-values and v10-business-scope. Named long tables imported from outside the registry
    /// (`regionalTable`, one row a table; `regionalValue`, one row a value in the file's order) and an enterprise's
    /// business scope (经营范围) as its import gave it.
    static let v3 = """
        CREATE TABLE regionalTable (
            name TEXT PRIMARY KEY,
            measure TEXT,
            source TEXT,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            importedAt TEXT NOT NULL,
            rowCount INTEGER NOT NULL
        );
        CREATE TABLE regionalValue (
            tableName TEXT NOT NULL REFERENCES regionalTable(name) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            year INTEGER,
            region TEXT NOT NULL,
            industry TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL CHECK (value >= 0),
            PRIMARY KEY (tableName, position)
        );
        ALTER TABLE enterprise ADD COLUMN businessScope TEXT;
        """
}
