import Foundation
import Testing
import ZhizaoCore
import ZhizaoStorage

extension StorageContract {
    /// Accounts, sessions, failed sign-ins, API tokens and the audit log (``AccountStore``), the same on every engine.
    struct AccountStoreContractTests {
        @Test(arguments: StorageEngine.available)
        func anAccountIsAddedOnceWithItsDistrictsByNameOrId(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                // Given an editor added with a district by name and one by id
                let editor = try await store.addAccount(name: "li", role: .editor, districts: ["花都", "panyu"], passwordHash: "h", by: .contract)
                // Then the districts are stored by id, and the account reads back the same, found in any case
                #expect(editor.districts == ["huadu", "panyu"])
                #expect(try await store.accounts() == [editor])
                let credentials = try #require(try await store.credentials(name: "Li"))
                #expect(credentials.account == editor && credentials.passwordHash == "h")
                #expect(try await store.credentials(name: "nobody") == nil)
                // And a second account of the same name in another case, or a wrong name or set of districts, is refused
                try await expectStoreError(.exists, "there is already an account named LI") {
                    _ = try await store.addAccount(name: "LI", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                }
                try await expectStoreError(.invalid, "an account name is 1 to 64 characters without spaces") {
                    _ = try await store.addAccount(name: "li si", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                }
                try await expectStoreError(.invalid, "an editor needs at least one district") {
                    _ = try await store.addAccount(name: "zhao", role: .editor, districts: [], passwordHash: "h", by: .contract)
                }
                try await expectStoreError(.invalid, "atlantis is not a district; districts are baiyun (白云区)") {
                    _ = try await store.addAccount(name: "zhao", role: .editor, districts: ["atlantis"], passwordHash: "h", by: .contract)
                }
                try await expectStoreError(.invalid, "only editors are limited to districts") {
                    _ = try await store.addAccount(name: "zhao", role: .analyst, districts: ["huadu"], passwordHash: "h", by: .contract)
                }
                #expect(try await store.accounts().map(\.name) == ["li"])
                // And an admin is there only once one is added and enabled
                #expect(try await !store.hasAdmin())
                _ = try await store.addAccount(name: "wang", role: .admin, districts: [], passwordHash: "h", by: .contract)
                #expect(try await store.hasAdmin())
                try await store.setDisabled(name: "wang", true, by: .contract)
                #expect(try await !store.hasAdmin())
                // And accounts are listed by name without regard to case
                _ = try await store.addAccount(name: "Zhou", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                _ = try await store.addAccount(name: "Ann", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                #expect(try await store.accounts().map(\.name) == ["Ann", "li", "wang", "Zhou"])
            }
        }

        @Test(arguments: StorageEngine.available)
        func aChangeOfRoleIsCheckedAndLoggedBeforeAndAfter(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                _ = try await store.addAccount(name: "li", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                try await store.setRole(name: "LI", role: .editor, districts: ["从化区", "baiyun"], by: .contract)
                #expect(try await store.credentials(name: "li")?.account.districts == ["baiyun", "conghua"])
                try await expectStoreError(.notFound, "no account named nobody") {
                    try await store.setRole(name: "nobody", role: .viewer, districts: [], by: .contract)
                }
                try await expectStoreError(.invalid, "an editor needs at least one district") {
                    try await store.setRole(name: "li", role: .editor, districts: [], by: .contract)
                }
                // Then the log holds the change with the account before and after, and the refused ones not at all
                let entries = try await store.auditEntries(AuditQuery(recordType: "account"))
                #expect(entries.map(\.action) == ["account-role", "account-add"])
                #expect(entries[0].recordId == "li" && entries[0].actor == "test" && entries[0].via == "storage contract tests")
                #expect(entries[0].before == #"{"disabled":false,"districts":[],"role":"viewer"}"#)
                #expect(entries[0].after == #"{"disabled":false,"districts":["baiyun","conghua"],"role":"editor"}"#)
                #expect(entries[1].before == nil && entries[1].after == #"{"disabled":false,"districts":[],"role":"viewer"}"#)
            }
        }

        @Test(arguments: StorageEngine.available)
        func disablingOrANewPasswordEndsTheSessions(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                let account = try await store.addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .contract)
                try await store.startSession(idHash: "s1", csrf: "c1", account: account, by: .contract)
                let session = try #require(try await store.session(idHash: "s1"))
                #expect(session.account == account && session.csrf == "c1")
                #expect(abs(session.createdAt.timeIntervalSinceNow) < 60 && session.lastSeenAt == session.createdAt)
                try await store.setPassword(name: "li", passwordHash: "secret-hash-2", keepingSession: nil, by: .contract)
                #expect(try await store.session(idHash: "s1") == nil)
                #expect(try await store.credentials(name: "li")?.passwordHash == "secret-hash-2")
                // A new password set in one browser keeps that browser's session and ends the others
                try await store.startSession(idHash: "s2", csrf: "c", account: account, by: .contract)
                try await store.startSession(idHash: "s3", csrf: "c", account: account, by: .contract)
                try await store.setPassword(name: "li", passwordHash: "h3", keepingSession: "s3", by: .contract)
                #expect(try await store.session(idHash: "s2") == nil)
                #expect(try await store.session(idHash: "s3") != nil)
                try await store.setDisabled(name: "li", true, by: .contract)
                #expect(try await store.session(idHash: "s3") == nil)
                #expect(try await store.credentials(name: "li")?.account.disabled == true)
                try await expectStoreError(.notFound, "no account named nobody") {
                    try await store.setPassword(name: "nobody", passwordHash: "h", keepingSession: nil, by: .contract)
                }
                let actions = try await store.auditEntries(AuditQuery(recordId: "li")).map(\.action)
                #expect(actions == ["account-disable", "account-password", "login", "login", "account-password", "login", "account-add"])
                // And no password hash is ever logged
                #expect(try await !store.auditEntries(AuditQuery()).contains { [$0.before, $0.after, $0.note].compactMap(\.self).joined().contains("secret-hash") })
            }
        }

        @Test(arguments: StorageEngine.available)
        func aSessionIsTouchedEndedAndExpired(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                let account = try await store.addAccount(name: "li", role: .viewer, districts: [], passwordHash: "h", by: .contract)
                let browser = Actor.account(account, address: "10.0.0.9", via: "POST /login")
                try await store.startSession(idHash: "s", csrf: "c", account: account, by: browser)
                let started = try #require(try await store.session(idHash: "s"))
                try await Task.sleep(for: .milliseconds(5))
                try await store.touchSession(idHash: "s")
                let touched = try #require(try await store.session(idHash: "s"))
                #expect(touched.lastSeenAt > started.lastSeenAt && touched.createdAt == started.createdAt)
                try await store.removeExpiredSessions(idleSince: Date().addingTimeInterval(-60), startedBefore: Date().addingTimeInterval(-3600))
                #expect(try await store.session(idHash: "s") != nil)
                try await store.removeExpiredSessions(idleSince: Date().addingTimeInterval(60), startedBefore: Date().addingTimeInterval(-3600))
                #expect(try await store.session(idHash: "s") == nil)
                // Ending a session records the sign-out once; an unknown one records nothing
                try await store.startSession(idHash: "t", csrf: "c", account: account, by: browser)
                try await store.endSession(idHash: "t", by: browser)
                try await store.endSession(idHash: "t", by: browser)
                try await store.endSession(idHash: "u", by: nil)
                #expect(try await store.session(idHash: "t") == nil)
                let entries = try await store.auditEntries(AuditQuery(actor: "LI"))
                #expect(entries.map(\.action) == ["logout", "login", "login"])
                #expect(entries.allSatisfy { $0.address == "10.0.0.9" && $0.via == "POST /login" && $0.recordId == "li" })
            }
        }

