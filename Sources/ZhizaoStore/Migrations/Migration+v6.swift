import GRDB
import ZhizaoStorage

extension Migrations {
    /// v6: a shared system of record (issue 10).
    /// - `account` with its districts (an editor's), `session` (browser sign-ins, surviving restarts) and `apiToken`;
    ///   sessions and tokens are stored as SHA-256 of their secret.
    /// - `audit`: every write and sign-in, append-only (triggers refuse UPDATE and DELETE).
    /// - `version` on enterprises and projects, so that an edit made on an old version is refused.
    static func v6(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'analyst', 'admin')),
                    passwordHash TEXT NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE accountDistrict (
                    accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    placeId TEXT NOT NULL REFERENCES place(id),
                    PRIMARY KEY (accountId, placeId)
                ) WITHOUT ROWID;
                CREATE TABLE session (
                    idHash TEXT PRIMARY KEY,
                    accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    createdAt TEXT NOT NULL,
                    lastSeenAt TEXT NOT NULL,
                    address TEXT
                ) WITHOUT ROWID;
                CREATE INDEX session_account ON session(accountId);
                CREATE TABLE apiToken (
                    id INTEGER PRIMARY KEY,
                    accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    secretHash TEXT NOT NULL UNIQUE,
                    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
                    createdAt TEXT NOT NULL,
                    expiresAt TEXT,
                    lastUsedAt TEXT,
                    revokedAt TEXT
                );
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    address TEXT,
                    via TEXT NOT NULL,
                    action TEXT NOT NULL,
                    recordType TEXT,
                    recordId TEXT,
                    before TEXT,
                    after TEXT,
                    note TEXT
                );
                CREATE INDEX audit_at ON audit(at);
                CREATE INDEX audit_actor ON audit(actor, at);
                CREATE INDEX audit_failures ON audit(action, at) WHERE action = 'login-failed';
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                ALTER TABLE enterprise ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE project ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                """)
    }
}
