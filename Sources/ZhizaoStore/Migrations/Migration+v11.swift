import GRDB
import ZhizaoStorage

extension Migrations {
    /// v11-target-lists: outside lists of firms to court (招商名单, `zhizao import target-list`), kept apart from the
    /// registry so that they never count in the bureau's own figures: one `targetList` row a list, one `outsideFirm`
    /// row a firm, keyed by list and USCC.
    static func v11TargetLists(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE targetList (
                    name TEXT PRIMARY KEY NOT NULL,
                    -- Where the list comes from (a ministry's announcement, a platform's export), as the importer said.
                    source TEXT,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    importedAt TEXT NOT NULL,
                    rowCount INTEGER NOT NULL
                );
                CREATE TABLE outsideFirm (
                    listName TEXT NOT NULL REFERENCES targetList(name) ON DELETE CASCADE,
                    uscc TEXT NOT NULL,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    province TEXT,
                    city TEXT,
                    industryCode TEXT,
                    founded INTEGER,
                    employees INTEGER,
                    -- Revenue by year as YEAR=AMOUNT;… (RevenueHistory).
                    revenueHistory TEXT NOT NULL DEFAULT '',
                    -- Designations as KIND:YEAR:LEVEL;… (Designation.token).
                    designations TEXT NOT NULL DEFAULT '',
                    businessScope TEXT,
                    synthetic INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (listName, uscc)
                ) WITHOUT ROWID;
                """)
    }
}
