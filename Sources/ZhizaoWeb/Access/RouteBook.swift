import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoCore

/// Who may call a route, before its handler narrows it (an editor's district, a record's version).
enum RouteAccess: String, Sendable, CaseIterable {
    /// Anyone, always: sign-in, assets, health.
    case open
    /// Readers: anyone on an open dashboard, signed-in accounts when reading needs login.
    case read
    /// Accounts that write data somewhere (editors of a district and up; tokens with write scope).
    case write
    /// Accounts that write data anywhere (analysts and admins).
    case writeAny
    /// Admins.
    case admin

    var need: Need {
        switch self {
        case .open, .read: .read
        case .write: .writeSome
        case .writeAny: .writeAny
        case .admin: .admin
        }
    }
}

/// A route as the access table lists it.
struct RouteEntry: Sendable, Hashable {
    var method: HTTPRequest.Method
    var path: String
    var access: RouteAccess
}

/// Registers every route with who may call it, so that no route exists without an access rule, and the rule
/// is checked before the handler runs: 401 for nobody signed in, 403 for the wrong role or a read-only token,
/// and, for a browser session's writes, a same-origin request carrying the session's CSRF token.
final class RouteBook {
    let router: Router<AppContext>
    let readNeedsLogin: Bool
    /// Every route registered so far.
    private(set) var entries: [RouteEntry] = []

    init(router: Router<AppContext>, readNeedsLogin: Bool) {
        self.router = router
        self.readNeedsLogin = readNeedsLogin
    }

    func get(_ path: String, _ access: RouteAccess, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response) {
        on(.get, path, access, handler)
    }

    func post(_ path: String, _ access: RouteAccess, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response) {
        on(.post, path, access, handler)
    }

    func on(
        _ method: HTTPRequest.Method, _ path: String, _ access: RouteAccess,
        _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        entries.append(RouteEntry(method: method, path: path, access: access))
        let readNeedsLogin = readNeedsLogin
        router.on(RouterPath(path), method: method) { request, context in
            var request = request, context = context
            try await Self.check(access, &request, &context, readNeedsLogin: readNeedsLogin)
            return try await handler(request, context)
        }
    }

    /// Throws the refusal for `request` when `access` does not let its caller in.
    static func check(_ access: RouteAccess, _ request: inout Request, _ context: inout AppContext, readNeedsLogin: Bool) async throws {
        guard access != .open else { return }
        let principal = context.principal
        guard AccessPolicy.allows(principal, access.need, readNeedsLogin: readNeedsLogin) else {
            if principal == nil { throw signInFirst(request) }
            let scope = principal?.tokenScope == .read ? " (this token can only read)" : ""
            throw HTTPError(.forbidden, message: "\(principal!.account.name) (\(principal!.account.role.rawValue)) may not do this\(scope)")
        }
        if request.method != .get, request.method != .head, context.session != nil, principal?.tokenScope == nil {
            try await CSRF.check(&request, &context)
        }
    }

    /// 401 for the API; a redirect to the sign-in page, back here afterwards, for the pages.
    static func signInFirst(_ request: Request) -> any Error {
        if request.uri.path.hasPrefix("/api/") {
            return HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "sign in, or send Authorization: Bearer TOKEN")
        }
        let back = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : "/"
        return HTTPError(.seeOther, headers: [.location: "/login?next=" + HTML.query(back)])
    }
}
