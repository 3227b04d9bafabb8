import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore

@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// Who may call each route: every route of the router against every kind of caller. A route added without an
/// entry here fails `everyRouteHasAnEntry`.
@Suite struct AccessTableTests {
    /// The kinds of caller.
    enum Caller: String, CaseIterable {
        case anonymous, viewer, editorOfAnotherDistrict, analyst, admin, readToken, writeToken, revokedToken, expiredSession
    }

    /// A request to make of a route, and who may make it.
    struct Entry {
        var uri: String
        var body: String = ""
        var contentType: String? = nil
        /// A cookie the request sends besides the caller's.
        var cookie: String? = nil
        var allowed: Set<Caller>
    }

    static let readers: Set<Caller> = [.anonymous, .viewer, .editorOfAnotherDistrict, .analyst, .admin, .readToken, .writeToken, .expiredSession]
    static let everyone = readers
    /// Writers of Huadu's records: not an editor of Panyu.
    static let huaduWriters: Set<Caller> = [.analyst, .admin, .writeToken]
    static let admins: Set<Caller> = [.admin]
    static let password = "long-enough-2026"

    static let enterpriseRow = """
        uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic
        91440114MA5CXXXX16,广州测试零部件有限公司,,花都区,,3670,2015,120,90000000,2020,,,true

        """
    static let projectRow = """
        id,name,kind,place,cluster,phases,investment_cny
        test-project,测试项目,construction,huadu,huadu-auto,1:signed:2021-01-01,100000000

        """
    static let observationRow = """
        id,subject,metric,value,qualifier,period_start,period_end,as_of,source
        t1,place:huadu,output,1.0e11,exact,2021-01-01,2021-12-31,,ycwb-2021-gz-manufacturing

        """

    static let targetListRow = "uscc,name,province,city,industry_code\n\(TargetsWebTests.uscc("320500", "MA0000031")),苏州测试零部件有限公司,江苏省,苏州市,3670\n"

