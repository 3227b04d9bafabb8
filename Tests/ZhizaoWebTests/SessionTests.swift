import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore

@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// Signing in and out through the router: cookies, CSRF, session fixation, throttling, the audit trail.
@Suite struct SessionTests {
    static let password = "long-enough-2026"

    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        try database.addAccount(name: "wang", role: .analyst, districts: [], passwordHash: Passwords.hash(password, cost: 4), by: .test)
        return database
    }

    static func signIn(_ client: some TestClientProtocol, password: String = password, cookie: String = "") async throws -> TestResponse {
        let cookies = ["\(LoginRoutes.formCookie)=t", cookie].filter { !$0.isEmpty }.joined(separator: "; ")
        return try await client.execute(
            uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookies],
            body: ByteBuffer(string: "csrf=t&name=wang&password=\(password)&next=%2Fenterprises"))
    }

    /// The session cookie's value set by `response`.
    static func session(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(Sessions.cookieName + "=") }
            .map { String($0.dropFirst(Sessions.cookieName.count + 1).prefix { $0 != ";" }) }
    }

    @Test func signingInSetsASafeCookieWithANewIdAndGoesBack() async throws {
        let database = try Self.database()
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error", secureCookies: true), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            // Given a browser that brings a session id of its own (fixation)
            let response = try await Self.signIn(client, cookie: "\(Sessions.cookieName)=attacker-chosen")
            // Then it is sent back where it came from with a new id in a cookie scripts cannot read
            #expect(response.status == .seeOther && response.headers[.location] == "/enterprises")
            let set = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(Sessions.cookieName) })
            #expect(set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Secure"))
            let id = try #require(Self.session(response))
            #expect(id != "attacker-chosen" && id.count == 64)
            // And the page knows who it is
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(Sessions.cookieName)=\(id)"]) { page in
                #expect(String(buffer: page.body).contains("<span lang=\"en\">wang</span>（分析员）"))
            }
            // And signing in again gives yet another id
            let again = try #require(Self.session(try await Self.signIn(client, cookie: "\(Sessions.cookieName)=\(id)")))
            #expect(again != id)
        }
        #expect(try database.auditEntries(.init(action: "login")).count == 2)
    }

    @Test func eachSessionGetsItsOwnCopyOfACachedPageInItsLanguage() async throws {
        let database = try Self.database()
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            // Given two sessions of one account and an anonymous reader, each having read the overview once
            let first = try #require(Self.session(try await Self.signIn(client)))
            let second = try #require(Self.session(try await Self.signIn(client)))
            func page(_ cookie: String, _ uri: String = "/") async throws -> (status: HTTPResponse.Status, html: String) {
                try await client.execute(uri: uri, method: .get, headers: cookie.isEmpty ? [:] : [.cookie: cookie]) { ($0.status, String(buffer: $0.body)) }
            }
            func csrf(_ html: String) -> Substring? {
                html.firstRange(of: "name=\"csrf\" value=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } }
            }
            for cookie in ["", "zz_session=\(first)", "zz_session=\(second)"] { _ = try await page(cookie) }
            // When each reads it again (now from the cache)
            let (anonymous, one, other) = (try await page("").html, try await page("zz_session=\(first)").html, try await page("zz_session=\(second)").html)
            // Then each session's copy carries its own sign-out token, and the anonymous one none
            #expect(csrf(anonymous) == nil && !anonymous.contains("wang"))
            let (a, b) = (try #require(csrf(one)), try #require(csrf(other)))
            #expect(a != b && one.contains("wang") && other.contains("wang"))
            // And the language cookie (beside the session's, in any order) chooses the cached page's language,
            // on pages and on error pages alike
            let english = try await page("lang=en; zz_session=\(first)").html
            #expect(english.contains("<html lang=\"en\"") && csrf(english) == a)
            #expect(try await page("zz_session=\(first); lang=en").html == english)
            let missing = try await page("lang=en", "/clusters/no-such-cluster")
            #expect(missing.status == .notFound && missing.html.contains("<html lang=\"en\""))
        }
    }

    @Test func aWriteFromASessionNeedsItsCSRFTokenAndOurOrigin() async throws {
        let database = try Self.database()
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            let id = try #require(Self.session(try await Self.signIn(client)))
            let csrf = try #require(try database.session(idHash: Secrets.stored(id))?.csrf)
            let cookie: HTTPFields = [.cookie: "\(Sessions.cookieName)=\(id)", .contentType: "text/csv"]
            let csv = ByteBuffer(string: "uscc,name\n")
            let uri = "/api/v1/imports/enterprises?check=true"
            // Without the token, with a wrong one, or from another site: refused
            try await client.execute(uri: uri, method: .post, headers: cookie, body: csv) { #expect($0.status == .forbidden) }
            var wrong = cookie
            wrong[CSRF.header] = Secrets.make()
            try await client.execute(uri: uri, method: .post, headers: wrong, body: csv) { #expect($0.status == .forbidden) }
            var foreign = cookie
            foreign[CSRF.header] = csrf
            foreign[.origin] = "https://evil.example"
            try await client.execute(uri: uri, method: .post, headers: foreign, body: csv) { #expect($0.status == .forbidden) }
            // With it: the route runs (and finds the file's problems)
            var right = cookie
            right[CSRF.header] = csrf
            try await client.execute(uri: uri, method: .post, headers: right, body: csv) { #expect($0.status == .unprocessableContent) }
            // A form's token works as the csrf field
            try await client.execute(
                uri: "/logout", method: .post, headers: [.cookie: "\(Sessions.cookieName)=\(id)", .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf=\(csrf)")
            ) { #expect($0.status == .seeOther) }
        }
        #expect(try database.auditEntries(.init(action: "logout")).count == 1)
    }

    @Test func failedSignInsAreRecordedAndSlowDown() async throws {
        let database = try Self.database()
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            for _ in 0..<LoginThrottle.free {
                #expect(try await Self.signIn(client, password: "wrong-password-1").status == .unauthorized)
            }
            // Then even the right password waits
            let throttled = try await Self.signIn(client)
            #expect(throttled.status == .tooManyRequests && throttled.headers[.retryAfter] != nil)
        }
        #expect(try database.auditEntries(.init(action: "login-failed")).count == LoginThrottle.free)
    }

    @Test func aFormWithoutItsTokenCannotSignIn() async throws {
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(try Self.database()))
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf=t&name=wang&password=\(Self.password)"))
            #expect(response.status == .forbidden && Self.session(response) == nil)
        }
    }

    @Test(arguments: ["//evil.example", "/\\evil.example", "https://evil.example/x"])
    func signingInNeverSendsOffSite(next: String) {
        #expect(LoginRoutes.sameSite(next) == "/")
        #expect(LoginRoutes.sameSite("/projects?status=signed") == "/projects?status=signed")
    }
}

@Suite struct MethodTests {
    @Test(arguments: [("/api/v1/overview", "POST", "GET, HEAD"), ("/api/v1/imports/enterprises", "GET", "POST"), ("/enterprises", "DELETE", "GET, HEAD")])
    func aMethodAPathDoesNotHaveIs405WithAllow(path: String, method: String, allow: String) async throws {
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(try AppDatabase.builtIn()))
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: HTTPRequest.Method(method)!) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == allow)
            }
        }
    }
}

