import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// A stored target list on the cluster page (a choice beside the registry), in the API and the downloads.
@Suite struct TargetListWebTests {
    static let outsider = TargetsWebTests.uscc("320500", "MA0000011")

    static func database() throws -> AppDatabase {
        let database = try TargetsWebTests.database()
        let list = "统一社会信用代码,企业名称,省份,城市,行业代码,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"
            + "\(outsider),苏州甲汽车零部件有限公司,江苏省,苏州市,3670,8000000000,2020,2018=5000000000,little-giant:2021:national,汽车零部件制造\n"
        try database.importTargetList(Array(list.utf8), file: "national.csv", name: "national", by: .test)
        return database
    }

    @Test func theClusterPageOffersTheListAndShowsItsFirmsUnlinkedWithTheirPlace() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            // Given the page without the list: the choice is offered, the list's firm is not shown
            let (_, plain) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto?gap=parts&lang=zh")
            #expect(plain.contains("href=\"/clusters/huadu-auto?gap=parts&amp;list=national#targets\""))
            #expect(!plain.contains("苏州甲汽车零部件有限公司"))
            // When the list is chosen
            let (status, page) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto?gap=parts&list=national&lang=zh")
            #expect(status == .ok)
            let start = try #require(page.range(of: "<h2 id=\"targets\">"))
            let html = String(page[start.lowerBound...])
            // Then its firm ranks first, with its province and city and the list named, and its name links nowhere
            let outsider = try #require(html.range(of: "苏州甲汽车零部件有限公司"))
            let registry = try #require(html.range(of: "广州甲汽车零部件有限公司"))
            #expect(outsider.lowerBound < registry.lowerBound)
            #expect(html.contains("江苏省苏州市 <span class=\"badge\">名单：national</span>"))
            #expect(!html.contains("/enterprises/\(Self.outsider)"))
            #expect(html.contains("本地以外及名单\u{201C}national\u{201D}中归入该环节的企业3家"))
            // and the downloads keep the list
            #expect(html.contains("targets.xlsx?gap=parts&amp;list=national&amp;lang=zh"))
            let (csvStatus, csv) = try await BuiltInIndustryDataTests.get(client, "/clusters/huadu-auto/targets.csv?gap=parts&list=national&lang=zh")
            #expect(csvStatus == .ok && csv.contains("江苏省苏州市") && csv.contains("名单：national"))
        }
    }

    @Test func theAPIMarksTheListsFirmsAndRefusesAnUnknownList() async throws {
        try await PageTests.app(Self.database()).test(.router) { client in
            let (status, body) = try await BuiltInIndustryDataTests.get(client, "/api/v1/clusters/huadu-auto/targets?gap=parts&list=national")
            #expect(status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let targets = try #require((json["gaps"] as? [[String: Any]])?.first?["targets"] as? [[String: Any]])
            #expect(targets.first?["enterprise"] as? String == Self.outsider)
            #expect(targets.first?["list"] as? String == "national" && targets.first?["province"] as? String == "江苏省")
            #expect(targets.dropFirst().allSatisfy { $0["list"] == nil })
            let (unknown, message) = try await BuiltInIndustryDataTests.get(client, "/api/v1/clusters/huadu-auto/targets?list=nope")
            #expect(unknown == .notFound && message.contains("the stored ones are national"))
        }
    }

    /// Two outside firms, the second's class on the line `badClassLine` made wrong when asked.
    static func list(badClass: Bool = false) -> String {
        "统一社会信用代码,企业名称,省份,城市,行业代码,营业收入（元）,营业收入年份\n"
            + "\(TargetsWebTests.uscc("320500", "MA0000021")),苏州乙汽车零部件有限公司,江苏省,苏州市,3670,900000000,2020\n"
            + "\(TargetsWebTests.uscc("330200", "MA0000022")),宁波丙汽车电子有限公司,浙江省,宁波市,\(badClass ? "99" : "3962"),500000000,2020\n"
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ headers: HTTPFields, _ body: String) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "text/csv"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theAPIStoresAListWholeForAnalystsAndAdminsOnly() async throws {
        let (database, credentials, app) = try await ImportAndReviewPageTests.setUp()
        let analyst = credentials.headers[.analyst]!
        try await app.test(.router) { client in
            // Given a clean list, checked: its rows counted, nothing stored
            let checked = try await Self.post(client, "/api/v1/target-lists?name=national&check=true", analyst, Self.list())
            #expect(checked.status == .ok)
            #expect(String(buffer: checked.body).contains("\"checked\":true") && String(buffer: checked.body).contains("\"rows\":2"))
            #expect(try database.targetLists().isEmpty)
            // When it is sent with a problem on its third line: 422 with the line and column, and nothing stored
            let bad = try await Self.post(client, "/api/v1/target-lists?name=national&file=list.csv", analyst, Self.list(badClass: true))
            #expect(bad.status == .unprocessableContent)
            let problems = try JSONSerialization.jsonObject(with: Data(buffer: bad.body)) as? [String: [String: Any]]
            let first = try #require((problems?["error"]?["problems"] as? [[String: Any]])?.first)
            #expect(first["line"] as? Int == 3 && (first["column"] as? Int ?? 0) > 0)
            #expect((first["messageZh"] as? String)?.contains("行业代码") == true)
            #expect(try database.targetLists().isEmpty)
            // When the clean list is sent: stored with its source, and audited as the analyst's
            let stored = try await Self.post(client, "/api/v1/target-lists?name=national&source=%E5%B7%A5%E4%BF%A1%E9%83%A8", analyst, Self.list())
            #expect(stored.status == .ok, "\(String(buffer: stored.body))")
            #expect(String(buffer: stored.body).contains("\"checked\":false") && String(buffer: stored.body).contains("\"sha256\""))
            #expect(try database.targetLists().map { "\($0.name) \($0.rows) \($0.source ?? "")" } == ["national 2 工信部"])
            let entry = try #require(try database.auditEntries(.init(recordType: "targetList")).first)
            #expect(entry.action == "import" && entry.recordId == "national" && entry.actor == "analyst")
            // Then the name is taken until replaced
            #expect(try await Self.post(client, "/api/v1/target-lists?name=national", analyst, Self.list()).status == .conflict)
            #expect(try await Self.post(client, "/api/v1/target-lists?name=national&check=true", analyst, Self.list()).status == .conflict)
            #expect(try await Self.post(client, "/api/v1/target-lists?name=national&replace=true", analyst, Self.list()).status == .ok)
            #expect(try await Self.post(client, "/api/v1/target-lists?name=", analyst, Self.list()).status == .badRequest)
            // And only analysts and admins (or their write tokens) may store one
            let callers: [(AccessTableTests.Caller, HTTPResponse.Status)] = [
                (.anonymous, .unauthorized), (.viewer, .forbidden), (.editorOfAnotherDistrict, .forbidden), (.readToken, .forbidden),
                (.admin, .ok), (.writeToken, .ok),
            ]
            for (caller, status) in callers {
                let response = try await Self.post(
                    client, "/api/v1/target-lists?name=\(caller.rawValue)", credentials.headers[caller]!, Self.list())
                #expect(response.status == status, "\(caller)")
            }
        }
        #expect(try database.targetLists().map(\.name) == ["admin", "national", "writeToken"])
    }

    /// The imports page's target-list form sent with the list `csv` as 名单.csv, named 长三角.
    static func upload(_ client: some TestClientProtocol, _ headers: HTTPFields, _ csv: String, replace: Bool = false) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = FormBodies.multipartType
        let body = FormBodies.multipart(
            [("name", nil, "长三角"), ("source", nil, "平台导出"), ("file", "名单.csv", csv)] + (replace ? [("replace", nil, "true")] : []))
        return try await client.execute(uri: "/imports/target-list?lang=zh", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theImportsPageChecksAListThenStoresItOnConfirming() async throws {
        let (database, credentials, app) = try await ImportAndReviewPageTests.setUp()
        let analyst = credentials.headers[.analyst]!
        try await app.test(.router) { client in
            // Given the imports page: the list's form for an analyst, none for an editor
            let page = String(buffer: try await client.execute(uri: "/imports", method: .get, headers: analyst).body)
            #expect(page.contains("导入招商名单") && page.contains("action=\"/imports/target-list\""))
            let editors = try await client.execute(uri: "/imports", method: .get, headers: credentials.headers[.editorOfAnotherDistrict]!)
            #expect(editors.status == .ok && !String(buffer: editors.body).contains("/imports/target-list"))
            // When a list with a wrong class is uploaded: its problem located in Chinese, nothing to confirm or stored
            let bad = try await Self.upload(client, analyst, Self.list(badClass: true))
            #expect(bad.status == .unprocessableContent)
            let problems = String(buffer: bad.body)
            #expect(problems.contains("<td>3</td>") && problems.contains("行业代码\u{201C}99\u{201D}"))
            #expect(ImportAndReviewPageTests.uploadId(problems) == nil)
            // When the clean list is uploaded: its rows counted, and stored only on confirming
            let preview = String(buffer: try await Self.upload(client, analyst, Self.list()).body)
            #expect(preview.contains("招商名单\u{201C}长三角\u{201D}文件，共 2 行，未发现问题"))
            #expect(try database.targetLists().isEmpty)
            let id = try #require(ImportAndReviewPageTests.uploadId(preview))
            let done = try await ImportAndReviewPageTests.post(client, "/imports/commit", analyst, "upload=\(id)")
            #expect(done.status == .ok && String(buffer: done.body).contains("共 2 家企业"))
            #expect(try database.targetLists().map { "\($0.name) \($0.rows) \($0.source ?? "")" } == ["长三角 2 平台导出"])
            // Then the name is taken: the form says so, until replace is ticked
            let taken = try await Self.upload(client, analyst, Self.list())
            #expect(taken.status == .conflict && String(buffer: taken.body).contains("替换同名名单"))
            #expect(try await Self.upload(client, analyst, Self.list(), replace: true).status == .ok)
        }
        let entry = try #require(try database.auditEntries(.init(recordType: "targetList")).first)
        #expect(entry.action == "import" && entry.actor == "analyst")
    }
}
