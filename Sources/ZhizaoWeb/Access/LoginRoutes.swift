import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStorage

/// Signing in and out. The sign-in form carries a token that must match a cookie set with it (so another site
/// cannot sign a browser in to its own account), failures are recorded and slow further attempts down, and a
/// successful sign-in always gets a new session id.
struct LoginRoutes {
    let site: Site
    let sessions: Sessions

    static let formCookie = "zz_login"
    /// A bcrypt hash of nothing anyone types, checked when the name is unknown so that the answer takes as long.
    static let decoy = Passwords.hash(Secrets.make())

    func add(to book: RouteBook) {
        book.get("/login", .open) { request, context in
            try await form(request, context, status: .ok, problem: nil)
        }
        book.post("/login", .open) { request, context in
            let form = try await Form.read(request, context)
            guard let sent = form.text(CSRF.field), let expected = request.cookie(Self.formCookie), Secrets.equal(sent, expected) else {
                return try await self.form(request, context, status: .forbidden, problem: ("登录表单已过期，请重试。", "The form expired; try again."))
            }
            let name = (form.text("name") ?? "").trimmingCharacters(in: .whitespaces)
            let password = form.text("password") ?? ""
            let actor = Actor(account: nil, name: name, address: context.address, via: "POST /login")
            let since = Date().addingTimeInterval(-LoginThrottle.window)
            let failures = try await site.database.failedLogins(name: name, address: context.address, since: since)
            if let wait = LoginThrottle.wait(failures: max(failures.account, failures.address), lastFailure: failures.last) {
                var response = try await self.form(
                    request, context, status: .tooManyRequests,
                    problem: ("登录失败次数过多，请\(Int(wait))秒后再试。", "Too many failed sign-ins; try again in \(Int(wait)) seconds."))
                response.headers[.retryAfter] = "\(Int(wait))"
                return response
            }
            let found = try await site.database.credentials(name: name)
            let matches = try await PasswordWork.verify(password, hash: found?.passwordHash ?? Self.decoy)
            guard let account = found?.account, matches, !account.disabled else {
                try await site.database.recordFailedLogin(name: name, by: actor)
                return try await self.form(request, context, status: .unauthorized, problem: ("用户名或密码不正确。", "Wrong name or password."))
            }
            let cookie = try await sessions.start(
                account, actor: .account(account, address: context.address, via: "POST /login"), replacing: context.session)
            var response = Response(status: .seeOther, headers: [.location: Self.sameSite(form.text("next"))])
            response.setCookie(cookie)
            response.setCookie(Cookie(name: Self.formCookie, value: "", maxAge: 0, path: "/login", httpOnly: true, sameSite: .strict))
            return response
        }
        book.post("/logout", .read) { request, context in
            var response = Response(status: .seeOther, headers: [.location: "/"])
            if let session = context.session {
                response.setCookie(try await sessions.end(session, actor: try context.actor(request)))
            }
            return response
        }
    }

    /// The sign-in page, with a fresh form token in a cookie.
    private func form(_ request: Request, _ context: AppContext, status: HTTPResponse.Status, problem: (String, String)?) async throws -> Response {
        let token = Secrets.make()
        let next = Self.sameSite(request.uri.queryParameters.get("next"))
        let page = LoginPage(signedIn: context.principal?.account, csrf: token, next: next, problem: problem)
        var response = Reply.page(request, context, title: { Words(language: $0)("登录", "Sign in") }, status: status, body: page.html).response
        response.headers[.cacheControl] = "no-store"
        response.setCookie(Cookie(name: Self.formCookie, value: token, maxAge: 3600, path: "/login", httpOnly: true, sameSite: .strict))
        return response
    }

    /// `path` when it is an address on this site (`/x`, not `//host` or `/\\host`), else `/`.
    static func sameSite(_ path: String?) -> String {
        path.map(Layout.sameSite) ?? "/"
    }
}
