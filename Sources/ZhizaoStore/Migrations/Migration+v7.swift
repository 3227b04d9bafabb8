import GRDB
import ZhizaoStorage

extension Migrations {
    /// v7-backup-meta: one row saying when the database was last written and, in a backup, when the backup was
    /// taken, so `zhizao restore` can tell a database with changes the backup lacks (docs/ARCHITECTURE.md).
    /// Named v7 so that it never clashes with v6 (accounts and sessions); the migrator applies whichever is
    /// missing in registration order.
    ///
    /// A table, not `PRAGMA user_version` or `application_id` (free in GRDB, which keeps its migrations in
    /// `grdb_migrations`, but one integer each and invisible to a reader of the file), and not the files'
    /// modification times: a checkpoint rewrites the database file without any new write.
    static func v7BackupMeta(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE databaseInfo (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    -- When a transaction that changed rows last committed (UTC, ISO 8601 with milliseconds).
                    lastWriteAt TEXT,
                    -- In a backup file: when the backup was taken; in a restored database: when its backup was.
                    backupTakenAt TEXT
                );
                INSERT INTO databaseInfo (id) VALUES (1);
                """)
    }
}
