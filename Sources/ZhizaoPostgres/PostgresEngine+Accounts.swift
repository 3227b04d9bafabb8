import Foundation
import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Accounts, browser sessions and failed sign-ins, as the SQLite engine keeps them: names unique and sorted without
/// regard to case (the `lower(name)` index, SQLite's `NOCASE`), other lists in byte order (`COLLATE "C"`, SQLite's
/// `BINARY`), every write audited in its transaction. Tokens are in PostgresEngine+Tokens.swift, the log's reads in PostgresEngine+AuditLog.swift.
extension PostgresEngine: AccountStore {
    public func addAccount(name: String, role: Role, districts: [String], passwordHash: String, by actor: Actor) async throws -> Account {
        try AccountRules.checkName(name)
        return try await transaction { connection in
            if try await self.storedAccount(named: name, connection) != nil { throw AccountRules.nameTaken(name) }
            let districts = try AccountRules.districtIds(districts, role: role, places: try await self.places(on: connection))
            let now = AuditText.now()
            let inserted = try await connection.query(
                """
                INSERT INTO account (name, role, passwordHash, createdAt) VALUES (\(name), \(role.rawValue), \(passwordHash), \(now))
                RETURNING id
                """, logger: self.logger)
            let id = try await Self.single(Int64.self, inserted)
            try await self.setDistricts(districts, accountId: id, connection)
            let account = Account(id: id, name: name, role: role, districts: districts, createdAt: now)
            try await self.appendAudit(actor, "account-add", record: ("account", name), after: AccountRules.auditSummary(account), connection)
            return account
        }
    }

    public func accounts() async throws -> [Account] {
        try await withConnection { connection in
            let rows = try await connection.query(
                "SELECT \(unescaped: Self.accountColumns) FROM account ORDER BY lower(name) COLLATE \"C\"", logger: self.logger)
            return try await self.storedAccounts(rows, connection).map(\.account)
        }
    }

    public func credentials(name: String) async throws -> (account: Account, passwordHash: String)? {
        try await withConnection { connection in try await self.storedAccount(named: name, connection) }
    }

    public func hasAdmin() async throws -> Bool {
        try await withConnection { connection in
            let rows = try await connection.query(
                "SELECT EXISTS (SELECT 1 FROM account WHERE role = 'admin' AND NOT disabled)", logger: self.logger)
            return try await Self.single(Bool.self, rows)
        }
    }

    public func setPassword(name: String, passwordHash: String, keepingSession: String?, by actor: Actor) async throws {
        try await changeAccount(name, action: "account-password", keepingSession: keepingSession, by: actor) { id, connection in
            try await connection.query("UPDATE account SET passwordHash = \(passwordHash) WHERE id = \(id)", logger: self.logger)
        }
    }

    public func setDisabled(name: String, _ disabled: Bool, by actor: Actor) async throws {
        try await changeAccount(name, action: disabled ? "account-disable" : "account-enable", by: actor) { id, connection in
            try await connection.query("UPDATE account SET disabled = \(disabled) WHERE id = \(id)", logger: self.logger)
        }
    }

    public func setRole(name: String, role: Role, districts: [String], by actor: Actor) async throws {
        try await changeAccount(name, action: "account-role", by: actor) { id, connection in
            let districts = try AccountRules.districtIds(districts, role: role, places: try await self.places(on: connection))
            try await connection.query("UPDATE account SET role = \(role.rawValue) WHERE id = \(id)", logger: self.logger)
            try await connection.query("DELETE FROM accountDistrict WHERE accountId = \(id)", logger: self.logger)
            try await self.setDistricts(districts, accountId: id, connection)
        }
    }

    /// Applies `change` to the account named `name`, ends its sessions (but `keepingSession`) and records before
    /// and after, in one transaction.
    private func changeAccount(
        _ name: String, action: String, keepingSession: String? = nil, by actor: Actor,
        _ change: @escaping @Sendable (Int64, PostgresConnection) async throws -> Void
    ) async throws {
        try await transaction { connection in
            guard let before = try await self.storedAccount(named: name, connection)?.account else { throw AccountRules.noAccount(name) }
            try await change(before.id, connection)
            try await connection.query(
                "DELETE FROM session WHERE accountId = \(before.id) AND idHash IS DISTINCT FROM \(keepingSession)", logger: self.logger)
            guard let after = try await self.storedAccount(named: name, connection)?.account else { throw AccountRules.noAccount(name) }
            try await self.appendAudit(
                actor, action, record: ("account", before.name), before: AccountRules.auditSummary(before),
                after: AccountRules.auditSummary(after), connection)
        }
    }

    private func setDistricts(_ districts: [String], accountId: Int64, _ connection: PostgresConnection) async throws {
        for district in districts {
            try await connection.query(
                "INSERT INTO accountDistrict (accountId, placeId) VALUES (\(accountId), \(district))", logger: logger)
        }
    }

    // MARK: - Sessions

