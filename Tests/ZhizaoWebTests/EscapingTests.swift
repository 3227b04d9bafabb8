import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

@testable import ZhizaoWeb

/// Text from the database or the request reaches a page as text, never as markup; pages link only to this site
/// and carry the security headers.
@Suite struct EscapingTests {
    /// Names that would run script or open an attribute if written into a page unescaped.
    static let payloads = ["<script>alert(1)</script>", "\" onmouseover=\"x", "'><img src=x onerror=alert(1)>"]

    /// What must not be in a page: a script other than the app's, an event-handler attribute in a tag, an image.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let scripts = html.matches(of: /<script[^>]*>.*?<\/script>/.dotMatchesNewlines().ignoresCase()).map {
            String($0.output)
        }
        problems += scripts.filter { $0 != "<script src=\"/assets/app.js\" defer></script>" }.map { "script: \($0)" }
        for tag in html.matches(of: /<[a-zA-Z][^>]*>/).map({ String($0.output) }) {
            let unquoted = tag.replacing(/"[^"]*"|'[^']*'/, with: "")
            if unquoted.contains(/\son[a-z]+\s*=/.ignoresCase()) || unquoted.contains("'") || unquoted.contains("\"") {
                problems.append("attribute: \(tag)")
            }
            if tag.lowercased().hasPrefix("<img") { problems.append("image: \(tag)") }
        }
        if html.contains("HTML(markup:") { problems.append("HTML written as a Swift value") }
        return problems
    }

    /// The built-in dataset with hostile enterprises (names in both languages), a project naming them as its
    /// investors, an observation about one and a document.
    static func hostileDatabase() async throws -> (database: AppDatabase, usccs: [String], documentId: Int64) {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 3)
        var usccs: [String] = []
        var enterprises = SyntheticRegistry.headerLine
        for payload in payloads {
            let line = registry.nextLine().dropLast()  // its newline
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "企业" + payload
            fields[2] = "Firm " + payload
            usccs.append(fields[0])
            enterprises += CSVWriter.line(fields)
        }
        _ = try database.importEnterprises(csv: Array(enterprises.utf8), file: "hostile.csv", by: .test)
        let all = payloads.joined()
        // A project with the payloads everywhere, investing in the three, and one whose id is a payload.
        let hostile = [
            "hostile", "项目" + all, "Project " + all, "construction", "huadu", "huadu-auto",
            usccs.joined(separator: ";"), "1:signed:2023-01", "100000000", "approx", "约1亿元" + all, all, all, all,
            "ycwb-2021-gz-manufacturing",
        ]
        let hostileId = ["x\"><script>alert(2)</script>", all, all, "construction", "huadu", "huadu-auto"]
            + ["", "1:signed"] + Array(repeating: "", count: 7)
        let projects = [ProjectTable.header, hostile, hostileId].map(CSVWriter.line).joined()
        _ = try database.importProjects(csv: Array(projects.utf8), file: "hostile.csv", by: .test)
        let header = ["id", "subject", "metric", "value", "qualifier", "stated", "period_start", "period_end"]
            + ["as_of", "kind", "source", "quote", "note"]
        let observation = [
            "hostile" + payloads[1], "enterprise:\(usccs[0])", "output", "1e8", "approx", "约1亿" + all, "2023-01-01",
            "2023-12-31", "", "actual", "ycwb-2021-gz-manufacturing", all, all,
        ]
        let observations = [header, observation].map(CSVWriter.line).joined()
        _ = try database.importObservations(csv: Array(observations.utf8), file: "hostile.csv", by: .test)
        let text = "全区" + all + "工业产值增长8.2%。\n" + all
        let documentId = try await SQLiteStorage(database).ingest(text: text, title: all, date: nil, file: nil, place: nil, by: .test).documentId
        return (database, usccs, documentId)
    }

    @Test func hostileNamesReachEveryPageAsText() async throws {
        let (database, usccs, documentId) = try await Self.hostileDatabase()
        let encoded = Self.payloads.map(HTML.query)
        let listings = [
            "/", "/clusters", "/clusters/huadu-auto", "/enterprises", "/enterprises?q=%E4%BC%81%E4%B8%9A", "/projects",
            "/projects/hostile", "/pipeline", "/indicators", "/sources", "/layout", "/checks", "/documents",
            "/documents/\(documentId)",
        ]
        let pages = listings + usccs.flatMap { ["/enterprises/\($0)", "/pipeline?enterprise=\($0)"] }
            + encoded.map { "/enterprises?q=\($0)" } + encoded.map { "/pipeline?enterprise=\($0)" }
        let errors = encoded.flatMap {
            [
                "/\($0)", "/nowhere?x=\($0)", "/nowhere?\($0)=1",
                "/enterprises?industry=\($0)", "/projects?status=\($0)", "/enterprises?q=\($0)&page=\($0)",
            ]
        }
        try await PageTests.app(database).test(.router) { client in
            for uri in pages + errors {
                for language in ["zh", "en"] {
                    try await client.execute(
                        uri: uri + (uri.contains("?") ? "&" : "?") + "lang=\(language)", method: .get
                    ) { response in
                        let html = String(buffer: response.body)
                        #expect(pages.contains(uri) == (response.status == .ok), "\(uri) \(response.status)")
                        for payload in Self.payloads { #expect(!html.contains(payload), "\(uri): \(payload)") }
                        #expect(Self.problems(in: html) == [], "\(uri)")
                    }
                }
            }
            // The payloads are there, as text: in a name, in an attribute, in the search box.
            try await client.execute(uri: "/enterprises/\(usccs[0])", method: .get) { response in
                #expect(String(buffer: response.body).contains("<h1>企业&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
            }
            try await client.execute(uri: "/projects/hostile", method: .get) { response in
                #expect(
                    String(buffer: response.body).contains(
                        "（原文：约1亿元&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x"))
            }
            try await client.execute(uri: "/enterprises?q=\(encoded[2])", method: .get) { response in
                #expect(String(buffer: response.body).contains("value=\"&#39;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
            }
        }
    }

    @Test func pagesHaveNoInlineScriptOrHandler() async throws {
        try await PageTests.app().test(.router) { client in
            for uri in PageTests.pages + ["/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(Self.problems(in: String(buffer: response.body)) == [], "\(uri)")
                    #expect(!String(buffer: response.body).contains(" style=\"background"), "\(uri)")
                }
            }
        }
    }

    @Test(arguments: ["//evil.example", "/\\evil.example", "//evil.example/clusters"])
    func theLanguageToggleStaysOnTheSite(path: String) async throws {
        try await PageTests.app().test(.router) { client in
            try await client.execute(uri: path + "?q=1", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .notFound)
                #expect(!html.contains("evil.example"))
                #expect(html.contains("href=\"/?lang=en&amp;q=1\""))
            }
        }
    }

    @Test(arguments: [
        "/", "/clusters?lang=en", "/api/v1/clusters", "/api/v1/nowhere", "/assets/app.css", "/assets/icon.svg",
        "/nowhere", "/healthz", "/favicon.ico", "/enterprises?designation=bogus",
    ])
    func everyResponseCarriesTheSecurityHeaders(uri: String) async throws {
        try await PageTests.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }
    }
}

