import Hummingbird
import NIOCore
import ZhizaoAccess
import ZhizaoCore

/// Each request's context: who is asking (set by `AuthenticationMiddleware`) and from where.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, as the audit log records it.
    public let address: String?
    /// The signed-in account and how it came (session or token); nil for anonymous requests.
    var principal: Principal?
    /// The browser session the request came with, if any.
    var session: SessionState?
    /// Whose copies of cached pages the request gets: 0 for anonymous readers, else a number standing for the
    /// session cookie or token (the same while its lookup is kept; never another's).
    var viewer = 0
    /// The page language: `?lang=` first, then the `lang` cookie, then Chinese (see `Reply.language`).
    var language = Language.zh
    /// Whether `?lang=` chose the language (the page then remembers it in a cookie).
    var languageFromQuery = false
    /// The submitted form, once read (by the CSRF check, before the handler).
    var form: Form?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress
    }

    /// Uploads (import files, reports) may be large; the import routes read their bodies up to this size.
    public var maxUploadSize: Int { 256 << 20 }

    /// The actor who writes through `request`.
    func actor(_ request: Request) throws -> Actor {
        guard let account = principal?.account else { throw HTTPError(.unauthorized) }
        return .account(account, address: address, via: "\(request.method.rawValue) \(request.uri.path)")
    }
}

/// A browser session as a request sees it: its stored id and its CSRF token.
struct SessionState: Sendable {
    var idHash: String
    var csrf: String
}
