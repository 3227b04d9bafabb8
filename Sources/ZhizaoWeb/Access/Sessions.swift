import Foundation
import Hummingbird
import Synchronization
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStorage

/// Browser sessions and API tokens: who a cookie or a bearer token stands for. Sessions live in the database,
/// so they survive a restart; lookups are kept for a few seconds, so that a signed-in reader of cached pages
/// costs no query, and a disabled account or revoked token stops working within that time.
final class Sessions: Sendable {
    /// A session ends after this long without a request…
    static let idleLimit: TimeInterval = 2 * 3600
    /// …and this long after sign-in, however active.
    static let absoluteLimit: TimeInterval = 12 * 3600
    /// How long a lookup is trusted before the database is asked again.
    static let lookupLifetime: TimeInterval = 5
    /// How often a session's or token's last use is written.
    static let touchInterval: TimeInterval = 60

    static let cookieName = "zz_session"

    /// What a cookie or token stood for when the database was last asked, and when its last use was written.
    private struct Lookup {
        var principal: Principal?
        var session: SessionState?
        var checked: Date
        var touched = Date.distantPast
        /// The cache's number for this cookie or token (`AppContext.viewer`): kept while the secret's lookup is kept.
        var viewer = 0
    }

    private let database: any Storage
    /// Whether cookies get `Secure`: served over TLS, or behind a proxy that is.
    let secureCookies: Bool
    /// Keyed by the cookie's or the token's secret as sent.
    private let lookups = Mutex<[String: Lookup]>([:])
    /// The last `viewer` number given.
    private let viewers = Atomic<Int>(0)

    init(database: any Storage, secureCookies: Bool) {
        self.database = database
        self.secureCookies = secureCookies
    }

    /// The principal a request's bearer token or session cookie (`cookie`, the value of ``cookieName``) stands for,
    /// with the session and the viewer number its cached pages are kept under.
    func principal(_ request: Request, cookie: String?) async throws -> (Principal?, SessionState?, viewer: Int) {
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer ") else {
                throw HTTPError(.unauthorized, message: "send an API token as Authorization: Bearer TOKEN")
            }
            let secret = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard secret.hasPrefix(Secrets.tokenPrefix) else { throw Self.unknownToken }
            let found: Lookup
            if let (hit, due) = recent(secret) {
                if due { Task { [self] in try? await touchToken(secret, hit) } }
                found = hit
            } else {
                found = try await fetch(secret, read: token, touch: touchToken)
            }
            guard let principal = found.principal else { throw Self.unknownToken }
            return (principal, nil, found.viewer)
        }
        guard let cookie else { return (nil, nil, 0) }
        if let (hit, due) = recent(cookie) {
            if due { Task { [self] in try? await touchSession(cookie, hit) } }
            return (hit.principal, hit.session, hit.viewer)
        }
        let found = try await fetch(cookie, read: session, touch: touchSession)
        return (found.principal, found.session, found.viewer)
    }

    static let unknownToken = HTTPError(.unauthorized, message: "this token is unknown, revoked or expired; zhizao token create makes one")

    /// A lookup of `secret` younger than `lookupLifetime`, and whether its last use is due to be written (then
    /// marked written): one lock, no allocation, on every signed-in request.
    private func recent(_ secret: String) -> (Lookup, due: Bool)? {
        let now = Date()
        return lookups.withLock { lookups -> (Lookup, due: Bool)? in
            guard var entry = lookups[secret], now.timeIntervalSince(entry.checked) < Self.lookupLifetime else { return nil }
            let due = entry.principal != nil && now.timeIntervalSince(entry.touched) >= Self.touchInterval
            if due {
                entry.touched = now
                lookups[secret] = entry
            }
            return (entry, due)
        }
    }

    /// `read`'s lookup of `secret`, when `recent` had none; kept, and its use written in the background.
    private func fetch(
        _ secret: String, read: @Sendable (String) async throws -> Lookup,
        touch: @escaping @Sendable (String, Lookup) async throws -> Void
    ) async throws -> Lookup {
        let now = Date()
        var fresh = try await read(secret)
        fresh.touched = now
        lookups.withLock { lookups in
            if lookups.count > 10_000 { lookups.removeAll() }
            if fresh.principal != nil {
                fresh.viewer = lookups[secret]?.viewer ?? viewers.add(1, ordering: .relaxed).newValue
            }
            lookups[secret] = fresh
        }
        let found = fresh
        if found.principal != nil { Task { try? await touch(secret, found) } }
        return found
    }

    /// A session cookie's session: nil when unknown, of a disabled account, or expired (then deleted).
    @Sendable private func session(_ cookie: String) async throws -> Lookup {
        let idHash = Secrets.stored(cookie), now = Date()
        guard let record = try await database.session(idHash: idHash), !record.account.disabled else { return Lookup(checked: now) }
        if now.timeIntervalSince(record.lastSeenAt) > Self.idleLimit || now.timeIntervalSince(record.createdAt) > Self.absoluteLimit {
            try await database.endSession(idHash: idHash, by: nil)
            return Lookup(checked: now)
        }
        return Lookup(principal: Principal(account: record.account), session: SessionState(idHash: idHash, csrf: record.csrf), checked: now)
    }

    @Sendable private func touchSession(_ cookie: String, _ lookup: Lookup) async throws {
        if let session = lookup.session { try await database.touchSession(idHash: session.idHash) }
    }

    /// A token's account and scope: nil when unknown, revoked, expired or of a disabled account.
    @Sendable private func token(_ secret: String) async throws -> Lookup {
        guard let (token, account) = try await database.token(secretHash: Secrets.stored(secret), at: Date()), !account.disabled else {
            return Lookup(checked: Date())
        }
        return Lookup(principal: Principal(account: account, tokenScope: token.scope), checked: Date())
    }

    @Sendable private func touchToken(_ secret: String, _ lookup: Lookup) async throws {
        if let (token, _) = try await database.token(secretHash: Secrets.stored(secret), at: Date()) {
            try await database.touchToken(id: token.id)
        }
    }

    /// Signs `account` in: a new session id every time (never one the browser brought), a new CSRF token.
    /// Returns the cookie to set.
    func start(_ account: Account, actor: Actor, replacing old: SessionState?) async throws -> Cookie {
        let secret = Secrets.make(), csrf = Secrets.make()
        if let old { try await database.endSession(idHash: old.idHash, by: nil) }
        try await database.startSession(idHash: Secrets.stored(secret), csrf: csrf, account: account, by: actor)
        return cookie(secret, maxAge: Int(Self.absoluteLimit))
    }

    /// Signs out: the session is deleted and the cookie cleared.
    func end(_ session: SessionState, actor: Actor) async throws -> Cookie {
        try await database.endSession(idHash: session.idHash, by: actor)
        lookups.withLock { lookups in lookups = lookups.filter { $0.value.session?.idHash != session.idHash } }
        return cookie("", maxAge: 0)
    }

    private func cookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: Self.cookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax)
    }
}