/// The HTML type: text escaped, markup kept.
@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndMarkupKept() {
        let name = "<b>\"Tom\" & 'Jerry'</b>"
        let bold: HTML = "<b>\(name)</b>"
        let html: HTML = "<p title=\"\(name)\">\(bold) \(3) \(HTML(raw: "<svg/>"))</p>"
        #expect(bold.markup == "<b>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</b>")
        #expect(
            html.markup
                == "<p title=\"&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;\">\(bold.markup) 3 <svg/></p>")
    }

    @Test func piecesJoinAndAdd() {
        var list: HTML = ["<i>a</i>", "\("<")"].joined(separator: " · ")
        list += "!" + HTML.link("/x?a=1&b=2", "<x>")
        #expect(list.markup == "<i>a</i> · &lt;!<a href=\"/x?a=1&amp;b=2\">&lt;x&gt;</a>")
        #expect(HTML.empty.isEmpty && [HTML]().joined().isEmpty)
    }

    @Test(arguments: [
        ("/", "/"), ("/clusters/auto", "/clusters/auto"), ("/a//b", "/a//b"), ("//evil.example", "/"),
        ("/\\evil.example", "/"), ("/\t/evil.example", "/"), ("evil.example", "/"), ("", "/"), ("/a b", "/"),
    ])
    func onlySameSitePathsAreKept(path: String, kept: String) {
        #expect(Layout.sameSite(path) == kept)
    }
}
