import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStorage
@testable import ZhizaoPostgres
@testable import ZhizaoWeb

/// Two `zhizao serve` over one PostgreSQL database (issue 13, item 4): each server its own engine (pool) and
/// caches, as two processes would have.
extension PostgresServerTests {
@Suite struct TwoServersTests {
    static let password = "long-enough-2026"

    @Test func aWriteAndASignInThroughOneServerHoldOnTheOther() async throws {
        // Given one database holding the built-in dataset and an analyst, and two servers on it
        let database = try await StorageEngine.copyOfBuiltIn()
        let (first, second) = (
            PostgresEngine(settings: try TestPostgres.settings(database: database)),
            PostgresEngine(settings: try TestPostgres.settings(database: database)))
        defer { Task { await first.shutdown(); await second.shutdown() } }
        let analyst = try await first.addAccount(
            name: "wang", role: .analyst, districts: [], passwordHash: Passwords.hash(Self.password, cost: 4), by: .contract)
        let secret = Secrets.apiToken()
        _ = try await first.createToken(accountName: analyst.name, secretHash: Secrets.stored(secret), scope: .write, expiresAt: nil, by: .contract)
        let configuration = ServerConfiguration(logLevel: "error")
        let one = buildApplication(configuration: configuration, database: first)
        let other = buildApplication(configuration: configuration, database: second)
        try await one.test(.router) { one in
            try await other.test(.router) { other in
                // When the analyst signs in through the first server
                let login = try await one.execute(
                    uri: "/login", method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(LoginRoutes.formCookie)=t"],
                    body: ByteBuffer(string: "csrf=t&name=wang&password=\(Self.password)&next=%2F"))
                let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix(Sessions.cookieName + "=") }?.prefix { $0 != ";" })
                // Then the session holds on the second
                let page = try await other.execute(uri: "/", method: .get, headers: [.cookie: String(cookie)])
                #expect(String(buffer: page.body).contains("wang"))

                // And a firm imported through the first, after the second has answered the same search (and cached
                // its answer), shows on the second within the cache window
                let search = "/api/v1/enterprises?q=" + "广州双服务零部件有限公司".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let before = try await other.execute(uri: search, method: .get)
                #expect(before.status == .ok && !String(buffer: before.body).contains("91440114MA5CXXXX16"))
                let csv = """
                    uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic
                    91440114MA5CXXXX16,广州双服务零部件有限公司,,花都区,,3670,2015,120,90000000,2020,,,true

                    """
                let imported = try await one.execute(
                    uri: "/api/v1/imports/enterprises", method: .post,
                    headers: [.authorization: "Bearer \(secret)", .contentType: "text/csv"], body: ByteBuffer(string: csv))
                #expect(imported.status == .ok)
                let written = ContinuousClock.now
                var seen = false
                while !seen, ContinuousClock.now - written < .seconds(Site.lifetime + 3) {
                    seen = String(buffer: try await other.execute(uri: search, method: .get).body).contains("91440114MA5CXXXX16")
                    if !seen { try await Task.sleep(for: .milliseconds(200)) }
                }
                #expect(seen)
                #expect(ContinuousClock.now - written <= .seconds(Site.lifetime + 1))
            }
        }
    }
}
}
