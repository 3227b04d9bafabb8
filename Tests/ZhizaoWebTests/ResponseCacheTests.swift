import Hummingbird
import Synchronization
import Testing
import ZhizaoCore
@testable import ZhizaoWeb

/// The response cache answers without waiting for the database threads once a page has been rendered.
@Suite struct ResponseCacheTests {
    @Test func anExpiredPageIsServedWhileItIsRenderedAgain() async throws {
        // Given a cache whose entries expire at once, holding a page rendered as "v0",
        let cache = ResponseCache(lifetime: 0)
        let key = ResponseCache.Key(target: "/", language: .zh, viewer: 0)
        let version = Atomic(0)
        let render: @Sendable () throws -> Rendered = {
            Rendered(status: .ok, headers: [.contentType: "v\(version.load(ordering: .relaxed))"], body: ByteBuffer())
        }
        #expect(try await cache.respond(key: key, render: render).headers[.contentType] == "v0")
        // When the page changes, then the old rendering is served at once, and the new one after its rendering.
        version.store(1, ordering: .relaxed)
        #expect(try await cache.respond(key: key, render: render).headers[.contentType] == "v0")
        var header: String?
        for _ in 0..<200 where header != "v1" {
            try await Task.sleep(for: .milliseconds(5))
            header = try await cache.respond(key: key, render: render).headers[.contentType]
        }
        #expect(header == "v1")
    }
}
