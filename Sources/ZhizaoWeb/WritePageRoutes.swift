import Foundation
import Hummingbird
import ReportReader
import ZhizaoAccess
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// The browser's writes: imports checked before they are written, reports read into the review queue, and the
/// review of their facts on the document page. Nothing here goes through the response cache; each write clears it.
/// Every form carries the session's CSRF token, which `RouteBook` checks before the handler runs.
struct WritePageRoutes {
    let site: Site
    let cache: ResponseCache
    let uploads: Uploads

    func add(to book: RouteBook) {
        addImports(to: book)
        addDocuments(to: book)
        addReview(to: book)
    }

    // MARK: - Imports

    private func addImports(to book: RouteBook) {
        book.get("/imports", .write) { request, context in
            let page = ImportPage(csrf: context.session?.csrf, targetList: Self.targetListForm(context))
            return Self.page(request, context, ("导入数据", "Import data"), page.html)
        }
        // The check: every problem located, or the rows counted and the file kept for the commit.
        book.post("/imports", .write) { request, context in
            let form = try await Form.read(request, context)
            let csrf = context.session?.csrf
            guard let kind = form.text("kind").flatMap(ImportKind.init(rawValue:)), let part = form.file("file") else {
                let page = ImportPage(
                    csrf: csrf, problem: ("请选择数据类型和要上传的文件。", "Choose the kind of records and a file."),
                    targetList: Self.targetListForm(context))
                return Self.page(request, context, ("导入数据", "Import data"), status: .unprocessableContent, page.html)
            }
            let file = Self.fileName(part.filename)
            let actor = try context.actor(request)
            let bytes = part.bytes
            let sheet = form.text("sheet").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            do {
                let reading = try await site.database.checkReading(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: nil)
                return try keepChecked(request, context, .records(kind), file: file, bytes: bytes, sheet: sheet, reading: reading)
            } catch let error as ImportError {
                return Self.problems(request, context, .records(kind), file: file, error)
            }
        }
        // A target list's check: the name free (or to be replaced) and every problem located, as for records.
        book.post("/imports/target-list", .writeAny) { request, context in
            let form = try await Form.read(request, context)
            var section = TargetListUploadForm(
                csrf: context.session?.csrf, name: Self.trimmed(form.text("name")) ?? "", source: Self.trimmed(form.text("source")) ?? "")
            let list = TargetListUpload(name: section.name, source: section.source.isEmpty ? nil : section.source, replace: form.text("replace") == "true")
            guard let part = form.file("file"), !list.name.isEmpty else {
                section.problem = ("请填写名单名称并选择要上传的文件。", "Give the list a name and choose a file.")
                return Self.page(request, context, ("导入数据", "Import data"), status: .unprocessableContent, ImportPage(csrf: section.csrf, targetList: section).html)
            }
            let file = Self.fileName(part.filename)
            let sheet = form.text("sheet").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            do {
                let reading = try await site.database.checkTargetList(
                    part.bytes, file: file, sheet: sheet, name: list.name, replace: list.replace, by: try context.actor(request))
                return try keepChecked(request, context, .targetList(list), file: file, bytes: part.bytes, sheet: sheet, reading: reading)
            } catch let error as ImportError {
                return Self.problems(request, context, .targetList(list), file: file, error)
            } catch let error as StoreError where error.code == .exists {
                section.problem = Self.nameTaken(list.name)
                return Self.page(request, context, ("导入数据", "Import data"), status: .conflict, ImportPage(csrf: section.csrf, targetList: section).html)
            }
        }
        // The commit of a checked file: all its rows or none.
        book.post("/imports/commit", .write) { request, context in
            let form = try await Form.read(request, context)
            guard let upload = form.text("upload").flatMap({ uploads.take($0, account: (try? Self.account(context).id) ?? -1) }) else {
                return Notice.uploadExpired.redirect(to: "/imports")
            }
            do {
                switch upload.content {
                case .records(let kind):
                    let summary = try await site.write(request, context, cache) { database, actor in
                        try await database.import(kind, csv: upload.bytes, file: upload.file, sheet: upload.sheet, by: actor, progress: nil)
                    }
                    let page = ImportDonePage(kind: kind, file: upload.file, summary: summary)
                    return Self.page(request, context, ("已写入", "Written"), page.html)
                case .targetList(let list):
                    // A list belongs to no district: analysts and admins only, should the role have changed since.
                    try context.requireWrite(nil)
                    let info = try await site.write(request, context, cache) { database, actor in
                        try await database.importTargetList(
                            upload.bytes, file: upload.file, sheet: upload.sheet, name: list.name, source: list.source, replace: list.replace,
                            by: actor)
                    }
                    return Self.page(request, context, ("已保存", "Stored"), TargetListDonePage(info: info).html)
                }
            } catch let error as ImportError {
                // The database changed between the check and the commit.
                return Self.problems(request, context, upload.content, file: upload.file, error)
            } catch let error as StoreError where error.code == .exists {
                // A list of that name was stored between the check and the commit.
                guard case .targetList(let list) = upload.content else { throw error }
                let section = TargetListUploadForm(csrf: context.session?.csrf, name: list.name, source: list.source ?? "", problem: Self.nameTaken(list.name))
                return Self.page(request, context, ("导入数据", "Import data"), status: .conflict, ImportPage(csrf: section.csrf, targetList: section).html)
            }
        }
    }