    /// Every route, keyed `METHOD path` as registered.
    static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        for path in ["/", "/clusters", "/enterprises", "/projects", "/pipeline", "/checks", "/documents", "/indicators", "/layout", "/sources"] {
            table["GET \(path)"] = Entry(uri: path, allowed: readers)
        }
        table["GET /clusters/:id"] = Entry(uri: "/clusters/auto", allowed: readers)
        table["GET /enterprises/:ref"] = Entry(uri: "/enterprises/hongli", allowed: readers)
        table["GET /projects/:id"] = Entry(uri: "/projects/hongli-mini-micro-led-1", allowed: readers)
        table["GET /places/:id"] = Entry(uri: "/places/huadu", allowed: readers)
        table["GET /documents/:id"] = Entry(uri: "/documents/1", allowed: readers)
        // The lists as workbooks: whoever reads the page may download its list
        table["GET /enterprises.xlsx"] = Entry(uri: "/enterprises.xlsx?district=huadu", allowed: readers)
        table["GET /clusters/:id/chain.xlsx"] = Entry(uri: "/clusters/auto/chain.xlsx", allowed: readers)
        table["GET /clusters/:id/targets.xlsx"] = Entry(uri: "/clusters/huadu-auto/targets.xlsx?place=huadu", allowed: readers)
        table["GET /clusters/:id/targets.csv"] = Entry(uri: "/clusters/huadu-auto/targets.csv?gap=parts", allowed: readers)
        table["GET /pipeline.xlsx"] = Entry(uri: "/pipeline.xlsx", allowed: readers)
        table["GET /documents/:id/facts.xlsx"] = Entry(uri: "/documents/1/facts.xlsx", allowed: readers)
        table["GET /targets.xlsx"] = Entry(uri: "/targets.xlsx", allowed: readers)
        // Specialisation and a district's opportunities: pages, downloads and API, for whoever reads the dashboard
        table["GET /specialisation"] = Entry(uri: "/specialisation", allowed: readers)
        table["GET /places/:id/opportunities"] = Entry(uri: "/places/huadu/opportunities", allowed: readers)
        for suffix in [".xlsx", ".csv"] {
            table["GET /specialisation\(suffix)"] = Entry(uri: "/specialisation\(suffix)?level=class", allowed: readers)
            table["GET /places/:id/opportunities\(suffix)"] = Entry(uri: "/places/huadu/opportunities\(suffix)", allowed: readers)
        }
        table["GET /api/v1/specialisation"] = Entry(uri: "/api/v1/specialisation?regions=park", allowed: readers)
        table["GET /api/v1/places/:id/opportunities"] = Entry(uri: "/api/v1/places/huadu/opportunities", allowed: readers)
        for asset in ["/assets/app.css", "/assets/app.js", "/assets/icon.svg", "/favicon.ico", "/healthz", "/login", "/api/v1/openapi.json"] {
            table["GET \(asset)"] = Entry(uri: asset, allowed: everyone)
        }
        table["POST /login"] = Entry(
            uri: "/login", body: "csrf=form-token&name=analyst&password=\(password)", contentType: "application/x-www-form-urlencoded",
            cookie: "\(LoginRoutes.formCookie)=form-token", allowed: everyone)
        table["POST /logout"] = Entry(uri: "/logout", allowed: readers)
        for path in [
            "overview", "clusters", "pipeline", "checks", "documents", "enterprises", "projects", "observations", "metrics", "places",
            "sources", "targets", "statements", "me",
        ] {
            table["GET /api/v1/\(path)"] = Entry(uri: "/api/v1/\(path)", allowed: readers)
        }
        table["GET /api/v1/clusters/:id"] = Entry(uri: "/api/v1/clusters/auto", allowed: readers)
        table["GET /api/v1/clusters/:id/chain"] = Entry(uri: "/api/v1/clusters/auto/chain", allowed: readers)
        table["GET /api/v1/clusters/:id/targets"] = Entry(uri: "/api/v1/clusters/huadu-auto/targets?gap=parts", allowed: readers)
        table["GET /api/v1/documents/:id"] = Entry(uri: "/api/v1/documents/1", allowed: readers)
        table["GET /api/v1/enterprises/:ref"] = Entry(uri: "/api/v1/enterprises/hongli", allowed: readers)
        table["GET /api/v1/enterprises/:ref/eligibility"] = Entry(uri: "/api/v1/enterprises/hongli/eligibility", allowed: readers)
        table["GET /api/v1/projects/:id"] = Entry(uri: "/api/v1/projects/hongli-mini-micro-led-1", allowed: readers)
        table["GET /api/v1/audit"] = Entry(uri: "/api/v1/audit", allowed: admins)
        table["POST /api/v1/imports/enterprises"] = Entry(uri: "/api/v1/imports/enterprises?check=true", body: enterpriseRow, allowed: huaduWriters)
        table["POST /api/v1/imports/projects"] = Entry(uri: "/api/v1/imports/projects?check=true", body: projectRow, allowed: huaduWriters)
        // Edits and review, on records of Huadu (the test database imports the two enterprises first)
        let json = "application/json"
        table["DELETE /api/v1/enterprises/:ref"] = Entry(
            uri: "/api/v1/enterprises/91440114MA5CXXXX16", body: #"{"version":1,"reason":"重复"}"#, contentType: json, allowed: huaduWriters)
        table["PATCH /api/v1/enterprises/:ref"] = Entry(
            uri: "/api/v1/enterprises/914401017083429628", body: #"{"version":1,"district":"huadu","designations":["little-giant:2021"]}"#,
            contentType: json, allowed: huaduWriters)
        table["POST /api/v1/enterprises/:ref/merge"] = Entry(
            uri: "/api/v1/enterprises/914401017083429628/merge", body: #"{"into":"hongli","version":2,"intoVersion":1}"#,
            contentType: json, allowed: [.analyst, .admin, .writeToken])
        table["PATCH /api/v1/projects/:id"] = Entry(
            uri: "/api/v1/projects/hongli-mini-micro-led-1", body: #"{"version":1,"phases":[{"number":1,"status":"in-production"}]}"#,
            contentType: json, allowed: huaduWriters)
        table["DELETE /api/v1/projects/:id"] = Entry(
            uri: "/api/v1/projects/hongli-led-backlight-2", body: #"{"version":1,"reason":"重复录入"}"#, contentType: json, allowed: huaduWriters)
        table["POST /api/v1/documents"] = Entry(
            uri: "/api/v1/documents?title=t", body: "花都区2024年新签约项目46个。", contentType: "text/plain",
            allowed: huaduWriters.union([.editorOfAnotherDistrict]))
        table["POST /api/v1/documents/:id/accept-confident"] = Entry(uri: "/api/v1/documents/1/accept-confident", allowed: huaduWriters)
        table["POST /api/v1/facts/:id/accept"] = Entry(uri: "/api/v1/facts/1/accept", body: "{}", contentType: json, allowed: huaduWriters)
        table["POST /api/v1/facts/:id/reject"] = Entry(uri: "/api/v1/facts/1/reject", allowed: huaduWriters)
        table["POST /api/v1/imports/observations"] = Entry(uri: "/api/v1/imports/observations?check=true", body: observationRow, allowed: huaduWriters)
        // A target list belongs to no district: analysts and admins (and the analyst's write token) only
        table["POST /api/v1/target-lists"] = Entry(uri: "/api/v1/target-lists?name=national&check=true", body: targetListRow, allowed: huaduWriters)
        table.merge(importAndReviewPages) { a, _ in a }
        table.merge(editAndAdminPages) { a, _ in a }
        return table
    }()

    @Test func everyRouteHasAnEntry() throws {
        let routes = buildRouter(database: SQLiteStorage(try AppDatabase.inMemory())).routes
        let missing = routes.map { "\($0.method.rawValue) \($0.path)" }.filter { Self.table[$0] == nil }
        #expect(missing.isEmpty, "routes with no entry in AccessTableTests.table: \(missing)")
        #expect(routes.count == Self.table.count)
    }

    /// The credentials of each caller in a database with one account of each role.
    struct Credentials {
        var headers: [Caller: HTTPFields] = [:]

        init(_ database: AppDatabase) throws {
            let hash = Passwords.hash(AccessTableTests.password, cost: 4)
            func account(_ name: String, _ role: Role, _ districts: [String] = []) throws -> Account {
                try database.addAccount(name: name, role: role, districts: districts, passwordHash: hash, by: .test)
            }
            let viewer = try account("viewer", .viewer), editor = try account("panyu-editor", .editor, ["panyu"])
            let analyst = try account("analyst", .analyst), admin = try account("admin", .admin)
            func session(_ account: Account, created: String? = nil) throws -> HTTPFields {
                let secret = Secrets.make(), csrf = Secrets.make()
                try database.startSession(idHash: Secrets.stored(secret), csrf: csrf, account: account, by: .test)
                if let created {
                    try database.writer.write {
                        try $0.execute(sql: "UPDATE session SET createdAt = ?, lastSeenAt = ? WHERE idHash = ?", arguments: [created, created, Secrets.stored(secret)])
                    }
                }
                return [.cookie: "\(Sessions.cookieName)=\(secret)", CSRF.header: csrf]
            }
            func token(_ account: Account, _ scope: TokenScope, revoked: Bool = false) throws -> HTTPFields {
                let secret = Secrets.apiToken()
                let t = try database.createToken(accountName: account.name, secretHash: Secrets.stored(secret), scope: scope, expiresAt: nil, by: .test)
                if revoked { try database.revokeToken(id: t.id, by: .test) }
                return [.authorization: "Bearer \(secret)"]
            }
            headers[.anonymous] = [:]
            headers[.viewer] = try session(viewer)
            headers[.editorOfAnotherDistrict] = try session(editor)
            headers[.analyst] = try session(analyst)
            headers[.admin] = try session(admin)
            headers[.readToken] = try token(admin, .read)
            headers[.writeToken] = try token(analyst, .write)
            headers[.revokedToken] = try token(analyst, .write, revoked: true)
            headers[.expiredSession] = try session(admin, created: "2020-01-01T00:00:00.000Z")
        }
    }

    /// Whether a response lets the caller in: not refused for who they are (401, 403, a redirect to sign in) nor
    /// for where their rows are (422 naming their districts).
    static func allowed(_ response: TestResponse) -> Bool {
        let body = String(buffer: response.body)
        switch response.status {
        case .unauthorized, .forbidden: return false
        case .seeOther: return !(response.headers[.location] ?? "").hasPrefix("/login")
        case .unprocessableContent: return !body.contains("outside your districts")
        default: return true
        }
    }

    @Test(arguments: Caller.allCases)
    func eachCallerMayDoExactlyWhatItsRoleAllows(caller: Caller) async throws {
        let database = try AppDatabase.builtIn()
        _ = try await SQLiteStorage(database).ingest(text: "花都区2023年规上工业总产值2156.3亿元。", title: "公报", date: nil, file: nil, place: nil, by: .test)
        let rows = Self.enterpriseRow + "914401017083429628,广州鸿利光电股份有限公司,,花都区,,3976,2004,3000,3800000000,2020,,,true\n"
        _ = try database.importEnterprises(csv: Array(rows.utf8), file: "e.csv", by: .test)
        let credentials = try Credentials(database)
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            // Signing in (which ends the caller's session) and out come last, so that every route before them
            // is called with the caller's session.
            func order(_ route: String) -> String { route.hasPrefix("POST /log") ? "~" + route : route }
            for (route, entry) in Self.table.sorted(by: { order($0.key) < order($1.key) }) {
                let method = HTTPRequest.Method(String(route.prefix { $0 != " " }))!
                var headers = credentials.headers[caller]!
                headers[.contentType] = entry.contentType ?? "text/csv"
                if let cookie = entry.cookie { headers[.cookie] = [headers[.cookie], cookie].compactMap { $0 }.joined(separator: "; ") }
                let response = try await client.execute(uri: entry.uri, method: method, headers: headers, body: ByteBuffer(string: entry.body))
                let expected = entry.allowed.contains(caller)
                #expect(Self.allowed(response) == expected, "\(caller) \(route): \(response.status) \(String(buffer: response.body).prefix(200))")
                if expected {
                    // Allowed requests do their work (a fact another route accepted first is a conflict, not a refusal)
                    #expect(response.status.code < 400 || response.status == .conflict, "\(caller) \(route): \(response.status) \(String(buffer: response.body).prefix(300))")
                }
            }
        }
    }

    @Test func readingCanRequireSigningIn() async throws {
        let database = try AppDatabase.builtIn()
        let credentials = try Credentials(database)
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error", readNeedsLogin: true), database: SQLiteStorage(database))
        try await app.test(.router) { client in
            try await client.execute(uri: "/enterprises?q=x", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login?next=%2Fenterprises%3Fq%3Dx")
            }
            try await client.execute(uri: "/api/v1/overview", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/login", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/", method: .get, headers: credentials.headers[.viewer]!) { #expect($0.status == .ok) }
        }
    }
}
