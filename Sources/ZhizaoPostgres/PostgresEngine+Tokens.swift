import Foundation
import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// API tokens: stored as the SHA-256 of their secret, shown once, revocable, with the time of their last use.
extension PostgresEngine {
    public func createToken(accountName name: String, secretHash: String, scope: TokenScope, expiresAt: Date?, by actor: Actor) async throws -> APIToken {
        try await transaction { connection in
            guard let account = try await self.storedAccount(named: name, connection)?.account else { throw AccountRules.noAccount(name, hint: true) }
            try AccountRules.checkMayHoldToken(account)
            let now = AuditText.now()
            let expires = expiresAt.map(AuditText.time)
            let inserted = try await connection.query(
                """
                INSERT INTO apiToken (accountId, secretHash, scope, createdAt, expiresAt)
                VALUES (\(account.id), \(secretHash), \(scope.rawValue), \(now), \(expires)) RETURNING id
                """, logger: self.logger)
            let token = APIToken(
                id: try await Self.single(Int64.self, inserted), accountName: account.name, scope: scope, createdAt: now,
                expiresAt: expires, lastUsedAt: nil, revokedAt: nil)
            try await self.appendAudit(actor, "token-create", record: ("apiToken", "\(token.id)"), after: AuditText.json(token), connection)
            return token
        }
    }

    public func tokens(accountName: String?) async throws -> [APIToken] {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.tokenColumns) FROM apiToken JOIN account ON account.id = apiToken.accountId
                WHERE \(accountName)::text IS NULL OR lower(account.name) = lower(\(accountName)) ORDER BY apiToken.id DESC
                """, logger: self.logger)
            return try await Self.tokens(rows).map(\.token)
        }
    }

    public func revokeToken(id: Int64, by actor: Actor) async throws {
        try await transaction { connection in
            guard let before = try await self.token(id: id, connection) else { throw AccountRules.noToken(id) }
            guard before.revokedAt == nil else { return }
            try await connection.query("UPDATE apiToken SET revokedAt = \(AuditText.now()) WHERE id = \(id)", logger: self.logger)
            let after = try await self.token(id: id, connection)
            try await self.appendAudit(
                actor, "token-revoke", record: ("apiToken", "\(id)"), before: AuditText.json(before), after: AuditText.json(after), connection)
        }
    }

    public func token(secretHash: String, at now: Date) async throws -> (token: APIToken, account: Account)? {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.tokenColumns) FROM apiToken JOIN account ON account.id = apiToken.accountId
                WHERE secretHash = \(secretHash) AND revokedAt IS NULL AND (expiresAt IS NULL OR expiresAt > \(AuditText.time(now)))
                """, logger: self.logger)
            guard let (token, accountId) = try await Self.tokens(rows).first,
                let account = try await self.storedAccount(id: accountId, connection)?.account
            else { return nil }
            return (token, account)
        }
    }

    public func touchToken(id: Int64) async throws {
        try await withConnection { connection in
            _ = try await connection.query("UPDATE apiToken SET lastUsedAt = \(AuditText.now()) WHERE id = \(id)", logger: self.logger)
        }
    }

    // MARK: - Rows

    /// The columns ``tokens(_:)`` decodes, in its order, from `apiToken` joined to `account`.
    static let tokenColumns = """
        apiToken.id, account.name, apiToken.scope, apiToken.createdAt, apiToken.expiresAt, apiToken.lastUsedAt,
        apiToken.revokedAt, apiToken.accountId
        """

    private func token(id: Int64, _ connection: PostgresConnection) async throws -> APIToken? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.tokenColumns) FROM apiToken JOIN account ON account.id = apiToken.accountId
            WHERE apiToken.id = \(id)
            """, logger: logger)
        return try await Self.tokens(rows).first?.token
    }

    /// Tokens from rows of ``tokenColumns``, each with its account's row id.
    private static func tokens(_ rows: PostgresRowSequence) async throws -> [(token: APIToken, accountId: Int64)] {
        var tokens: [(token: APIToken, accountId: Int64)] = []
        for try await (id, accountName, scope, createdAt, expiresAt, lastUsedAt, revokedAt, accountId) in rows.decode(
            (Int64, String, String, String, String?, String?, String?, Int64).self)
        {
            let token = APIToken(
                id: id, accountName: accountName, scope: TokenScope(rawValue: scope) ?? .read, createdAt: createdAt,
                expiresAt: expiresAt, lastUsedAt: lastUsedAt, revokedAt: revokedAt)
            tokens.append((token, accountId))
        }
        return tokens
    }
}