    public func startSession(idHash: String, csrf: String, account: Account, by actor: Actor) async throws {
        try await transaction { connection in
            let now = AuditText.now()
            try await connection.query(
                """
                INSERT INTO session (idHash, accountId, csrf, createdAt, lastSeenAt, address)
                VALUES (\(idHash), \(account.id), \(csrf), \(now), \(now), \(actor.address))
                """, logger: self.logger)
            try await self.appendAudit(actor, "login", record: ("account", account.name), connection)
        }
    }

    public func session(idHash: String) async throws -> SessionRecord? {
        try await withConnection { connection in
            let rows = try await connection.query(
                "SELECT accountId, csrf, createdAt, lastSeenAt FROM session WHERE idHash = \(idHash)", logger: self.logger
            ).collect()
            guard let (accountId, csrf, createdAt, lastSeenAt) = try rows.first?.decode((Int64, String, String, String).self),
                let account = try await self.storedAccount(id: accountId, connection)?.account
            else { return nil }
            return SessionRecord(account: account, csrf: csrf, createdAt: AuditText.date(createdAt), lastSeenAt: AuditText.date(lastSeenAt))
        }
    }

    public func touchSession(idHash: String) async throws {
        try await withConnection { connection in
            _ = try await connection.query("UPDATE session SET lastSeenAt = \(AuditText.now()) WHERE idHash = \(idHash)", logger: self.logger)
        }
    }

    public func endSession(idHash: String, by actor: Actor?) async throws {
        try await transaction { connection in
            let ended = try await connection.query("DELETE FROM session WHERE idHash = \(idHash) RETURNING idHash", logger: self.logger).collect()
            if let actor, !ended.isEmpty { try await self.appendAudit(actor, "logout", record: ("account", actor.name), connection) }
        }
    }

    public func removeExpiredSessions(idleSince: Date, startedBefore: Date) async throws {
        try await withConnection { connection in
            _ = try await connection.query(
                "DELETE FROM session WHERE lastSeenAt < \(AuditText.time(idleSince)) OR createdAt < \(AuditText.time(startedBefore))",
                logger: self.logger)
        }
    }

    // MARK: - Sign-in failures

    public func recordFailedLogin(name: String, by actor: Actor) async throws {
        try await transaction { connection in try await self.appendAudit(actor, "login-failed", record: ("account", name), connection) }
    }

    public func failedLogins(name: String, address: String?, since: Date) async throws -> (account: Int, address: Int, last: Date?) {
        let since = AuditText.time(since)
        return try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT count(*) FILTER (WHERE lower(recordId) = lower(\(name))),
                    count(*) FILTER (WHERE address = \(address)),
                    max(at) FILTER (WHERE lower(recordId) = lower(\(name)) OR address = \(address))
                FROM audit WHERE action = 'login-failed' AND at >= \(since)
                """, logger: self.logger)
            for try await (account, fromAddress, last) in rows.decode((Int, Int, String?).self) {
                return (account, fromAddress, last.map(AuditText.date))
            }
            return (0, 0, nil)
        }
    }
}

// MARK: - Rows

extension PostgresEngine {
    /// The columns ``storedAccounts(_:_:)`` decodes, in its order.
    static let accountColumns = "id, name, role, passwordHash, disabled, createdAt"

    /// The account named `name` (any case) with its password hash.
    func storedAccount(named name: String, _ connection: PostgresConnection) async throws -> (account: Account, passwordHash: String)? {
        let rows = try await connection.query(
            "SELECT \(unescaped: Self.accountColumns) FROM account WHERE lower(name) = lower(\(name))", logger: logger)
        return try await storedAccounts(rows, connection).first
    }

    /// The account with row id `id` with its password hash.
    func storedAccount(id: Int64, _ connection: PostgresConnection) async throws -> (account: Account, passwordHash: String)? {
        let rows = try await connection.query("SELECT \(unescaped: Self.accountColumns) FROM account WHERE id = \(id)", logger: logger)
        return try await storedAccounts(rows, connection).first
    }

    /// Accounts from rows of ``accountColumns``, in their order, each with its districts (by id, in byte order).
    private func storedAccounts(
        _ rows: PostgresRowSequence, _ connection: PostgresConnection
    ) async throws -> [(account: Account, passwordHash: String)] {
        var accounts: [(account: Account, passwordHash: String)] = []
        for row in try await rows.collect() {
            let (id, name, role, passwordHash, disabled, createdAt) = try row.decode((Int64, String, String, String, Bool, String).self)
            accounts.append(
                (Account(id: id, name: name, role: Role(rawValue: role) ?? .viewer, disabled: disabled, createdAt: createdAt), passwordHash))
        }
        guard !accounts.isEmpty else { return [] }
        let districts = try await connection.query(
            """
            SELECT accountId, placeId FROM accountDistrict WHERE accountId = ANY(\(accounts.map(\.account.id)))
            ORDER BY placeId COLLATE "C"
            """, logger: logger)
        var byAccount: [Int64: [String]] = [:]
        for try await (accountId, placeId) in districts.decode((Int64, String).self) { byAccount[accountId, default: []].append(placeId) }
        return accounts.map { stored in
            var account = stored.account
            account.districts = byAccount[account.id] ?? []
            return (account, stored.passwordHash)
        }
    }
}