@Suite struct SessionRestartTests {
    @Test func aSessionSurvivesARestart() async throws {
        let database = try SessionTests.database()
        let first = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        let id = try await first.test(.router) { client in try #require(SessionTests.session(try await SessionTests.signIn(client))) }
        // A new server over the same database knows the session
        let second = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        try await second.test(.router) { client in
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: "\(Sessions.cookieName)=\(id)"]) { response in
                #expect(String(buffer: response.body).contains("\"name\":\"wang\""))
            }
        }
    }
}

@Suite struct NoticeTests {
    @Test(arguments: [
        Notice.userAdded, .projectDeleted, .stored, .uploadExpired, .accepted(3), .rejected(12), .handled(0), .acceptedConfident(4),
    ])
    func aNoticeIsNamedByItsCode(notice: Notice) {
        #expect(Notice(code: notice.code) == notice)
        #expect(notice.redirect(to: "/documents/1").headers[.location] == "/documents/1?done=" + notice.code)
    }

    @Test(arguments: ["", "accepted-", "accepted-x", "accepted--1", "<script>", "user-added-2"])
    func anythingElseIsNoNotice(code: String) {
        #expect(Notice(code: code) == nil)
    }
}

@Suite struct SessionCookieTests {
    @Test(arguments: [
        ("zz_session=abc", "abc"), ("lang=en; zz_session=abc", "abc"), ("zz_session=abc; lang=en", "abc"), ("lang=en;zz_session=abc", "abc"),
        ("xzz_session=abc", nil), ("xzz_session=a; zz_session=b", "b"), ("zz_session=", nil), ("lang=en", nil),
    ] as [(String, String?)])
    func theSessionCookieIsFoundInTheHeader(header: String, value: String?) {
        #expect(Request.cookie("zz_session", in: header) == value)
    }

    /// HTTPTypes gives a field per cookie of the header: each is looked in.
    @Test func aCookieIsFoundInAnyOfTheCookieFields() {
        var head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/")
        head.headerFields.append(.init(name: .cookie, value: "lang=en"))
        head.headerFields.append(.init(name: .cookie, value: "zz_session=abc"))
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer()))
        #expect(request.cookie("zz_session") == "abc")
        #expect(request.cookie("lang") == "en")
        #expect(request.cookie("session") == nil)
        #expect(request.cookies("zz_session", "lang") == ("abc", "en"))
        #expect(request.cookies("lang", "session") == ("en", nil))
    }
}

@Suite struct AuditNoteTests {
    @Test func aNoteIsSaidInThePageLanguage() {
        let entry = AuditEntry(
            id: 1, at: "", actor: "", address: nil, via: "", action: "import", recordType: nil, recordId: nil, before: nil, after: nil,
            note: #"{"inserted":"12","rows":"2000"}"#)
        #expect(AuditWords.note(entry, Words(language: .zh)).markup == "行数：2000；新增：12")
        #expect(AuditWords.note(entry, Words(language: .en)).markup == "rows: 2000; new: 12")
    }

    @Test func theCommandLinesListingIsInItsLanguage() {
        let entry = AuditEntry(
            id: 1, at: "", actor: "li", address: nil, via: "zhizao import", action: "import", recordType: "enterprises",
            recordId: "firms.xlsx", before: nil, after: nil, note: #"{"rows":"2000"}"#)
        let zh = AuditWords.line(entry, .zh), en = AuditWords.line(entry, .en)
        #expect(zh.action == "导入" && zh.record == "企业名录 firms.xlsx" && zh.note == "行数：2000")
        #expect(en.record == "enterprise registry firms.xlsx" && en.note == "rows: 2000")
    }
}