    /// Keeps a clean file for the commit and shows its preview: the rows, the notes and the button that writes it.
    private func keepChecked(
        _ request: Request, _ context: AppContext, _ content: UploadContent, file: String, bytes: [UInt8], sheet: String?,
        reading: TableReading
    ) throws -> Response {
        let id = uploads.keep(content, file: file, bytes: bytes, sheet: sheet, rows: reading.rows, account: try Self.account(context).id)
        var page = ImportPreviewPage(content: content, file: file, csrf: context.session?.csrf, clean: (id, reading.rows))
        page.notes = reading.notes
        return Self.page(request, context, ("检查结果", "Check"), page.html)
    }

    /// The preview of a file with problems: each located, nothing written.
    private static func problems(_ request: Request, _ context: AppContext, _ content: UploadContent, file: String, _ error: ImportError) -> Response {
        let page = ImportPreviewPage(content: content, file: file, csrf: context.session?.csrf, problems: error.problems)
        return Self.page(request, context, ("检查结果", "Check"), status: .unprocessableContent, page.html)
    }

    /// The target-list form, for an account that may store a list (analysts and admins); nil for others.
    private static func targetListForm(_ context: AppContext) -> TargetListUploadForm? {
        AccessPolicy.allows(context.principal, .writeAny) ? TargetListUploadForm(csrf: context.session?.csrf) : nil
    }

    /// What to do when a target list of the name is stored.
    private static func nameTaken(_ name: String) -> (zh: String, en: String) {
        ("已有名为\u{201C}\(name)\u{201D}的招商名单：勾选\u{201C}替换同名名单\u{201D}以替换它，或换一个名称。",
         "A target list named \u{201C}\(name)\u{201D} is stored: tick \u{201C}Replace a list of that name\u{201D} to replace it, or choose another name.")
    }

    // MARK: - New documents

    private func addDocuments(to book: RouteBook) {
        book.get("/documents/new", .write) { request, context in
            let page = NewDocumentPage(csrf: context.session?.csrf, places: try await places())
            return Self.page(request, context, ("新建文档", "New document"), page.html)
        }
        book.post("/documents", .write) { request, context in
            let form = try await Form.read(request, context)
            var page = NewDocumentPage(
                csrf: context.session?.csrf, places: try await places(), title: Self.trimmed(form.text("title")) ?? "",
                date: Self.trimmed(form.text("date")) ?? "", place: Self.trimmed(form.text("place")) ?? "", text: form.text("text") ?? "")
            var text = page.text
            var file: String?
            if let part = form.file("file") {
                do {
                    text = String(decoding: try TextDecoding.utf8(part.bytes, file: Self.fileName(part.filename), table: false).text, as: UTF8.self)
                    file = Self.fileName(part.filename)
                } catch {
                    page.problem = ("文件不是 UTF-8 或 GBK 编码的文本；请另存为 UTF-8 文本后再上传。", "The file is not UTF-8 or GBK text; save it as UTF-8 text and upload it again.")
                }
            }
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
            if page.problem == nil, !text.contains(where: { !$0.isWhitespace }) {
                page.problem = ("请粘贴正文或上传文本文件。", "Paste the text or upload a text file.")
            }
            if page.problem == nil, !page.date.isEmpty, !Period.isISODate(page.date) {
                page.problem = ("日期应写作 2024-01-20。", "The date must be YYYY-MM-DD, e.g. 2024-01-20.")
            }
            if page.problem != nil {
                return Self.page(request, context, ("新建文档", "New document"), status: .unprocessableContent, page.html)
            }
            let (title, date, place, body, name) = (page.title.isEmpty ? FactExtractor.title(of: text) ?? "报告" : page.title, page.date, page.place, text, file)
            let outcome = try await site.write(request, context, cache) { database, actor in
                try await database.ingest(
                    text: body, title: title, date: date.isEmpty ? nil : date, file: name, place: place.isEmpty ? nil : place, by: actor)
            }
            let notice: Notice = if case .stored = outcome { .stored } else { .alreadyStored }
            return notice.redirect(to: "/documents/\(outcome.documentId)")
        }
    }

    /// The city and its districts, by Chinese name (what ingest's `place` reads).
    private func places() async throws -> [(value: String, name: LocalizedText)] {
        let snapshot = try await site.snapshot()
        return snapshot.places.places.filter { $0.kind == .city || $0.kind == .district }.map { ($0.name.zh, $0.name) }
    }

    // MARK: - Review

