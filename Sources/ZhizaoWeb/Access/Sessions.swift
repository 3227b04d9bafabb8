import Foundation
import Hummingbird
import Synchronization
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStore

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

    private struct Lookup {
        var principal: Principal?
        var session: SessionState?
        var checked: Date
    }

    private let database: AppDatabase
    private let threads: DatabaseThreads
    /// Whether cookies get `Secure`: served over TLS, or behind a proxy that is.
    let secureCookies: Bool
    private let lookups = Mutex<[String: Lookup]>([:])
    private let touched = Mutex<[String: Date]>([:])

    init(database: AppDatabase, threads: DatabaseThreads, secureCookies: Bool) {
        self.database = database
        self.threads = threads
        self.secureCookies = secureCookies
    }

    /// The principal a request's bearer token or session cookie stands for, with the session.
    func principal(_ request: Request) async throws -> (Principal?, SessionState?) {
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer ") else {
                throw HTTPError(.unauthorized, message: "send an API token as Authorization: Bearer TOKEN")
            }
            let secret = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let principal = try await token(secret) else {
                throw HTTPError(.unauthorized, message: "this token is unknown, revoked or expired; zhizao token create makes one")
            }
            return (principal, nil)
        }
        guard let cookie = request.cookies[Self.cookieName]?.value, !cookie.isEmpty else { return (nil, nil) }
        let lookup = try await cached(key: "s " + cookie) { [database] in
            let idHash = Secrets.stored(cookie)
            guard let record = try database.session(idHash: idHash), !record.account.disabled else { return Lookup(checked: Date()) }
            let now = Date()
            if now.timeIntervalSince(record.lastSeenAt) > Self.idleLimit || now.timeIntervalSince(record.createdAt) > Self.absoluteLimit {
                try database.endSession(idHash: idHash, by: nil)
                return Lookup(checked: now)
            }
            return Lookup(principal: Principal(account: record.account), session: SessionState(idHash: idHash, csrf: record.csrf), checked: now)
        }
        if let session = lookup.session { touch("s " + session.idHash) { [database] in try database.touchSession(idHash: session.idHash) } }
        return (lookup.principal, lookup.session)
    }

    private func token(_ secret: String) async throws -> Principal? {
        guard secret.hasPrefix(Secrets.tokenPrefix) else { return nil }
        let lookup = try await cached(key: "t " + secret) { [database] in
            guard let (token, account) = try database.token(secretHash: Secrets.stored(secret)), !account.disabled else {
                return Lookup(checked: Date())
            }
            return Lookup(principal: Principal(account: account, tokenScope: token.scope), session: nil, checked: Date())
        }
        if lookup.principal != nil {
            touch("t " + secret) { [database] in
                if let (token, _) = try database.token(secretHash: Secrets.stored(secret)) { try database.touchToken(id: token.id) }
            }
        }
        return lookup.principal
    }

    /// A recent lookup under `key`, or `read`'s on the database threads.
    private func cached(key: String, _ read: @escaping @Sendable () throws -> Lookup) async throws -> Lookup {
        if let hit = lookups.withLock({ $0[key] }), Date().timeIntervalSince(hit.checked) < Self.lookupLifetime { return hit }
        let fresh = try await threads.run(read)
        lookups.withLock { lookups in
            if lookups.count > 10_000 { lookups.removeAll() }
            lookups[key] = fresh
        }
        return fresh
    }

    /// Writes a last-use time at most once a minute per session or token, in the background.
    private func touch(_ key: String, _ write: @escaping @Sendable () throws -> Void) {
        let now = Date()
        let due = touched.withLock { touched in
            if let last = touched[key], now.timeIntervalSince(last) < Self.touchInterval { return false }
            if touched.count > 10_000 { touched.removeAll() }
            touched[key] = now
            return true
        }
        if due { threads.start { try? write() } }
    }

    /// Signs `account` in: a new session id every time (never one the browser brought), a new CSRF token.
    /// Returns the cookie to set.
    func start(_ account: Account, actor: Actor, replacing old: SessionState?) async throws -> Cookie {
        let secret = Secrets.make(), csrf = Secrets.make()
        try await threads.run { [database] in
            if let old { try database.endSession(idHash: old.idHash, by: nil) }
            try database.startSession(idHash: Secrets.stored(secret), csrf: csrf, account: account, by: actor)
        }
        return cookie(secret, maxAge: Int(Self.absoluteLimit))
    }

    /// Signs out: the session is deleted and the cookie cleared.
    func end(_ session: SessionState, actor: Actor) async throws -> Cookie {
        try await threads.run { [database] in try database.endSession(idHash: session.idHash, by: actor) }
        lookups.withLock { lookups in lookups = lookups.filter { $0.value.session?.idHash != session.idHash } }
        return cookie("", maxAge: 0)
    }

    private func cookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: Self.cookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax)
    }
}