        @Test(arguments: StorageEngine.available)
        func failedSignInsAreCountedByNameAndByAddress(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                let since = Date().addingTimeInterval(-60)
                let none = try await store.failedLogins(name: "li", address: "10.0.0.9", since: since)
                #expect(none.account == 0 && none.address == 0 && none.last == nil)
                try await store.recordFailedLogin(name: "li", by: Actor(account: nil, name: "li", address: "10.0.0.9", via: "POST /login"))
                try await store.recordFailedLogin(name: "Li", by: Actor(account: nil, name: "Li", address: "10.0.0.7", via: "POST /login"))
                try await store.recordFailedLogin(name: "wang", by: Actor(account: nil, name: "wang", address: "10.0.0.9", via: "POST /login"))
                let failed = try await store.failedLogins(name: "LI", address: "10.0.0.9", since: since)
                #expect(failed.account == 2 && failed.address == 2)
                let last = try await store.auditEntries(AuditQuery(action: "login-failed", limit: 1))
                #expect(failed.last == last.first.map { AuditText.date($0.at) })
                let byName = try await store.failedLogins(name: "li", address: nil, since: since)
                #expect(byName.account == 2 && byName.address == 0 && byName.last != nil && byName.last! <= failed.last!)
                let later = try await store.failedLogins(name: "li", address: "10.0.0.9", since: Date().addingTimeInterval(60))
                #expect(later.account == 0 && later.address == 0 && later.last == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aTokenWorksUntilRevokedOrExpired(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                let account = try await store.addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .contract)
                let live = try await store.createToken(accountName: "LI", secretHash: "t1", scope: .write, expiresAt: nil, by: .contract)
                let old = try await store.createToken(
                    accountName: "li", secretHash: "t2", scope: .read, expiresAt: Date().addingTimeInterval(-1), by: .contract)
                #expect(live.accountName == "li" && live.scope == .write && live.expiresAt == nil && live.lastUsedAt == nil)
                let found = try #require(try await store.token(secretHash: "t1", at: Date()))
                #expect(found.token == live && found.account == account)
                #expect(try await store.token(secretHash: "t2", at: Date()) == nil)
                #expect(try await store.token(secretHash: "t2", at: Date().addingTimeInterval(-60))?.token == old)
                try await store.touchToken(id: live.id)
                #expect(try await store.tokens(accountName: nil).first { $0.id == live.id }?.lastUsedAt != nil)
                try await store.revokeToken(id: live.id, by: .contract)
                try await store.revokeToken(id: live.id, by: .contract)
                #expect(try await store.token(secretHash: "t1", at: Date()) == nil)
                #expect(try await store.tokens(accountName: nil).map(\.id) == [old.id, live.id])
                #expect(try await store.tokens(accountName: "Li").map(\.id) == [old.id, live.id])
                #expect(try await store.tokens(accountName: "wang").isEmpty)
                // Then the log holds the creations and the one revocation, with the token before and after
                let entries = try await store.auditEntries(AuditQuery(recordType: "apiToken"))
                #expect(entries.map(\.action) == ["token-revoke", "token-create", "token-create"])
                #expect(entries[0].recordId == "\(live.id)" && entries[0].before?.contains(#""revokedAt""#) == false)
                #expect(entries[0].after?.contains(#""revokedAt":"#) == true && entries[2].after?.contains(#""scope":"write""#) == true)
                // And tokens for unknown or disabled accounts, or a revocation of an unknown token, are refused
                try await expectStoreError(.notFound, "no account named nobody; `zhizao user list` shows them") {
                    _ = try await store.createToken(accountName: "nobody", secretHash: "t3", scope: .read, expiresAt: nil, by: .contract)
                }
                try await expectStoreError(.notFound, "no token 999999; `zhizao token list` shows them") {
                    try await store.revokeToken(id: 999_999, by: .contract)
                }
                try await store.setDisabled(name: "li", true, by: .contract)
                try await expectStoreError(.invalid, "li is disabled; enable it before making it a token") {
                    _ = try await store.createToken(accountName: "li", secretHash: "t4", scope: .read, expiresAt: nil, by: .contract)
                }
            }
        }

