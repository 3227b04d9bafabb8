import ArgumentParser
import Foundation
import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

@Suite struct AccessCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-access-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    @Test func aServerOpenToTheNetworkNeedsAnAdminFirst() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        var serve = try Zhizao.parseAsRoot(["serve", "--host", "0.0.0.0", "--port", "8999", "--db", db])
        // Given a database without an admin, when serving on every address, then it refuses and says what to do
        let refusal = await #expect(throws: Refusal.self) { try await Zhizao.run(&serve) }
        #expect(refusal?.description.contains("zhizao user add NAME --role admin") == true)
        // Given an analyst only, still refused
        try AppDatabase.open(path: db).addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .local("t", via: "t"))
        serve = try Zhizao.parseAsRoot(["serve", "--host", "0.0.0.0", "--port", "8999", "--db", db])
        await #expect(throws: Refusal.self) { try await Zhizao.run(&serve) }
    }

    @Test func theCommandLineIsAuditedAsItsUser() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        var token = try Zhizao.parseAsRoot(["token", "revoke", "7", "--db", db])
        await #expect(throws: StoreError.self) { try await Zhizao.run(&token) }
        _ = try AppDatabase.open(path: db).addAccount(name: "li", role: .analyst, districts: [], passwordHash: "h", by: .local("t", via: "t"))
        token = try Zhizao.parseAsRoot(["token", "create", "--user", "li", "--scope", "write", "--db", db])
        try await Zhizao.run(&token)
        let entry = try #require(try AppDatabase.open(path: db).auditEntries(.init(action: "token-create")).first)
        #expect(entry.via == "zhizao token create" && entry.actor == DatabaseOptions.actor("x").name)
    }
}
