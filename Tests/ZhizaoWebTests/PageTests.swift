import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// Every page through the router: status, type, language, the figures as people read them.
@Suite struct PageTests {
    static func app(_ database: AppDatabase? = nil) throws -> some ApplicationProtocol {
        buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(try database ?? AppDatabase.builtIn()))
    }

    static let pages = [
        "/", "/clusters", "/clusters/auto", "/clusters/huadu-auto", "/enterprises", "/enterprises?q=%E9%B8%BF%E5%88%A9",
        "/enterprises/hongli", "/projects", "/projects?status=signed", "/projects/hongli-mini-micro-led-1",
        "/projects/huadu-dongfeng-nissan-agreement", "/indicators", "/layout", "/sources", "/pipeline",
        "/pipeline?enterprise=hongli", "/checks", "/documents", "/layout?measure=projects", "/layout?scope=province&measure=revenue",
        "/places/huadu", "/places/conghua", "/clusters/huadu-auto?gap=parts", "/clusters/auto?place=panyu",
    ]

    @Test func anEmptyDocumentsPageTellsAReaderWhoMayAddOne() async throws {
        try await Self.app().test(.router) { client in
            let zh = String(buffer: try await client.execute(uri: "/documents", method: .get).body)
            #expect(zh.contains("尚无文档。分析员登录后可在此新建文档") && zh.contains("zhizao ingest"))  // (no space after 。)
            let en = String(buffer: try await client.execute(uri: "/documents?lang=en", method: .get).body)
            #expect(en.contains("No document yet. An analyst signed in can add one here") && !en.contains("分析员"))
        }
    }

    @Test(arguments: pages)
    func servesThePageInChineseAndEnglish(path: String) async throws {
        try await Self.app().test(.router) { client in
            for (lang, htmlLang) in [("zh", "zh-CN"), ("en", "en")] {
                let uri = path + (path.contains("?") ? "&" : "?") + "lang=\(lang)"
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    let html = String(buffer: response.body)
                    #expect(html.contains("<html lang=\"\(htmlLang)\">"))
                    #expect(html.hasSuffix("</html>"))
                    #expect(!html.contains("GRDB") && !html.contains("Optional("))
                }
            }
        }
    }

    @Test func overviewShowsFiguresWithExactValuesOnHover() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("title=\"48,000 座（原文：4.8万座）\">4.8万座</span>"))
                #expect(html.contains(">约5000亿元<"))
                #expect(html.contains("<div class=\"chart-scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
                #expect(html.contains("5 / 10"))  // five clusters at 千亿级 of the ten targeted
            }
        }
    }

    @Test(arguments: ["/", "/clusters", "/clusters/software", "/layout", "/layout?scope=province", "/places/huadu", "/projects/hongli-mini-micro-led-1"])
    func chartsInPagesAreWellFormedSVG(path: String) async throws {
        let html = try await Self.app().test(.router) { client in
            try await client.execute(uri: path, method: .get) { String(buffer: $0.body) }
        }
        let charts = html.matches(of: /<svg [^>]*>.*?<\/svg>/.dotMatchesNewlines()).map { String($0.output) }
        #expect(!charts.isEmpty)
        for svg in charts {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") in \(svg.prefix(120))")
        }
    }

    @Test func clusterPagesShowTheTargetPathAndTheChain() async throws {
        let (software, huadu) = try await Self.app().test(.router) { client in
            (try await client.execute(uri: "/clusters/software", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/clusters/huadu-auto", method: .get) { String(buffer: $0.body) })
        }
        #expect(software.contains("按近期增速可如期达到"))  // 16.7 % a year against 14.9 % needed
        #expect(software.contains("14.9%"))
        // (2 + 3) × 0.5 / 17: two weak links, one named firm each; the rule is stated beside it.
        #expect(huadu.contains("产业链完整度 <strong>14.7%</strong>"))
        #expect(huadu.contains("弱环节得0.5分"))
        #expect(huadu.contains("花都区政府与东风日产战略合作协议"))
    }

    @Test func aYearToDateOutputIsShownAsSuchAndAForecastAsAForecast() async throws {
        // Given 2023年前三季度 1320亿元 for Huadu's auto cluster and a 2025 forecast for the city's,
        let database = try AppDatabase.builtIn()
        let csv = """
            id,subject,metric,value,qualifier,period_start,period_end,as_of,source,kind
            ytd,cluster:huadu-auto,output,1.32e11,exact,2023-01-01,2023-09-30,,ycwb-2021-gz-manufacturing,actual
            f,cluster:auto,output,1.2e12,exact,2025-01-01,2025-12-31,,ycwb-2021-gz-manufacturing,forecast

            """
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .test)
        let (overview, clusters, auto, en) = try await Self.app(database).test(.router) { client in
            (try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/clusters", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/clusters/auto", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/?lang=en", method: .get) { String(buffer: $0.body) })
        }
        // Then the overview writes it beside an empty bar, with no tier and no progress,
        #expect(overview.contains("年初至今1320亿元（2023年前三季度，非全年，不计能级）"))
        #expect(en.contains("year to date 132 bn CNY (2023 Q1–Q3, not a whole year: no tier)"))
        #expect(clusters.contains("非全年产值，不计能级"))
        #expect(!clusters.contains("进度66%"))
        // and the forecast is listed marked 预计 while the 2020 actual stays the city cluster's headline.
        #expect(auto.contains("<span class=\"badge mark\">预计</span>"))
        #expect(auto.contains("进度约50%"))
    }

    @Test func checksAndPipelineSpeakPlainly() async throws {
        let (checks, pipeline) = try await Self.app().test(.router) { client in
            (try await client.execute(uri: "/checks", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/pipeline?enterprise=hongli", method: .get) { String(buffer: $0.body) })
        }
        #expect(checks.contains("142.8倍"))
        #expect(checks.contains("无法核对"))
        #expect(pipeline.contains("缺少：资产负债率"))
    }

    @Test(arguments: [("%E9%B8%BF%E5%88%A9", "鸿利"), ("%E9%B8%BF%E5%88%A9%E5%85%89%E5%BA%97", "鸿利光店")])
    func anEligibilityLookupByNameKeepsThePageAndOffersTheFirm(query: String, typed: String) async throws {
        // Given a firm's name (or a name with a typo) where its USCC or slug belongs,
        try await Self.app().test(.router) { client in
            for lang in ["zh", "en"] {
                try await client.execute(uri: "/pipeline?enterprise=\(query)&lang=\(lang)", method: .get) { response in
                    // the pipeline page stays, with the message, what was typed, and the firm as a link to its check.
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    #expect(html.contains(lang == "zh" ? "小升规候选" : "Candidates to cross the line"))
                    #expect(html.contains(lang == "zh" ? "没有统一社会信用代码或标识为“\(typed)”的企业" : "No enterprise has the USCC or slug &quot;\(typed)&quot;"))
                    #expect(html.contains("value=\"\(typed)\""))
                    #expect(html.contains("<a href=\"/pipeline?enterprise=hongli#eligibility\">\(lang == "zh" ? "鸿利光电" : "Hongli Optoelectronics")</a></li>"))
                }
            }
            try await client.execute(uri: "/pipeline?enterprise=nobody-at-all", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("也没有名称含有它的企业"))
            }
        }
    }

    @Test func aFirmsPageLinksToItsEligibilityCheck() async throws {
        let html = try await Self.app().test(.router) { client in
            try await client.execute(uri: "/enterprises/hongli", method: .get) { String(buffer: $0.body) }
        }
        #expect(html.contains("<a href=\"/pipeline?enterprise=hongli#eligibility\">核对专精特新“小巨人”与单项冠军资格</a>"))
    }

    @Test func showsADocumentWithItsFactsMarked() async throws {
        let database = try AppDatabase.builtIn()
        let id = try await SQLiteStorage(database).ingest(text: "全市<规上>工业增加值增长2.5%。\n全市<规上>工业增加值增长2.5%。", title: "公报 & 新闻", date: nil, file: nil, place: nil, by: .test).documentId
        let html = try await Self.app(database).test(.router) { client in
            try await client.execute(uri: "/documents/\(id)", method: .get) { String(buffer: $0.body) }
        }
        #expect(html.contains("<mark class=\"fact pending\""))
        #expect(html.components(separatedBy: ">2.5%</mark>").count == 3)  // both statements of the one fact marked
        #expect(html.contains("全市&lt;规上&gt;工业"))  // the text is escaped around the marks
        #expect(html.contains("公报 &amp; 新闻"))
    }

    @Test func showsWhatEachFactIsAndItsReviewInBothLanguages() async throws {
        // Given a bulletin the record already holds, a count of signed projects and a goal,
        let database = try AppDatabase.builtIn()
        let text = "截至2020年底，全市累计建成5G基站4.8万座。2023年，广州市共签约项目15个。力争到2025年，汽车产业产值突破10000亿元。"
        let id = try await SQLiteStorage(database).ingest(text: text, title: "新闻", date: "2023-03-01", file: nil, place: "广州市", by: .test).documentId
        let (zh, en) = try await Self.app(database).test(.router) { client in
            (try await client.execute(uri: "/documents/\(id)", method: .get) { String(buffer: $0.body) },
             try await client.execute(uri: "/documents/\(id)?lang=en", method: .get) { String(buffer: $0.body) })
        }
        // Then holder, measure, kind, match reasons, proposals, duplicates and status read in each language.
        for part in ["<th>主体</th>", "<th>指标</th>", "<th>类型</th>", "<th>比较基准</th>", "5G基站数", "→ 广州市 · 名称一致",
                     "→ 5G基站（含室外、室内及共享） <code>5g-base-stations</code> · 名称一致", "重复: gz-2020-5g-base-stations", "建议新增指标", "签约项目数",
                     "<td class=\"kind\">目标</td>", "→ 汽车 · 产业对应集群", "待审核", "SHA-256 "] {
            #expect(zh.contains(part), "\(part)")
        }
        for part in ["<th>Holder</th>", "<th>Measure</th>", "<th>Kind</th>", "<th>Basis</th>", "· name match", "duplicate: gz-2020-5g-base-stations",
                     "proposed metric", "<td class=\"kind\">target</td>", "· industry names a cluster", "pending"] {
            #expect(en.contains(part), "\(part)")
        }
    }

    @Test func remembersTheLanguageInACookie() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/clusters?lang=en", method: .get) { response in
                #expect(response.headers[.setCookie]?.contains("lang=en") == true)
            }
            try await client.execute(uri: "/clusters", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(String(buffer: response.body).contains("<h1>Clusters</h1>"))
            }
            try await client.execute(uri: "/clusters", method: .get) { response in
                #expect(String(buffer: response.body).contains("<h1>产业集群</h1>"))
            }
        }
    }

    /// The built-in dataset with `count` generated firms (seed `seed`) imported into its registry.
    static func builtIn(withGenerated count: Int, seed: UInt64) throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: seed)
        let csv = SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "gen.csv", by: .test)
        return database
    }

    @Test func searchesAndFiltersTheRegistry() async throws {
        try await Self.app(Self.builtIn(withGenerated: 300, seed: 9)).test(.router) { client in
            try await client.execute(uri: "/enterprises?district=huadu&sort=-revenue", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("合成"))
                let districts = html.matches(of: /href="\/places\/([a-z]+)"/).map { String($0.output.1) }
                #expect(!districts.isEmpty && districts.allSatisfy { $0 == "huadu" })
            }
            // A designation that names none keeps the page and says so in the page's language, with no list
            try await client.execute(uri: "/enterprises?designation=bogus&lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok && html.contains("No designation is named") && !html.contains("<table>"))
            }
            try await client.execute(uri: "/enterprises?designation=bogus", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("的企业认定。") && !html.contains("No designation") && !html.contains("<table>"))
            }
        }
    }

    /// The registry's counts are written as readers write them, the exact number on hover: 1205家 and 1,205.
    @Test func theRegistrysCountsAreFormattedForThePagesLanguage() async throws {
        try await Self.app(Self.builtIn(withGenerated: 1_200, seed: 5)).test(.router) { client in
            try await client.execute(uri: "/enterprises", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("企业库共<span class=\"figure\" title=\"1,205 家\">1205家</span>企业"))
                #expect(html.contains("其中<span class=\"figure\" title=\"1,200 家\">1200家</span>为合成数据"))
                #expect(html.contains("符合条件：<span class=\"figure\" title=\"1,205 家\">1205家</span>"))
            }
            // The overview's funnel: the registry's count as shown (306家), exact on hover (306 家)
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains(/>企业库（含合成数据）\d+家</))
                #expect(html.contains(/<title>企业库（含合成数据）[\d,]+ 家</))
            }
            try await client.execute(uri: "/enterprises?lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("The registry holds <span class=\"figure\" title=\"1,205\">1,205</span> enterprises"))
                #expect(html.contains("<span class=\"figure\" title=\"1,200\">1,200</span> of them synthetic"))
            }
        }
    }

    @Test func unknownAddressesGetTheFriendlyPage() async throws {
        try await Self.app().test(.router) { client in
            for uri in ["/nowhere", "/clusters/none", "/enterprises/91110000600037341L", "/projects/none"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound)
                    let html = String(buffer: response.body)
                    #expect(html.contains("404 · 页面不存在"))
                    #expect(html.contains("href=\"/\""))
                }
            }
        }
    }

    @Test func servesHealthAndAssetsWithoutLeavingTheMachine() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect(String(buffer: $0.body) == "ok") }
            try await client.execute(uri: "/assets/app.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(!String(buffer: response.body).contains("http"))
            }
            try await client.execute(uri: "/assets/app.js", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                // Every src and href stays on this server.
                let external = html.matches(of: /(src|href)="(https?:)?\/\//).count
                #expect(external == 0)
            }
        }
    }
}

/// One test through a real socket.
@Suite struct LiveTests {
    @Test func servesOverHTTP() async throws {
        try await PageTests.app().test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/clusters", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"id\":\"auto\""))
            }
        }
    }
}