    private func addReview(to book: RouteBook) {
        book.post("/documents/:id/facts/:fact/accept", .write) { request, context in
            let (document, fact) = try Self.ids(context)
            let form = try await Form.read(request, context)
            let edit: FactEdit
            do {
                edit = try await FactReview.edit(
                    subject: form.text("subject"), metric: form.text("metric"), holder: form.text("holder"), measure: form.text("measure"),
                    kind: form.text("kind").flatMap(FactKind.init(rawValue:)),
                    value: try FactReview.value(form.text("value")), period: form.text("period"), database: site.database)
            } catch let error as FactReview.InputError {
                return try await documentPage(request, context, document, status: .unprocessableContent, problem: (error.zh, error.en))
            }
            return try await review(request, context, document, fact) { database, actor in
                _ = try await FactReview.accept(fact, edit, context, database, actor)
                return .accepted(fact)
            }
        }
        book.post("/documents/:id/facts/:fact/reject", .write) { request, context in
            let (document, fact) = try Self.ids(context)
            return try await review(request, context, document, fact) { database, actor in
                try await FactReview.reject(fact, context, database, actor)
                return .rejected(fact)
            }
        }
        book.post("/documents/:id/accept-confident", .write) { request, context in
            guard let document = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            return try await review(request, context, document, nil) { database, actor in
                .acceptedConfident(try await FactReview.acceptConfident(documentId: document, context, database, actor).count)
            }
        }
    }

    /// Runs a review write and sends the browser back to the document with its notice; a refusal the reviewer can
    /// correct is shown on the document page.
    private func review(
        _ request: Request, _ context: AppContext, _ document: Int64, _ fact: Int64?,
        _ work: @escaping @Sendable (any Storage, Actor) async throws -> Notice
    ) async throws -> Response {
        do {
            let notice = try await site.write(request, context, cache) { database, actor in
                if let fact, let pending = try await database.pendingFact(id: fact), pending.documentId != document {
                    throw HTTPError(.notFound, message: "fact \(fact) is not of document \(document)")
                }
                return try await work(database, actor)
            }
            return notice.redirect(to: "/documents/\(document)")
        } catch let error as StoreError {
            if error.code == .exists, error.message.contains("is already") { return Notice.handled(fact ?? 0).redirect(to: "/documents/\(document)") }
            if error.code == .notFound, error.message.hasPrefix("no pending fact") || error.message.hasPrefix("document") { throw error }
            let status: HTTPResponse.Status = error.code == .exists ? .conflict : .unprocessableContent
            return try await documentPage(request, context, document, status: status, problem: Self.reading(error, fact: fact))
        }
    }

    /// The document page with a problem above it, rendered outside the cache.
    private func documentPage(
        _ request: Request, _ context: AppContext, _ id: Int64, status: HTTPResponse.Status, problem: (zh: String, en: String)
    ) async throws -> Response {
        let rendering = try await PageRoutes.documentRendering(site, context, id, problem: problem)
        let rendered = Reply.page(request, context, title: rendering.title, status: status, body: rendering.body)
        var response = rendered.response
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// A store's refusal of a review, as the reviewer can act on it.
    static func reading(_ error: StoreError, fact: Int64?) -> (zh: String, en: String) {
        let m = error.message, n = fact.map { "第 \($0) 条事实" } ?? "这些事实"
        let zh: String
        if m.contains("matched no subject") {
            zh = "\(n)未匹配到主体：请在“修改后接受”中填写主体（名称如 花都区，或 类型:编号 如 place:huadu）。"
        } else if m.contains("matched no metric") {
            zh = "\(n)未匹配到指标：请在“修改后接受”中填写指标编号（见“指标”页）。"
        } else if m.contains("repeats observation") {
            zh = "\(n)与已有数据重复，无需接受；请驳回。"
        } else if m.contains("but metric") {
            zh = "\(n)的单位与所选指标的单位不符：请选择同一单位的指标。"
        } else if m.hasPrefix("no metric") {
            zh = "没有这个指标编号：请填写“指标”页中的编号。"
        } else if m.hasPrefix("no ") {
            zh = "没有这个主体：请核对主体的类型和编号（如 place:huadu、cluster:huadu-auto）。"
        } else {
            zh = "\(n)未能接受，请核对修改的内容。"
        }
        return (zh, m)
    }

    // MARK: - Helpers

    private static func ids(_ context: AppContext) throws -> (document: Int64, fact: Int64) {
        guard let document = Int64(try context.parameters.require("id")), let fact = Int64(try context.parameters.require("fact")) else {
            throw HTTPError(.notFound)
        }
        return (document, fact)
    }

    private static func account(_ context: AppContext) throws -> Account {
        guard let account = context.principal?.account else { throw HTTPError(.unauthorized) }
        return account
    }


    /// An uploaded file's name without any folder a browser sent with it, at most 120 characters.
    static func fileName(_ name: String?) -> String {
        let last = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.filter { !$0.isNewline }.prefix(120))
        return clean.isEmpty ? "upload.csv" : clean
    }

    private static func trimmed(_ text: String?) -> String? {
        text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A page in the layout that holds a form's token: rendered for this request only, never stored.
    static func page(
        _ request: Request, _ context: AppContext, _ title: (zh: String, en: String), status: HTTPResponse.Status = .ok,
        _ body: (Language) -> HTML
    ) -> Response {
        var response = Reply.page(request, context, title: { Words(language: $0)(title.zh, title.en) }, status: status, body: body).response
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
