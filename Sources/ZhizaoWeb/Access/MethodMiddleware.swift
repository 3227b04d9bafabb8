import Hummingbird
import Synchronization

/// A request for a path the site has, with a method the path does not take, gets 405 and `Allow` rather than
/// 404. Checked only when routing found nothing, so answered requests pay nothing.
final class MethodMiddleware: RouterMiddleware, Sendable {
    typealias Context = AppContext

    private let table = Mutex<[RouteEntry]>([])

    /// Every route, set once they are all registered.
    var routes: [RouteEntry] {
        get { table.withLock { $0 } }
        set { table.withLock { $0 = newValue } }
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let methods = routes.filter { Self.matches($0.path, request.uri.path) }.map(\.method)
            guard !methods.isEmpty, !methods.contains(request.method), !(request.method == .head && methods.contains(.get)) else { throw error }
            let allow = (methods.contains(.get) ? methods + [.head] : methods).map(\.rawValue).joined(separator: ", ")
            throw HTTPError(.methodNotAllowed, headers: [.allow: allow], message: "\(request.uri.path) takes \(allow)")
        }
    }

    /// Whether `path` fits `pattern`, whose `:name` segments match any one segment.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.split(separator: "/"), s = path.split(separator: "/")
        return p.count == s.count && zip(p, s).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
    }
}