        @Test(arguments: StorageEngine.available)
        func theLogIsFilteredNewestFirstAndLimited(_ engine: StorageEngine) async throws {
            try await engine.with((any AccountStore).self) { store in
                let before = try await store.auditEntries(AuditQuery(limit: 10_000)).count
                try await store.recordFailedLogin(name: "li", by: Actor(account: nil, name: "li", address: "10.0.0.9", via: "POST /login"))
                _ = try await store.addAccount(name: "li", role: .viewer, districts: [], passwordHash: "h", by: .local("wang", via: "zhizao user add"))
                let entries = try await store.auditEntries(AuditQuery())
                #expect(entries.prefix(2).map(\.action) == ["account-add", "login-failed"])
                #expect(entries[0].actor == "wang" && entries[0].via == "zhizao user add" && entries[0].address == nil)
                #expect(entries[1].address == "10.0.0.9" && entries[1].recordType == "account" && entries[1].recordId == "li")
                #expect(entries[0].id > entries[1].id && entries[0].at >= entries[1].at)
                #expect(try await store.auditEntries(AuditQuery(actor: "WANG")).map(\.action) == ["account-add"])
                #expect(try await store.auditEntries(AuditQuery(actor: "", action: "login-failed")).count == 1)
                #expect(try await store.auditEntries(AuditQuery(since: entries[0].at)).first?.id == entries[0].id)
                #expect(try await store.auditEntries(AuditQuery(since: "2999-01-01")).isEmpty)
                #expect(try await store.auditEntries(AuditQuery(limit: 0)).count == 1)
                #expect(try await store.auditEntries(AuditQuery(limit: 10_000)).count == before + 2)
            }
        }
    }
}

/// Expects `body` to throw a ``StoreError`` of `code` whose message starts with `message`.
func expectStoreError<Value>(
    _ code: StoreError.Code, _ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Value
) async throws {
    do {
        _ = try await body()
        Issue.record("expected a StoreError (\(code)): \(message)", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.message.hasPrefix(message), "\(error.message)", sourceLocation: sourceLocation)
    }
}
