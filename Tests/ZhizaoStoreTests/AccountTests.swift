import Foundation
import Testing
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage

@Suite("Accounts, sessions, tokens and the audit log")
struct AccountTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.builtIn()
    }

    @Test func anAccountIsAddedOnceWithItsDistrictsByNameOrId() throws {
        let editor = try database.addAccount(name: "li", role: .editor, districts: ["花都", "panyu"], passwordHash: "h", by: .test)
        #expect(editor.districts == ["huadu", "panyu"])
        #expect(throws: StoreError.self) { try database.addAccount(name: "LI", role: .viewer, districts: [], passwordHash: "h", by: .test) }
        #expect(throws: StoreError.self) { try database.addAccount(name: "zhao", role: .editor, districts: [], passwordHash: "h", by: .test) }
        #expect(throws: StoreError.self) { try database.addAccount(name: "zhao", role: .editor, districts: ["atlantis"], passwordHash: "h", by: .test) }
        #expect(throws: StoreError.self) { try database.addAccount(name: "zhao", role: .analyst, districts: ["huadu"], passwordHash: "h", by: .test) }
        #expect(try database.credentials(name: "Li")?.passwordHash == "h")
        #expect(try !database.hasAdmin())
        try database.addAccount(name: "wang", role: .admin, districts: [], passwordHash: "h", by: .test)
        #expect(try database.hasAdmin())
    }

    @Test func disablingOrANewPasswordEndsTheSessions() throws {
        let account = try database.addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .test)
        try database.startSession(idHash: "s1", csrf: "c", account: account, by: .test)
        #expect(try database.session(idHash: "s1")?.account.name == "li")
        try database.setPassword(name: "li", passwordHash: "h2", by: .test)
        #expect(try database.session(idHash: "s1") == nil)
        try database.startSession(idHash: "s2", csrf: "c", account: account, by: .test)
        try database.setDisabled(name: "li", true, by: .test)
        #expect(try database.session(idHash: "s2") == nil)
        #expect(try database.credentials(name: "li")?.account.disabled == true)
    }

    @Test func expiredSessionsAreRemoved() throws {
        let account = try database.addAccount(name: "li", role: .viewer, districts: [], passwordHash: "h", by: .test)
        try database.startSession(idHash: "s", csrf: "c", account: account, by: .test)
        try database.removeExpiredSessions(idleSince: Date().addingTimeInterval(-60), startedBefore: Date().addingTimeInterval(-3600))
        #expect(try database.session(idHash: "s") != nil)
        try database.removeExpiredSessions(idleSince: Date().addingTimeInterval(60), startedBefore: Date().addingTimeInterval(-3600))
        #expect(try database.session(idHash: "s") == nil)
    }

    @Test func aTokenWorksUntilRevokedOrExpired() throws {
        try database.addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .test)
        let live = try database.createToken(accountName: "li", secretHash: "t1", scope: .write, expiresAt: nil, by: .test)
        let old = try database.createToken(accountName: "li", secretHash: "t2", scope: .read, expiresAt: Date().addingTimeInterval(-1), by: .test)
        #expect(try database.token(secretHash: "t1")?.account.name == "li")
        #expect(try database.token(secretHash: "t2") == nil)
        try database.touchToken(id: live.id)
        #expect(try database.tokens().first { $0.id == live.id }?.lastUsedAt != nil)
        try database.revokeToken(id: live.id, by: .test)
        #expect(try database.token(secretHash: "t1") == nil)
        #expect(try database.tokens().map(\.id) == [old.id, live.id])
        #expect(throws: StoreError.self) { try database.createToken(accountName: "nobody", secretHash: "t3", scope: .read, expiresAt: nil, by: .test) }
    }

    @Test func everyWriteIsLoggedAndTheLogCannotBeChanged() throws {
        // Given an import, a sign-in failure and an account change
        let csv = "id,subject,metric,value,qualifier,period_start,period_end,as_of,source\na9,cluster:auto,output,4.8e11,exact,2019-01-01,2019-12-31,,ycwb-2021-gz-manufacturing\n"
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .local("wang", via: "zhizao import observations"))
        try database.recordFailedLogin(name: "li", by: Actor(account: nil, name: "li", address: "10.0.0.9", via: "POST /login"))
        try database.addAccount(name: "li", role: .viewer, districts: [], passwordHash: "secret-hash", by: .test)
        // Then the log holds them, newest first, with who, how and what
        let entries = try database.auditEntries()
        #expect(entries.prefix(3).map(\.action) == ["account-add", "login-failed", "import"])
        #expect(entries[2].actor == "wang" && entries[2].via == "zhizao import observations" && entries[2].noteValues.contains { $0 == ("rows", "1") })
        #expect(try database.auditEntries(.init(actor: "wang")).count == 1)
        #expect(try database.failedLogins(name: "LI", address: "10.0.0.9", since: Date().addingTimeInterval(-60)).account == 1)
        // And no password hash is ever logged
        #expect(!entries.contains { ($0.after ?? "").contains("secret-hash") })
        // And the log refuses changes even from SQL
        #expect(throws: (any Error).self) { try database.writer.write { try $0.execute(sql: "UPDATE audit SET actor = 'x'") } }
        #expect(throws: (any Error).self) { try database.writer.write { try $0.execute(sql: "DELETE FROM audit") } }
    }
}
