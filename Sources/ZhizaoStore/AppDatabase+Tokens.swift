import Foundation
import GRDB
import ZhizaoCore
import ZhizaoStorage

/// API tokens: stored as the SHA-256 of their secret, shown once, revocable, with the time of their last use.
extension AppDatabase {
    /// Adds a token for the account `name`; `secretHash` is `Secrets.stored` of the secret the caller shows once.
    public func createToken(accountName name: String, secretHash: String, scope: TokenScope, expiresAt: Date?, by actor: Actor) throws -> APIToken {
        try writer.write { db in
            guard let row = try Self.accountRow(name: name, db) else { throw AccountRules.noAccount(name, hint: true) }
            let account = try Self.account(row, db)
            try AccountRules.checkMayHoldToken(account)
            let now = Self.now()
            try db.execute(
                sql: "INSERT INTO apiToken (accountId, secretHash, scope, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [account.id, secretHash, scope.rawValue, now, expiresAt.map(Self.time)])
            let token = APIToken(
                id: db.lastInsertedRowID, accountName: account.name, scope: scope, createdAt: now, expiresAt: expiresAt.map(Self.time),
                lastUsedAt: nil, revokedAt: nil)
            try Self.audit(actor, "token-create", record: ("apiToken", "\(token.id)"), after: Self.json(token), db)
            return token
        }
    }

    /// Tokens, newest first; of one account when `accountName` is given.
    public func tokens(accountName: String? = nil) throws -> [APIToken] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT apiToken.*, account.name AS accountName FROM apiToken JOIN account ON account.id = apiToken.accountId
                    WHERE ?1 IS NULL OR account.name = ?1 COLLATE NOCASE ORDER BY apiToken.id DESC
                    """, arguments: [accountName]
            ).map(Self.token)
        }
    }

    /// Revokes a token; it stops working at once.
    public func revokeToken(id: Int64, by actor: Actor) throws {
        try writer.write { db in
            guard let before = try Self.token(id: id, db) else { throw AccountRules.noToken(id) }
            guard before.revokedAt == nil else { return }
            try db.execute(sql: "UPDATE apiToken SET revokedAt = ? WHERE id = ?", arguments: [Self.now(), id])
            try Self.audit(actor, "token-revoke", record: ("apiToken", "\(id)"), before: Self.json(before), after: Self.json(try Self.token(id: id, db)), db)
        }
    }

    /// The live token whose secret hashes to `secretHash`, with its account: nil when unknown, revoked or expired.
    public func token(secretHash: String, at now: Date = Date()) throws -> (token: APIToken, account: Account)? {
        try writer.read { db in
            guard let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT apiToken.*, account.name AS accountName FROM apiToken JOIN account ON account.id = apiToken.accountId
                    WHERE secretHash = ? AND revokedAt IS NULL AND (expiresAt IS NULL OR expiresAt > ?)
                    """, arguments: [secretHash, Self.time(now)]),
                let accountRow = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [row["accountId"] as Int64])
            else { return nil }
            return (Self.token(row), try Self.account(accountRow, db))
        }
    }

    /// Notes that a token was used now.
    public func touchToken(id: Int64) throws {
        try writer.write { db in try db.execute(sql: "UPDATE apiToken SET lastUsedAt = ? WHERE id = ?", arguments: [Self.now(), id]) }
    }

    static func token(id: Int64, _ db: Database) throws -> APIToken? {
        try Row.fetchOne(
            db,
            sql: "SELECT apiToken.*, account.name AS accountName FROM apiToken JOIN account ON account.id = apiToken.accountId WHERE apiToken.id = ?",
            arguments: [id]
        ).map(token)
    }

    static func token(_ row: Row) -> APIToken {
        APIToken(
            id: row["id"], accountName: row["accountName"], scope: TokenScope(rawValue: row["scope"]) ?? .read, createdAt: row["createdAt"],
            expiresAt: row["expiresAt"], lastUsedAt: row["lastUsedAt"], revokedAt: row["revokedAt"])
    }
}
