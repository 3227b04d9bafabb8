import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore

@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// The browser's imports (check, then commit) and review of a document's facts, through the router.
@Suite struct ImportAndReviewPageTests {
    typealias Caller = AccessTableTests.Caller

    static let huaduRow = AccessTableTests.enterpriseRow
    static let badRows = """
        uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,revenue_history,designations,synthetic
        91440114MA5CXXXX16,广州测试零部件有限公司,,花都区,,9999,2015,120,90000000,2020,,,true
        91440114MA5CXXXX16,广州另一家公司,,海珠新区,,3670,2015,一百,90000000,2020,,,true

        """

    /// A database with one document about Huadu and an account of each role, and the app over it.
    static func setUp() async throws -> (AppDatabase, AccessTableTests.Credentials, some ApplicationProtocol) {
        let database = try AppDatabase.builtIn()
        _ = try await SQLiteStorage(database).ingest(text: "花都区2023年规上工业总产值2156.3亿元。", title: "公报", date: nil, file: nil, place: nil, by: .test)
        let credentials = try AccessTableTests.Credentials(database)
        return (database, credentials, buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database)))
    }

    static func upload(
        _ client: some TestClientProtocol, _ headers: HTTPFields, csv: String, kind: String = "enterprises", lang: String = "zh"
    ) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = FormBodies.multipartType
        let body = FormBodies.multipart([("kind", nil, kind), ("file", "C:\\报表\\firms.csv", csv)])
        return try await client.execute(uri: "/imports?lang=\(lang)", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ headers: HTTPFields, _ body: String = "") async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = FormBodies.urlEncoded
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// The upload id in a preview's commit form.
    static func uploadId(_ page: String) -> String? {
        guard let range = page.range(of: "name=\"upload\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func thePreviewListsEveryLocatedProblemInChineseAndWritesNothing() async throws {
        let (database, credentials, app) = try await Self.setUp()
        try await app.test(.router) { client in
            // When an analyst uploads a file with problems
            let response = try await Self.upload(client, credentials.headers[.analyst]!, csv: Self.badRows)
            // Then each problem is listed with its line, column and what to write, and there is nothing to confirm
            #expect(response.status == .unprocessableContent)
            let page = String(buffer: response.body)
            #expect(page.contains("未写入任何数据"))
            #expect(page.contains("<td>2</td><td>行业代码（第"))
            #expect(page.contains("行业代码“9999”：不是国民经济行业分类"))
            #expect(page.contains("3670"))
            #expect(page.contains("<td>3</td><td>所属区"))
            #expect(page.contains("填写以下之一：") && page.contains("花都区"))
            #expect(page.contains("与第 2 行重复"))
            #expect(page.contains("不是整数"))
            #expect(!page.contains("确认写入"))
            // The browser's folder is not kept in the name
            #expect(page.contains("firms.csv") && !page.contains("报表"))
            // And the English page shows the messages as written
            let english = String(buffer: try await Self.upload(client, credentials.headers[.analyst]!, csv: Self.badRows, lang: "en").body)
            #expect(english.contains("is not a class of GB/T 4754-2017"))
        }
        #expect(try database.enterprise(ref: "91440114MA5CXXXX16") == nil)
        #expect(try database.auditEntries(.init(action: "import")).isEmpty)
    }

    @Test func aCleanFileIsWrittenOnConfirmOnceAndAudited() async throws {
        let (database, credentials, app) = try await Self.setUp()
        let analyst = credentials.headers[.analyst]!
        try await app.test(.router) { client in
            // Given a clean file checked
            let preview = try await Self.upload(client, analyst, csv: Self.huaduRow)
            #expect(preview.status == .ok)
            let page = String(buffer: preview.body)
            #expect(page.contains("共 1 行") && page.contains("确认写入"))
            let id = try #require(Self.uploadId(page))
            #expect(try database.enterprise(ref: "91440114MA5CXXXX16") == nil)
            // When it is confirmed
            let done = try await Self.post(client, "/imports/commit", analyst, "upload=\(id)")
            // Then it is written and counted
            #expect(done.status == .ok)
            #expect(String(buffer: done.body).contains("新增 1 条，更新 0 条"))
            #expect(try database.enterprise(ref: "91440114MA5CXXXX16") != nil)
            // And confirming again is refused with a notice
            let again = try await Self.post(client, "/imports/commit", analyst, "upload=\(id)")
            #expect(again.status == .seeOther && again.headers[.location] == "/imports?done=upload-expired")
            let form = try await client.execute(uri: "/imports?done=upload-expired", method: .get, headers: analyst)
            #expect(String(buffer: form.body).contains("该文件已过期或不存在"))
        }
        let entries = try database.auditEntries(.init(action: "import"))
        #expect(entries.count == 1)
        #expect(entries.first?.actor == "analyst" && entries.first?.recordId == "firms.csv")
    }

    @Test func anUploadIsItsAccountsOnly() async throws {
        let (database, credentials, app) = try await Self.setUp()
        try await app.test(.router) { client in
            let preview = try await Self.upload(client, credentials.headers[.analyst]!, csv: Self.huaduRow)
            let id = try #require(Self.uploadId(String(buffer: preview.body)))
            // Another account, or an id no one was given: refused as unknown, nothing written
            for (headers, upload) in [(credentials.headers[.admin]!, id), (credentials.headers[.analyst]!, "0123abc")] {
                let response = try await Self.post(client, "/imports/commit", headers, "upload=\(upload)")
                #expect(response.status == .seeOther && response.headers[.location] == "/imports?done=upload-expired")
            }
        }
        #expect(try database.enterprise(ref: "91440114MA5CXXXX16") == nil)
    }

    @Test func uploadsExpireAndStayWithinTheirBounds() {
        let uploads = Uploads(lifetime: 60, capacity: 2, budget: 10, largest: 8)
        let start = Date()
        let a = uploads.keep(.records(.enterprises), file: "a", bytes: [1, 2, 3], rows: 1, account: 1, now: start)!
        #expect(uploads.keep(.records(.enterprises), file: "big", bytes: Array(repeating: 0, count: 9), rows: 1, account: 1) == nil)
        let b = uploads.keep(.records(.enterprises), file: "b", bytes: [1, 2, 3, 4, 5], rows: 1, account: 1, now: start.addingTimeInterval(1))!
        // A third file pushes out the oldest
        let c = uploads.keep(.records(.enterprises), file: "c", bytes: [1, 2, 3], rows: 1, account: 1, now: start.addingTimeInterval(2))!
        #expect(uploads.count == 2)
        #expect(uploads.take(a, account: 1, now: start.addingTimeInterval(3)) == nil)
        #expect(uploads.take(b, account: 2, now: start.addingTimeInterval(3)) == nil)
        #expect(uploads.take(c, account: 1, now: start.addingTimeInterval(63)) == nil)
        #expect(uploads.take(b, account: 1, now: start.addingTimeInterval(3))?.file == "b")
    }

    @Test func anEditorsRowsOutsideTheirDistrictsAreRefused() async throws {
        let (database, credentials, app) = try await Self.setUp()
        try await app.test(.router) { client in
            let response = try await Self.upload(client, credentials.headers[.editorOfAnotherDistrict]!, csv: Self.huaduRow)
            #expect(response.status == .unprocessableContent)
            let page = String(buffer: response.body)
            #expect(page.contains("不在您负责的区（番禺区）内"))
            #expect(Self.uploadId(page) == nil)
        }
        #expect(try database.enterprise(ref: "91440114MA5CXXXX16") == nil)
    }

    @Test func aPastedReportBecomesADocumentOnce() async throws {
        let (database, credentials, app) = try await Self.setUp()
        let analyst = credentials.headers[.analyst]!
        let text = FormBodies.encoded("花都区工业和信息化局2024年工作总结\r\n2024年，全区规上工业总产值2300亿元，同比增长6.5%。")
        try await app.test(.router) { client in
            let response = try await Self.post(client, "/documents", analyst, "text=\(text)&title=&date=2025-01-20&place=")
            #expect(response.status == .seeOther && response.headers[.location] == "/documents/2?done=stored")
            let page = String(buffer: try await client.execute(uri: "/documents/2?done=stored", method: .get, headers: analyst).body)
            #expect(page.contains("已读入本文档") && page.contains("花都区工业和信息化局2024年工作总结"))
            // The same text again: sent to the document that holds it
            let again = try await Self.post(client, "/documents", analyst, "text=\(text)")
            #expect(again.headers[.location] == "/documents/2?done=already-stored")
            // Nothing to read, or a wrong date: the form again, with what to do
            let empty = try await Self.post(client, "/documents", analyst, "text=+&title=x")
            #expect(empty.status == .unprocessableContent && String(buffer: empty.body).contains("请粘贴正文或上传文本文件"))
        }
        let document = try #require(try database.document(id: 2))
        #expect(document.title == "花都区工业和信息化局2024年工作总结" && document.date == "2025-01-20" && !document.text.contains("\r"))
        #expect(try database.pendingFacts(documentId: 2).count >= 2)
        #expect(try database.auditEntries(.init(action: "ingest")).first?.actor == "analyst")
    }

    @Test func aReportFileIsReadInGBK() async throws {
        let (database, credentials, app) = try await Self.setUp()
        // "花都区2024年新签约项目50个。" in GBK
        let gbk: [UInt8] = [0xBB, 0xA8, 0xB6, 0xBC, 0xC7, 0xF8] + Array("2024".utf8) + [0xC4, 0xEA, 0xD0, 0xC2, 0xC7, 0xA9, 0xD4, 0xBC, 0xCF, 0xEE, 0xC4, 0xBF]
            + Array("50".utf8) + [0xB8, 0xF6, 0xA1, 0xA3]
        var body = ByteBuffer(string: "--\(FormBodies.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\n")
        body.writeBytes(gbk)
        body.writeString("\r\n--\(FormBodies.boundary)--\r\n")
        var headers = credentials.headers[.analyst]!
        headers[.contentType] = FormBodies.multipartType
        let (sent, upload) = (headers, body)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/documents", method: .post, headers: sent, body: upload)
            #expect(response.headers[.location] == "/documents/2?done=stored")
        }
        #expect(try database.document(id: 2)?.text == "花都区2024年新签约项目50个。")
    }

    @Test func factsAreAcceptedAndRejectedFromTheDocumentPageAndLogged() async throws {
        let (database, credentials, app) = try await Self.setUp()
        let analyst = credentials.headers[.analyst]!
        _ = try await SQLiteStorage(database).ingest(text: "花都区2023年规上工业增加值增长6.1%。全区新签约项目46个。", title: "简报", date: nil, file: nil, place: nil, by: .test)
        let second = try database.pendingFacts(documentId: 2).map(\.id)
        try await app.test(.router) { client in
            // Given an analyst on the document page: a form for each pending fact
            let page = String(buffer: try await client.execute(uri: "/documents/1", method: .get, headers: analyst).body)
            #expect(page.contains("action=\"/documents/1/facts/1/accept\"") && page.contains("action=\"/documents/1/facts/1/reject\""))
            #expect(page.contains("修改后接受"))
            // When a fact is accepted: back to the document with a notice
            let accepted = try await Self.post(client, "/documents/1/facts/1/accept", analyst)
            #expect(accepted.status == .seeOther && accepted.headers[.location] == "/documents/1?done=accepted-1")
            let after = String(buffer: try await client.execute(uri: "/documents/1?done=accepted-1", method: .get, headers: analyst).body)
            #expect(after.contains("已接受第 1 条事实") && !after.contains("/facts/1/accept"))
            // Again: already reviewed, nothing changed
            let again = try await Self.post(client, "/documents/1/facts/1/reject", analyst)
            #expect(again.headers[.location] == "/documents/1?done=handled-1")
            // A fact of another document through this one's address is not found
            let elsewhere = try await Self.post(client, "/documents/1/facts/\(second[0])/reject", analyst)
            #expect(elsewhere.status == .notFound)
            // A rejection, and an edit that cannot be read (shown on the page, in Chinese)
            let rejected = try await Self.post(client, "/documents/2/facts/\(second[0])/reject", analyst)
            #expect(rejected.headers[.location] == "/documents/2?done=rejected-\(second[0])")
            let wrong = try await Self.post(client, "/documents/2/facts/\(second[1])/accept", analyst, "subject=\(FormBodies.encoded("花度区"))&metric=&kind=&value=&period=")
            #expect(wrong.status == .unprocessableContent && String(buffer: wrong.body).contains("没有名为\u{201C}花度区\u{201D}的地区、园区或产业集群"))
            // A fact that matched no metric offers no plain Accept, only the form with edits
            let secondPage = String(buffer: try await client.execute(uri: "/documents/2", method: .get, headers: analyst).body)
            #expect(secondPage.contains("先补全指标"))
        }
        // A fact the record already holds offers no plain Accept either: its badge says to reject it.
        _ = try await SQLiteStorage(database).ingest(text: "截至2020年底，全市累计建成5G基站4.8万座。", title: "旧闻", date: nil, file: nil, place: nil, by: .test)
        let duplicate = try #require(try database.pendingFacts(documentId: 3).first)
        #expect(duplicate.duplicateOf != nil)
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/documents/3", method: .get, headers: analyst).body)
            #expect(page.components(separatedBy: "action=\"/documents/3/facts/\(duplicate.id)/accept\"").count == 2)  // the form with edits only
        }
        #expect(try database.pendingFact(id: 1)?.status == .accepted)
        #expect(try database.pendingFact(id: second[0])?.status == .rejected)
        #expect(try database.pendingFact(id: second[1])?.status == .pending)
        let accept = try #require(try database.auditEntries(.init(action: "accept")).first)
        #expect(accept.actor == "analyst" && accept.via == "POST /documents/1/facts/1/accept")
        #expect(try database.auditEntries(.init(action: "reject")).count == 1)
    }

    @Test func aCorrectedHolderIsMatchedAgainAndOnlyAWriterOfTheNewSubjectMayAcceptIt() async throws {
        let (database, credentials, app) = try await Self.setUp()
        _ = try await SQLiteStorage(database).ingest(text: "番禺区2023年工业产出1888.8亿元。", title: "简报", date: nil, file: nil, place: nil, by: .test)
        let fact = try #require(try database.pendingFacts(documentId: 2).first)
        #expect(fact.subject == .place("panyu") && fact.metricId == nil)
        let edit = "holder=\(FormBodies.encoded("花都区"))&measure=\(FormBodies.encoded("规上工业总产值"))&subject=&metric=&kind=&value=&period="
        try await app.test(.router) { client in
            // Panyu's editor may review Panyu's facts, but not move one to Huadu.
            let moved = try await Self.post(client, "/documents/2/facts/\(fact.id)/accept", credentials.headers[.editorOfAnotherDistrict]!, edit)
            #expect(moved.status == .forbidden)
            let accepted = try await Self.post(client, "/documents/2/facts/\(fact.id)/accept", credentials.headers[.analyst]!, edit)
            #expect(accepted.status == .seeOther)
        }
        let stored = try #require(try database.pendingFact(id: fact.id))
        #expect(stored.status == .accepted && stored.subject == .place("huadu") && stored.metricId == "output")
        #expect(stored.fact.holder == "花都区" && stored.fact.measure == "规上工业总产值")
    }

    @Test func everyConfidentFactIsAcceptedAtOnce() async throws {
        let (database, credentials, app) = try await Self.setUp()
        let analyst = credentials.headers[.analyst]!
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/documents/1", method: .get, headers: analyst).body)
            #expect(page.contains("接受全部高置信度事实（1 条）"))
            let response = try await Self.post(client, "/documents/1/accept-confident", analyst)
            #expect(response.headers[.location] == "/documents/1?done=accepted-confident-1")
        }
        let fact = try #require(try database.pendingFact(id: 1))
        #expect(fact.status == .accepted && fact.observationId != nil)
    }

    @Test(arguments: [Caller.anonymous, .viewer, .editorOfAnotherDistrict])
    func whoMayNotReviewSeesNoButtons(caller: Caller) async throws {
        let (_, credentials, app) = try await Self.setUp()
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/documents/1", method: .get, headers: credentials.headers[caller]!).body)
            #expect(!page.contains("/facts/1/accept") && !page.contains("/accept-confident") && !page.contains("修改后接受"))
            // The links to write pages only for those who may write somewhere (an editor of Panyu may)
            #expect(page.contains("href=\"/imports\"") == (caller == .editorOfAnotherDistrict))
            #expect(page.contains("href=\"/documents/new\"") == (caller == .editorOfAnotherDistrict))
        }
    }

    @Test func writersSeeTheLinksToWritePages() async throws {
        let (_, credentials, app) = try await Self.setUp()
        try await app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/documents", method: .get, headers: credentials.headers[.analyst]!).body)
            #expect(page.contains("href=\"/imports\"") && page.contains("href=\"/documents/new\""))
            #expect(!page.contains("分析员登录后"))  // (the hint is for those who may not add one)
        }
    }

    @Test(arguments: [
        ("district \"海珠新区\": is not a district of the database; use one of 越秀区 花都区", "不是本市的区", "填写以下之一：越秀区、花都区"),
        ("uscc \"9144\": has 4 characters; a unified social credit code has 18", "统一社会信用代码应为18位", "核对代码，共18位"),
        ("row has 3 fields but the header has 13; quote fields that contain commas", "本行有 3 个字段，表头有 13 个", "含逗号的内容请用英文双引号括起"),
    ])
    func problemsReadInChinese(message: String, problem: String, hint: String) {
        let reading = ProblemReading(message)
        #expect(reading.zh?.problem == problem && reading.zh?.hint == hint)
    }
}
