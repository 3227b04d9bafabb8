import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore

@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// The browser's account pages and record forms, through the router as a browser uses them: signed in with a
/// cookie, forms posted with their `csrf` field.
@Suite struct BrowserAdminTests {
    static let password = "long-enough-2026"

    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        let hash = Passwords.hash(password, cost: 4)
        try database.addAccount(name: "chen", role: .admin, districts: [], passwordHash: hash, by: .test)
        try database.addAccount(name: "zhao", role: .analyst, districts: [], passwordHash: hash, by: .test)
        try database.addAccount(name: "liu", role: .editor, districts: ["panyu"], passwordHash: hash, by: .test)
        try database.addAccount(name: "sun", role: .viewer, districts: [], passwordHash: hash, by: .test)
        return database
    }

    static func app(_ database: AppDatabase) -> some ApplicationProtocol {
        buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
    }

    /// A signed-in browser: its session cookie and the CSRF token its forms carry.
    struct Browser {
        var cookie: String
        var csrf: String

        init(_ client: some TestClientProtocol, _ database: AppDatabase, name: String, password: String = BrowserAdminTests.password) async throws {
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(LoginRoutes.formCookie)=t"],
                body: ByteBuffer(string: "csrf=t&name=\(name)&password=\(HTML.query(password))"))
            let id = try #require(SessionTests.session(response), "\(name) could not sign in: \(response.status)")
            cookie = "\(Sessions.cookieName)=\(id)"
            csrf = try #require(try database.session(idHash: Secrets.stored(id))?.csrf)
        }

        func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
            try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
        }

        /// Posts a form as the page's would: urlencoded, with the session's token in the `csrf` field.
        func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
            let body = ([("csrf", csrf)] + fields).map { "\(HTML.query($0.0))=\(HTML.query($0.1))" }.joined(separator: "&")
            return try await client.execute(
                uri: uri, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
        }
    }

    @Test func anAdminAddsAUserInTheBrowserWhoCanThenSignIn() async throws {
        let database = try Self.database()
        try await Self.app(database).test(.router) { client in
            let admin = try await Browser(client, database, name: "chen")
            // Given the users page, with the password rules and a 管理 link
            let page = String(buffer: try await admin.get(client, "/admin/users").body)
            #expect(page.contains("至少10个字符") && page.contains("href=\"/admin/users\"") && page.contains("liu"))
            // When a too-short password is sent, the form says why (in Chinese) and keeps the name
            let short = try await admin.post(client, "/admin/users", [("name", "li"), ("role", "viewer"), ("password", "short"), ("repeat", "short")])
            #expect(short.status == .unprocessableContent)
            let shortPage = String(buffer: short.body)
            #expect(shortPage.contains("密码至少需要10个字符") && shortPage.contains("value=\"li\""))
            // When an editor is added with a district
            let added = try await admin.post(
                client, "/admin/users",
                [("name", "li"), ("role", "editor"), ("districts", "huadu"), ("password", "花都汽车-2026-春"), ("repeat", "花都汽车-2026-春")])
            #expect(added.status == .seeOther && added.headers[.location] == "/admin/users?done=user-added")
            // Then the list shows the role and district in words, with the notice
            let list = String(buffer: try await admin.get(client, "/admin/users?done=user-added").body)
            #expect(list.contains("已新增账号") && list.contains("<td><span lang=\"en\">li</span></td><td>区级编辑</td><td>花都区</td>"))
            // And the new account signs in
            _ = try await Browser(client, database, name: "li", password: "花都汽车-2026-春")
            // And disabling it works, but an admin cannot disable themselves
            #expect(try await admin.post(client, "/admin/users/li/disabled", [("disabled", "true")]).status == .seeOther)
            #expect(try database.credentials(name: "li")?.account.disabled == true)
            #expect(try await admin.post(client, "/admin/users/chen/disabled", [("disabled", "true")]).status == .unprocessableContent)
        }
        #expect(try database.auditEntries(.init(action: "account-add")).first?.recordId == "li")
    }

    @Test func aTokenMadeInTheBrowserIsShownOnceWorksAsBearerAndCanBeRevoked() async throws {
        let database = try Self.database()
        let secret = try await Self.app(database).test(.router) { client in
            let admin = try await Browser(client, database, name: "chen")
            let made = try await admin.post(client, "/admin/tokens", [("account", "zhao"), ("scope", "write"), ("days", "30")])
            #expect(made.status == .ok && made.headers[.cacheControl] == "no-store")
            let body = String(buffer: made.body)
            let secret = try #require(body.firstMatch(of: /zz_[0-9a-f]{64}/).map { String($0.output) })
            #expect(body.contains("只显示这一次"))
            // It works as a bearer token
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(me.status == .ok && String(buffer: me.body).contains("zhao"))
            // And is never shown again
            let list = String(buffer: try await admin.get(client, "/admin/tokens").body)
            #expect(!list.contains(secret) && list.contains("zhao") && list.contains("读写"))
            // A viewer gets no write token
            let refused = try await admin.post(client, "/admin/tokens", [("account", "sun"), ("scope", "write")])
            #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("只能创建只读令牌"))
            let id = try #require(try database.tokens(accountName: "zhao").first?.id)
            let revoked = try await admin.post(client, "/admin/tokens/\(id)/revoke", [])
            #expect(revoked.status == .seeOther && revoked.headers[.location] == "/admin/tokens?done=token-revoked")
            return secret
        }
        // A server that has not seen the token since refuses it (a running one within its five-second lookup)
        try await Self.app(database).test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(response.status == .unauthorized)
        }
    }

    @Test func theAuditPageFilters() async throws {
        let database = try Self.database()
        try await Self.app(database).test(.router) { client in
            let admin = try await Browser(client, database, name: "chen")
            _ = try await Browser(client, database, name: "zhao")
            let logins = String(buffer: try await admin.get(client, "/audit?action=login&actor=zhao").body)
            #expect(logins.contains("<td><span lang=\"en\">zhao</span></td>") && logins.contains("登录") && !logins.contains("<td><span lang=\"en\">chen</span></td>"))
            let adds = String(buffer: try await admin.get(client, "/audit?action=account-add&type=account&id=liu").body)
            #expect(adds.contains("新增账号") && adds.contains("账号 <span lang=\"en\">liu</span>") && adds.contains("区级编辑") && !adds.contains("账号 <span lang=\"en\">sun</span>"))
            let none = String(buffer: try await admin.get(client, "/audit?since=2999-01-01").body)
            #expect(none.contains("没有符合条件的记录"))
            // Not for analysts
            let analyst = try await Browser(client, database, name: "zhao")
            #expect(try await analyst.get(client, "/audit").status == .forbidden)
        }
    }

    @Test func anEnterpriseEditFromTheFormSavesAndAStaleOneShowsWhatChanged() async throws {
        let database = try Self.database()
        try await Self.app(database).test(.router) { client in
            let analyst = try await Browser(client, database, name: "zhao")
            let page = String(buffer: try await analyst.get(client, "/enterprises/iat").body)
            #expect(page.contains("action=\"/enterprises/iat/edit\"") && page.contains("name=\"version\" value=\"1\""))
            let fields = [("version", "1"), ("district", "huadu"), ("designation", "little-giant"), ("year.little-giant", "2021")]
            let saved = try await analyst.post(client, "/enterprises/iat/edit", fields)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/enterprises/iat?done=enterprise-saved")
            let iat = try #require(try database.enterprise(ref: "iat"))
            #expect(iat.districtId == "huadu" && iat.designations == [Designation(.littleGiant, year: 2021)])
            // The same form again, made on version 1: 409, with who changed what
            let stale = try await analyst.post(client, "/enterprises/iat/edit", fields)
            #expect(stale.status == .conflict)
            let body = String(buffer: stale.body)
            #expect(body.contains("记录已被他人修改") && body.contains("<td><span lang=\"en\">zhao</span></td>") && body.contains("编辑"))
            #expect(body.contains("所在区") && body.contains("花都区") && body.contains("href=\"/enterprises/iat\""))
            #expect(!body.contains("districtId</b>"))
            // The project form saves phases
            let project = try await analyst.post(
                client, "/projects/shengguang-cnc-park/edit",
                [("version", "1"), ("phases", "1"), ("number.0", "1"), ("status.0", "in-production"), ("since.0", "2024-06")])
            #expect(project.status == .seeOther)
            #expect(try database.projectVersion(id: "shengguang-cnc-park") == 2)
            // A deletion needs a reason
            let noReason = try await analyst.post(client, "/projects/logistics-robot/delete", [("version", "1"), ("reason", "")])
            #expect(noReason.status == .unprocessableContent && String(buffer: noReason.body).contains("请写明删除原因"))
        }
    }

    @Test func editorsCannotEditAnotherDistrictAndViewersSeeNoForms() async throws {
        let database = try Self.database()
        try database.editEnterprise(ref: "iat", version: 1, districtId: "huadu", parkId: nil, designations: [], by: .test)
        try database.editEnterprise(ref: "cetc", version: 1, districtId: "panyu", parkId: nil, designations: [], by: .test)
        try await Self.app(database).test(.router) { client in
            let editor = try await Browser(client, database, name: "liu")
            // Another district's record: no forms, and a post is refused
            #expect(!String(buffer: try await editor.get(client, "/enterprises/iat").body).contains("class=\"edit\""))
            #expect(!String(buffer: try await editor.get(client, "/projects/shengguang-cnc-park").body).contains("class=\"edit\""))
            let refused = try await editor.post(client, "/enterprises/iat/edit", [("version", "2"), ("district", "panyu")])
            #expect(refused.status == .forbidden)
            #expect(try database.enterprise(ref: "iat")?.districtId == "huadu")
            // Their own district's record: the forms, offering only their district
            let own = String(buffer: try await editor.get(client, "/enterprises/cetc").body)
            #expect(own.contains("action=\"/enterprises/cetc/edit\"") && own.contains("番禺区") && !own.contains("value=\"huadu\""))
            // Viewers and anonymous readers see none
            let viewer = try await Browser(client, database, name: "sun")
            for uri in ["/enterprises/cetc", "/projects/shengguang-cnc-park"] {
                #expect(!String(buffer: try await viewer.get(client, uri).body).contains("class=\"edit\""))
                #expect(!String(buffer: try await client.execute(uri: uri, method: .get).body).contains("class=\"edit\""))
            }
            #expect(try await viewer.post(client, "/enterprises/cetc/edit", [("version", "2")]).status == .forbidden)
        }
    }

    @Test func everyoneChangesTheirOwnPasswordAndStaysSignedIn() async throws {
        let database = try Self.database()
        try await Self.app(database).test(.router) { client in
            let viewer = try await Browser(client, database, name: "sun")
            let page = String(buffer: try await viewer.get(client, "/account").body)
            #expect(page.contains("sun") && page.contains("查看") && page.contains("请联系管理员") && !page.contains("action=\"/account/tokens\""))
            let wrong = try await viewer.post(
                client, "/account/password", [("current", "not-it-at-all"), ("password", "新的密码-2026-夏"), ("repeat", "新的密码-2026-夏")])
            #expect(wrong.status == .unprocessableContent && String(buffer: wrong.body).contains("当前密码不正确"))
            let changed = try await viewer.post(
                client, "/account/password", [("current", Self.password), ("password", "新的密码-2026-夏"), ("repeat", "新的密码-2026-夏")])
            #expect(changed.status == .seeOther && changed.headers[.location] == "/account?done=password-changed")
            // Still signed in here, and the new password works
            #expect(String(buffer: try await viewer.get(client, "/account?done=password-changed").body).contains("密码已修改"))
            _ = try await Browser(client, database, name: "sun", password: "新的密码-2026-夏")
        }
    }
}
