import Foundation
import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Accounts, browser sessions and API tokens. Passwords arrive hashed and secrets as their SHA-256
/// (ZhizaoAccess makes both); the store never sees a password or a live secret.
extension AppDatabase {
    /// Adds an account. An editor needs at least one district; other roles take none.
    @discardableResult
    public func addAccount(name: String, role: Role, districts: [String], passwordHash: String, by actor: Actor) throws -> Account {
        try writer.write { db in
            try AccountRules.checkName(name)
            if try Self.accountRow(name: name, db) != nil { throw AccountRules.nameTaken(name) }
            let districts = try Self.districtIds(districts, role: role, db)
            let now = Self.now()
            try db.execute(
                sql: "INSERT INTO account (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [name, role.rawValue, passwordHash, now])
            let id = db.lastInsertedRowID
            for district in districts {
                try db.execute(sql: "INSERT INTO accountDistrict (accountId, placeId) VALUES (?, ?)", arguments: [id, district])
            }
            let account = Account(id: id, name: name, role: role, districts: districts, createdAt: now)
            try Self.audit(actor, "account-add", record: ("account", name), after: Self.summary(account), db)
            return account
        }
    }

    public func accounts() throws -> [Account] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map { try Self.account($0, db) } }
    }

    /// The account named `name` (any case) with its password hash, for signing in.
    public func credentials(name: String) throws -> (account: Account, passwordHash: String)? {
        try writer.read { db in
            guard let row = try Self.accountRow(name: name, db) else { return nil }
            return (try Self.account(row, db), row["passwordHash"])
        }
    }

    /// Whether an enabled admin exists: a server open to the network needs one.
    public func hasAdmin() throws -> Bool {
        try writer.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE role = 'admin' AND disabled = 0") ?? false }
    }

    /// Sets an account's password and signs it out everywhere, except in the session whose id hashes to
    /// `keepingSession` (the browser in which its owner changed it).
    public func setPassword(name: String, passwordHash: String, keepingSession: String? = nil, by actor: Actor) throws {
        try changeAccount(name, action: "account-password", keepingSession: keepingSession, by: actor) { id, db in
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [passwordHash, id])
        }
    }

    /// Disables (or enables again) an account; a disabled one is signed out and its tokens stop working.
    public func setDisabled(name: String, _ disabled: Bool, by actor: Actor) throws {
        try changeAccount(name, action: disabled ? "account-disable" : "account-enable", by: actor) { id, db in
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, id])
        }
    }

    /// Changes an account's role and districts.
    public func setRole(name: String, role: Role, districts: [String], by actor: Actor) throws {
        try changeAccount(name, action: "account-role", by: actor) { id, db in
            let districts = try Self.districtIds(districts, role: role, db)
            try db.execute(sql: "UPDATE account SET role = ? WHERE id = ?", arguments: [role.rawValue, id])
            try db.execute(sql: "DELETE FROM accountDistrict WHERE accountId = ?", arguments: [id])
            for district in districts {
                try db.execute(sql: "INSERT INTO accountDistrict (accountId, placeId) VALUES (?, ?)", arguments: [id, district])
            }
        }
    }

    /// Applies `change` to the account named `name`, ends its sessions and records before and after.
    private func changeAccount(
        _ name: String, action: String, keepingSession: String? = nil, by actor: Actor, _ change: (Int64, Database) throws -> Void
    ) throws {
        try writer.write { db in
            guard let row = try Self.accountRow(name: name, db) else { throw AccountRules.noAccount(name) }
            let before = try Self.account(row, db)
            try change(before.id, db)
            try db.execute(sql: "DELETE FROM session WHERE accountId = ? AND idHash IS NOT ?", arguments: [before.id, keepingSession])
            let after = try Self.account(try Self.accountRow(name: name, db)!, db)
            try Self.audit(actor, action, record: ("account", before.name), before: Self.summary(before), after: Self.summary(after), db)
        }
    }

    // MARK: - Sessions

    /// Starts a session for `account` (its id and CSRF token already made) and records the sign-in.
    public func startSession(idHash: String, csrf: String, account: Account, by actor: Actor) throws {
        try writer.write { db in
            let now = Self.now()
            try db.execute(
                sql: "INSERT INTO session (idHash, accountId, csrf, createdAt, lastSeenAt, address) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [idHash, account.id, csrf, now, now, actor.address])
            try Self.audit(actor, "login", record: ("account", account.name), db)
        }
    }

    public func session(idHash: String) throws -> SessionRecord? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE idHash = ?", arguments: [idHash]),
                let accountRow = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [row["accountId"] as Int64])
            else { return nil }
            return SessionRecord(
                account: try Self.account(accountRow, db), csrf: row["csrf"], createdAt: Self.date(row["createdAt"]),
                lastSeenAt: Self.date(row["lastSeenAt"]))
        }
    }

    /// Notes that a session was used now (the idle expiry counts from here).
    public func touchSession(idHash: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE idHash = ?", arguments: [Self.now(), idHash])
        }
    }

    /// Ends a session; with `actor`, records the sign-out.
    public func endSession(idHash: String, by actor: Actor?) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM session WHERE idHash = ?", arguments: [idHash])
            if let actor, db.changesCount > 0 { try Self.audit(actor, "logout", record: ("account", actor.name), db) }
        }
    }

    /// Removes sessions idle since `idleSince` or started before `startedBefore`.
    public func removeExpiredSessions(idleSince: Date, startedBefore: Date) throws {
        try writer.write { db in
            try db.execute(
                sql: "DELETE FROM session WHERE lastSeenAt < ? OR createdAt < ?",
                arguments: [Self.time(idleSince), Self.time(startedBefore)])
        }
    }

    // MARK: - Sign-in failures

    /// Records a failed sign-in for the name tried.
    public func recordFailedLogin(name: String, by actor: Actor) throws {
        try writer.write { db in try Self.audit(actor, "login-failed", record: ("account", name), db) }
    }

    /// Failed sign-ins since `since` for the account `name` and from `address`, with the time of the last one.
    public func failedLogins(name: String, address: String?, since: Date) throws -> (account: Int, address: Int, last: Date?) {
        try writer.read { db in
            let since = Self.time(since)
            let account = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM audit WHERE action = 'login-failed' AND at >= ? AND recordId = ? COLLATE NOCASE",
                arguments: [since, name]) ?? 0
            let fromAddress = try address.map {
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM audit WHERE action = 'login-failed' AND at >= ? AND address = ?",
                    arguments: [since, $0]) ?? 0
            } ?? 0
            let last = try String.fetchOne(
                db,
                sql: "SELECT max(at) FROM audit WHERE action = 'login-failed' AND at >= ? AND (recordId = ? COLLATE NOCASE OR address = ?)",
                arguments: [since, name, address])
            return (account, fromAddress, last.map(Self.date))
        }
    }

    // MARK: - Rows

    static func accountRow(name: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ? COLLATE NOCASE", arguments: [name])
    }

    static func account(_ row: Row, _ db: Database) throws -> Account {
        let id: Int64 = row["id"]
        return Account(
            id: id, name: row["name"], role: Role(rawValue: row["role"]) ?? .viewer,
            districts: try String.fetchAll(db, sql: "SELECT placeId FROM accountDistrict WHERE accountId = ? ORDER BY placeId", arguments: [id]),
            disabled: row["disabled"], createdAt: row["createdAt"])
    }

    /// The ids of `districts` (``AccountRules/districtIds(_:role:places:)``).
    static func districtIds(_ districts: [String], role: Role, _ db: Database) throws -> [String] {
        try AccountRules.districtIds(districts, role: role, places: try Self.places(db))
    }

    /// An account as the audit log shows it (``AccountRules/auditSummary(_:)``).
    static func summary(_ account: Account) -> String { AccountRules.auditSummary(account) }
}
