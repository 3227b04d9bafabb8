import Foundation
import Hummingbird
import Synchronization
import ZhizaoAccess
import ZhizaoCore

/// A response as bytes: what pages and API reads render, and what the cache keeps.
struct Rendered: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    var response: Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}

/// Rendered responses of GET pages and API reads, kept for a few seconds by address and language. The
/// programme's data changes by import, rarely; a city's dashboard is read by many at once, so the same page
/// is rendered once per lifetime, not once per reader. A changed record shows within the lifetime. Renderings
/// query the database, so they run on the database threads; a cached response is returned without them.
final class ResponseCache: Sendable {
    private struct Entry {
        var rendered: Rendered
        var time: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lifetime: TimeInterval
    private let capacity: Int
    private let threads: DatabaseThreads

    init(lifetime: TimeInterval, capacity: Int = 2048, threads: DatabaseThreads) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.threads = threads
    }

    /// The cached rendering of `request`, or `render`'s, run on the database threads and kept when it succeeded.
    func respond(to request: Request, _ context: AppContext, render: @escaping @Sendable () throws -> Rendered) async throws -> Response {
        let key = Self.key(request, context)
        let now = Date()
        if let entry = entries.withLock({ $0[key] }), now.timeIntervalSince(entry.time) < lifetime {
            return entry.rendered.response
        }
        let rendered = try await threads.run(render)
        if rendered.status == .ok {
            entries.withLock { entries in
                if entries.count >= capacity {
                    entries = entries.filter { now.timeIntervalSince($0.value.time) < lifetime }
                    if entries.count >= capacity { entries.removeAll() }
                }
                entries[key] = Entry(rendered: rendered, time: now)
            }
        }
        return rendered.response
    }

    func clear() { entries.withLock { $0.removeAll() } }

    /// Address and query as sent, with the language the page will be in and whose page it is: anonymous readers
    /// share one copy; a session's pages carry its account and sign-out token, so each session has its own.
    static func key(_ request: Request, _ context: AppContext) -> String {
        let who = context.session?.idHash ?? context.principal?.account.name ?? ""
        return "\(Reply.language(request).language.rawValue) \(request.uri.path)?\(request.uri.query ?? "") \(who)"
    }
}
