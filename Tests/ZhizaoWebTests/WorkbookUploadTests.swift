import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoSheetsTesting

@testable import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// Excel workbooks through the browser's upload and the API's import.
@Suite struct WorkbookUploadTests {
    /// A workbook of one Huadu firm under a title row, with Chinese headers and a lowercase USCC.
    static func workbook(industry: String = "3670") throws -> [UInt8] {
        try TestWorkbook(name: "企业", rows: [
            ["花都区企业名录（2023年）"],
            ["统一社会信用代码", "企业名称", "所属区", "所在园区", "行业代码", "成立年份", "从业人数", "营业收入（元）", "营业收入年份", "认定称号"],
            ["91440114ma5cxxxx16", "广州测试零部件有限公司", "广州市花都区", "", industry, "2015年6月", "120", "9000万", "2020", ""],
        ]).bytes()
    }

    /// A multipart/form-data body whose parts may be binary (name, filename, content).
    static func multipart(_ parts: [(name: String, filename: String?, content: [UInt8])]) -> ByteBuffer {
        var body = ByteBuffer()
        for part in parts {
            let file = part.filename.map { "; filename=\"\($0)\"" } ?? ""
            body.writeString("--\(FormBodies.boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"\(file)\r\n\r\n")
            body.writeBytes(part.content)
            body.writeString("\r\n")
        }
        body.writeString("--\(FormBodies.boundary)--\r\n")
        return body
    }

    static func upload(_ client: some TestClientProtocol, _ headers: HTTPFields, _ bytes: [UInt8], sheet: String = "", lang: String = "zh") async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = FormBodies.multipartType
        let body = multipart([("kind", nil, Array("enterprises".utf8)), ("sheet", nil, Array(sheet.utf8)), ("file", "名录.xlsx", bytes)])
        return try await client.execute(uri: "/imports?lang=\(lang)", method: .post, headers: headers, body: body)
    }

    @Test func aWorkbookIsCheckedThenWrittenFromTheBrowserWithItsNote() async throws {
        let (database, credentials, app) = try await ImportAndReviewPageTests.setUp()
        let analyst = credentials.headers[.analyst]!
        try await app.test(.router) { client in
            // Given a workbook uploaded with its sheet named
            let preview = try await Self.upload(client, analyst, try Self.workbook(), sheet: "企业")
            #expect(preview.status == .ok)
            let page = String(buffer: preview.body)
            // Then it is clean, and the lowercase code is said to be read in upper case, in Chinese
            #expect(page.contains("共 1 行"))
            #expect(page.contains("企业!A3：统一社会信用代码“91440114ma5cxxxx16”：已按大写读作 91440114MA5CXXXX16"))
            let id = try #require(ImportAndReviewPageTests.uploadId(page))
            // When confirmed, Then the firm is written under the upper-case code
            let done = try await ImportAndReviewPageTests.post(client, "/imports/commit", analyst, "upload=\(id)")
            #expect(String(buffer: done.body).contains("新增 1 条"))
        }
        let firm = try #require(try database.enterprise(ref: "91440114MA5CXXXX16"))
        #expect(firm.founded == 2015)
        #expect(firm.districtId == "huadu")
    }

    @Test func aWorkbooksProblemsAreListedByCellInTheLanguageOfThePage() async throws {
        let (_, credentials, app) = try await ImportAndReviewPageTests.setUp()
        try await app.test(.router) { client in
            let chinese = try await Self.upload(client, credentials.headers[.analyst]!, try Self.workbook(industry: "99"))
            #expect(chinese.status == .unprocessableContent)
            let page = String(buffer: chinese.body)
            #expect(page.contains("“企业”表第3行") && page.contains("E3单元格"))
            #expect(page.contains("行业代码“99”：不是国民经济行业分类"))
            #expect(!page.contains("industry_code"))
            let english = String(buffer: try await Self.upload(client, credentials.headers[.analyst]!, try Self.workbook(industry: "99"), lang: "en").body)
            #expect(english.contains("cell 企业!E3") && english.contains("is not a class of GB/T 4754-2017"))
        }
    }

    @Test func theAPIImportsAWorkbookAndLocatesItsProblemsByCell() async throws {
        let (database, credentials, app) = try await ImportAndReviewPageTests.setUp()
        var token = credentials.headers[.writeToken]!
        token[.contentType] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        let headers = token
        try await app.test(.router) { client in
            // A bad workbook: 422 with the cell and the Chinese message
            let bad = try await client.execute(
                uri: "/api/v1/imports/enterprises?file=firms.xlsx&sheet=1", method: .post, headers: headers,
                body: ByteBuffer(bytes: try Self.workbook(industry: "99")))
            #expect(bad.status == .unprocessableContent)
            let problems = try JSONSerialization.jsonObject(with: Data(buffer: bad.body)) as? [String: [String: Any]]
            let first = (problems?["error"]?["problems"] as? [[String: Any]])?.first
            #expect(first?["cell"] as? String == "企业!E3")
            #expect(first?["sheet"] as? String == "企业")
            #expect((first?["messageZh"] as? String)?.hasPrefix("行业代码“99”") == true)
            // A good one is written
            let good = try await client.execute(
                uri: "/api/v1/imports/enterprises?file=firms.xlsx", method: .post, headers: headers, body: ByteBuffer(bytes: try Self.workbook()))
            #expect(good.status == .ok)
            #expect(String(buffer: good.body).contains("\"inserted\":1"))
        }
        #expect(try database.enterprise(ref: "91440114MA5CXXXX16") != nil)
    }
}
