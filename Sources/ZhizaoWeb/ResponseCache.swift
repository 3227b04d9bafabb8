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
/// is rendered once per lifetime, not once per reader. A cached response is returned without waiting for the
/// database, even an expired one while a task renders the page again, as the database may be busy with slow
/// searches. A changed record shows within the lifetime and one rendering.
final class ResponseCache: Sendable {
    private struct Entry {
        var rendered: Rendered
        var time: Date
        var refreshing = false
    }

    /// What a cached response is kept under: the request target as sent, the page language, and whose copy it is.
    struct Key: Hashable, Sendable {
        var target: String
        var language: Language
        var viewer: Int
    }

    private let entries = Mutex<[Key: Entry]>([:])
    private let lifetime: TimeInterval
    private let capacity: Int

    init(lifetime: TimeInterval, capacity: Int = 2048) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// `request`'s cached rendering, or `render`'s. An expired one is returned while a task renders it again (once
    /// at a time); only a request never rendered waits for its rendering.
    func respond(to request: Request, _ context: AppContext, render: @escaping @Sendable () async throws -> Rendered) async throws -> Response {
        try await respond(key: Self.key(request, context), render: render)
    }

    /// The rendering kept under `key`, or `render`'s.
    func respond(key: Key, render: @escaping @Sendable () async throws -> Rendered) async throws -> Response {
        let now = Date()
        let (cached, refresh) = entries.withLock { entries -> (Rendered?, Bool) in
            guard let entry = entries[key] else { return (nil, false) }
            if now.timeIntervalSince(entry.time) < lifetime || entry.refreshing { return (entry.rendered, false) }
            entries[key]?.refreshing = true
            return (entry.rendered, true)
        }
        if refresh {
            Task { [self] in
                let started = Date()
                keep(try? await render(), for: key, at: started)
            }
        }
        if let cached { return cached.response }
        let rendered = try await render()
        keep(rendered, for: key, at: now)
        return rendered.response
    }

    func clear() { entries.withLock { $0.removeAll() } }

    /// Keeps a successful rendering; forgets the key otherwise (a page that is now an error is rendered again).
    private func keep(_ rendered: Rendered?, for key: Key, at time: Date) {
        entries.withLock { entries in
            guard let rendered, rendered.status == .ok else {
                entries[key] = nil
                return
            }
            if entries.count >= capacity {
                entries = entries.filter { time.timeIntervalSince($0.value.time) < lifetime }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[key] = Entry(rendered: rendered, time: time)
        }
    }

    /// Address and query as sent, with the language the page will be in and whose page it is: anonymous readers
    /// share one copy; a session's pages carry its account and sign-out token, so each session (and token) has its own.
    static func key(_ request: Request, _ context: AppContext) -> Key {
        Key(target: request.uri.string, language: context.language, viewer: context.viewer)
    }
}
