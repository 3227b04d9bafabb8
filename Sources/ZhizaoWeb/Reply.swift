import Logging
import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStorage

/// Building responses: HTML pages in the layout, JSON, and the page language of a request.
enum Reply {
    /// The cookie that remembers a chosen language.
    static let languageCookie = "lang"

    /// The language a request asks for, given its `lang` cookie: `?lang=` first (remembered in the cookie), then
    /// the cookie, then Chinese. The query is parsed only when it names `lang=`.
    static func language(_ request: Request, cookie: String?) -> (language: Language, fromQuery: Bool) {
        if request.uri.string.contains("lang="),
            let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) {
            return (asked, true)
        }
        if let remembered = cookie.flatMap(Language.init(rawValue:)) { return (remembered, false) }
        return (.zh, false)
    }

    /// A page in the layout; remembers the language when the request chose it.
    static func page(
        _ request: Request, _ context: AppContext, title: (Language) -> String, status: HTTPResponse.Status = .ok,
        body: (Language) -> HTML
    ) -> Rendered {
        let (language, fromQuery) = (context.language, context.languageFromQuery)
        let query = request.uri.queryParameters.filter { $0.key != "lang" && $0.key != "done" }
            .map { "\(HTML.query(String($0.key)))=\(HTML.query(String($0.value)))" }.joined(separator: "&")
        let layout = Layout(
            title: title(language), language: language, path: request.uri.path, query: query, account: context.principal?.account,
            csrf: context.session?.csrf, canWrite: AccessPolicy.allows(context.principal, .writeSome),
            notice: Notice(code: request.uri.queryParameters.get("done")))
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"]
        if fromQuery {
            headers[.setCookie] = Cookie(name: languageCookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: false).description
        }
        return Rendered(status: status, headers: headers, body: ByteBuffer(string: layout.render(body(language)).markup))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Rendered {
        Rendered(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ByteBuffer(bytes: try encoder.encode(value)))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Errors as the caller can read them: a JSON body under /api, the error page elsewhere. A stale edit (409)
/// says what changed since the editor's version, and by whom.
struct ErrorMiddleware: RouterMiddleware {
    /// The places to name in a stale edit's changes, when at hand.
    var places: @Sendable () -> PlaceDirectory? = { nil }

    static func describe(_ stale: StaleEditError) -> String {
        let changes = stale.changes.map { "\($0.at.prefix(16).replacingOccurrences(of: "T", with: " ")) \($0.actor) \($0.action)\($0.note.map { " (\($0))" } ?? "")" }
        return "\(stale.recordType) \(stale.recordId) changed since version \(stale.expected) (now \(stale.current)): "
            + changes.joined(separator: "; ") + ". Reload it, check the changes, and make your edit again."
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            // This middleware runs outside the one that reads who is asking and in which language.
            var context = context
            (context.language, context.languageFromQuery) = Reply.language(request, cookie: request.cookie(Reply.languageCookie))
            let status: HTTPResponse.Status
            let message: String
            if let http = error as? HTTPError, http.status.kind == .redirection {
                return Response(status: http.status, headers: http.headers)
            } else if let problem = error as? FormProblem, !request.uri.path.hasPrefix("/api/") {
                let page = ErrorPage(status: 422, message: problem.text, back: problem.back)
                return Reply.page(request, context, title: { Words(language: $0)("无法保存", "Not saved") }, status: .unprocessableContent, body: page.html)
                    .response
            } else if let stale = error as? StaleEditError, !request.uri.path.hasPrefix("/api/") {
                let page = StaleEditPage(stale: stale, places: places())
                return Reply.page(request, context, title: { Words(language: $0)("记录已被修改", "Changed meanwhile") }, status: .conflict, body: page.html)
                    .response
            } else if let name = error as? NameError {
                if request.uri.path.hasPrefix("/api/") {
                    let body = API.ErrorJSON.Body(
                        status: Int(name.status.code), message: name.problem.en ?? name.problem.zh, parameter: name.parameter,
                        suggestions: name.resolution.alternatives.map { API.NamedJSON(id: $0.id, name: API.Text($0.name)) })
                    return try Reply.json(API.ErrorJSON(error: body), status: name.status).response
                }
                let page = ErrorPage(status: Int(name.status.code), message: name.problem)
                return Reply.page(request, context, title: { Words(language: $0)("名称无法识别", "Name not found") }, status: name.status, body: page.html)
                    .response
            } else if let http = error as? HTTPError {
                status = http.status
                message = http.body ?? (status == .notFound ? "not found: \(request.uri.path)" : status.reasonPhrase)
            } else if let store = error as? StoreError {
                status = switch store.code {
                case .notFound: .notFound
                case .exists, .newer: .conflict
                case .invalid: .unprocessableContent
                }
                message = store.message
            } else if let stale = error as? StaleEditError {
                status = .conflict
                message = Self.describe(stale)
            } else {
                status = .internalServerError
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                message = "internal error; see the server log"
            }
            var headers = (error as? HTTPError)?.headers ?? [:]
            headers[.contentType] = nil
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = try Reply.json(API.ErrorJSON(error: .init(status: Int(status.code), message: message)), status: status).response
            } else {
                let page = ErrorPage(status: Int(status.code), message: status == .notFound ? nil : LocalizedText(zh: "", en: message))
                response = Reply.page(request, context, title: { Words(language: $0)("出错了", "Error") }, status: status, body: page.html).response
            }
            for field in headers { response.headers.append(field) }
            return response
        }
    }
}
