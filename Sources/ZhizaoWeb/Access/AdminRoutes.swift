import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStorage

/// The browser's account pages: an admin's users, tokens and audit log, and everyone's own account. Every
/// change is a form POST (with the session's CSRF token) answered by a redirect with a notice, or by the form
/// again with what is wrong; the store records each in the audit log. Passwords are hashed off Swift's
/// cooperative threads (bcrypt is slow on purpose).
struct AdminRoutes {
    let site: Site

    func add(to book: RouteBook) {
        addUsers(to: book)
        addTokens(to: book)
        addAccount(to: book)
        book.get("/audit", .admin) { request, context in
            let p = request.uri.queryParameters
            func value(_ name: String) -> String? { p.get(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
            let filter = AuditPage.Filter(
                since: value("since"), actor: value("actor"), action: value("action"), recordType: value("type"), recordId: value("id"),
                limit: min(max(value("limit").flatMap(Int.init) ?? 100, 1), 10_000))
            let entries = try await site.database.auditEntries(AuditQuery(
                since: filter.since, actor: filter.actor, action: filter.action, recordType: filter.recordType, recordId: filter.recordId,
                limit: filter.limit))
            let places = try await site.snapshot().places
            let page = AuditPage(entries: entries, filter: filter, places: places)
            return Self.page(request, context, title: ("审计日志", "Audit log"), body: page.html)
        }
    }

    // MARK: - Users

    private func addUsers(to book: RouteBook) {
        book.get("/admin/users", .admin) { request, context in
            try await users(request, context)
        }
        book.post("/admin/users", .admin) { request, context in
            let form = try await Form.read(request, context)
            let name = form.value("name") ?? ""
            let role = form.value("role").flatMap(Role.init(rawValue:)) ?? .viewer
            let draft = UsersPage.Draft(name: name, role: role, districts: role == .editor ? form.values("districts") : [])
            let password = form.text("password") ?? ""
            let problem = Self.nameProblem(name, taken: try await site.database.credentials(name: name) != nil)
                ?? Self.passwordProblem(password, repeated: form.text("repeat"), name: name) ?? Self.districtProblem(role, draft.districts)
            if let problem { return try await users(request, context, status: .unprocessableContent, problem: problem, draft: draft) }
            let actor = try context.actor(request)
            _ = try await site.database.addAccount(
                name: name, role: role, districts: draft.districts, passwordHash: try await PasswordWork.hash(password), by: actor)
            return Notice.userAdded.redirect(to: "/admin/users")
        }
        book.post("/admin/users/:name/password", .admin) { request, context in
            let name = try context.parameters.require("name")
            let form = try await Form.read(request, context)
            let password = form.text("password") ?? ""
            if let problem = Self.passwordProblem(password, repeated: form.text("repeat"), name: name) {
                throw FormProblem(problem.zh, problem.en ?? problem.zh, back: "/admin/users")
            }
            let actor = try context.actor(request)
            // An admin setting their own password here stays signed in in this browser.
            let keep = name.lowercased() == actor.name.lowercased() ? context.session?.idHash : nil
            try await site.database.setPassword(
                name: name, passwordHash: try await PasswordWork.hash(password), keepingSession: keep, by: actor)
            return Notice.passwordSet.redirect(to: "/admin/users")
        }
        book.post("/admin/users/:name/disabled", .admin) { request, context in
            let name = try context.parameters.require("name")
            let disabled = try await Form.read(request, context).value("disabled") != "false"
            let actor = try context.actor(request)
            try Self.notSelf(name, actor)
            try await site.database.setDisabled(name: name, disabled, by: actor)
            return (disabled ? Notice.userDisabled : .userEnabled).redirect(to: "/admin/users")
        }
        book.post("/admin/users/:name/role", .admin) { request, context in
            let name = try context.parameters.require("name")
            let form = try await Form.read(request, context)
            guard let role = form.value("role").flatMap(Role.init(rawValue:)) else {
                throw FormProblem("请选择角色。", "Choose a role.", back: "/admin/users")
            }
            let districts = role == .editor ? form.values("districts") : []
            if let problem = Self.districtProblem(role, districts) { throw FormProblem(problem.zh, problem.en ?? "", back: "/admin/users") }
            let actor = try context.actor(request)
            try Self.notSelf(name, actor)
            try await site.database.setRole(name: name, role: role, districts: districts, by: actor)
            return Notice.roleSet.redirect(to: "/admin/users")
        }
    }

    private func users(
        _ request: Request, _ context: AppContext, status: HTTPResponse.Status = .ok, problem: LocalizedText? = nil,
        draft: UsersPage.Draft = .init()
    ) async throws -> Response {
        let accounts = try await site.database.accounts(), places = try await site.snapshot().places
        let page = UsersPage(
            accounts: accounts, places: places, csrf: context.session?.csrf, me: context.principal?.account.name ?? "", problem: problem, draft: draft)
        return Self.page(request, context, title: ("用户", "Users"), status: status, body: page.html)
    }

    // MARK: - Tokens

    private func addTokens(to book: RouteBook) {
        book.get("/admin/tokens", .admin) { request, context in
            try await tokens(request, context)
        }
        book.post("/admin/tokens", .admin) { request, context in
            let form = try await Form.read(request, context)
            let accounts = try await site.database.accounts()
            let name = form.value("account") ?? ""
            guard let account = accounts.first(where: { $0.name.lowercased() == name.lowercased() && !$0.disabled }) else {
                return try await tokens(request, context, problem: LocalizedText(zh: "请选择一个正常使用的账号。", en: "Choose an account that is not disabled."))
            }
            let token = TokenRequest(form, mayWrite: AccessPolicy.allows(Principal(account: account), .writeSome))
            if let problem = token.problem { return try await tokens(request, context, problem: problem) }
            return try await create(token, for: account.name, back: "/admin/tokens", request, context)
        }
        book.post("/admin/tokens/:id/revoke", .admin) { request, context in
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            let actor = try context.actor(request)
            try await site.database.revokeToken(id: id, by: actor)
            return Notice.tokenRevoked.redirect(to: "/admin/tokens")
        }
    }

    private func tokens(_ request: Request, _ context: AppContext, problem: LocalizedText? = nil) async throws -> Response {
        let tokens = try await site.database.tokens(accountName: nil), accounts = try await site.database.accounts()
        let places = try await site.snapshot().places
        let page = TokensPage(tokens: tokens, accounts: accounts, places: places, csrf: context.session?.csrf, problem: problem)
        return Self.page(request, context, title: ("接口令牌", "API tokens"), status: problem == nil ? .ok : .unprocessableContent, body: page.html)
    }

    /// A token form's scope and days, checked.
    struct TokenRequest {
        var scope: TokenScope
        var expiresAt: Date? = nil
        var problem: LocalizedText? = nil

        init(_ form: Form, mayWrite: Bool) {
            scope = form.value("scope").flatMap(TokenScope.init(rawValue:)) ?? .read
            if scope == .write, !mayWrite {
                problem = LocalizedText(zh: "该账号的角色不能写入数据，只能创建只读令牌。", en: "This account's role cannot write; it may have read tokens only.")
            }
            if let days = form.value("days") {
                if let n = Int(days), (1...3650).contains(n) {
                    expiresAt = Date().addingTimeInterval(Double(n) * 86_400)
                } else {
                    problem = LocalizedText(zh: "有效天数须为1至3650的整数，或留空表示永不过期。", en: "Days must be a whole number from 1 to 3650, or empty for no expiry.")
                }
            }
        }
    }

    /// Makes the token and shows its secret, once.
    private func create(_ token: TokenRequest, for name: String, back: String, _ request: Request, _ context: AppContext) async throws -> Response {
        let secret = Secrets.apiToken()
        let actor = try context.actor(request)
        let made = try await site.database.createToken(
            accountName: name, secretHash: Secrets.stored(secret), scope: token.scope, expiresAt: token.expiresAt, by: actor)
        let places = try await site.snapshot().places
        let page = TokenSecretPage(token: made, secret: secret, back: back, places: places)
        return Self.page(request, context, title: ("令牌已创建", "Token created"), body: page.html)
    }

    // MARK: - Own account

    private func addAccount(to book: RouteBook) {
        book.get("/account", .read) { request, context in
            guard let me = context.principal?.account else { throw RouteBook.signInFirst(request) }
            return try await account(request, context, me)
        }
        book.post("/account/password", .read) { request, context in
            let me = try Self.browserAccount(request, context)
            let form = try await Form.read(request, context)
            let current = form.text("current") ?? "", password = form.text("password") ?? ""
            var matches = false
            if let stored = try await site.database.credentials(name: me.name) {
                matches = try await PasswordWork.verify(current, hash: stored.passwordHash)
            }
            let problem = matches
                ? Self.passwordProblem(password, repeated: form.text("repeat"), name: me.name)
                : LocalizedText(zh: "当前密码不正确。", en: "The current password is wrong.")
            if let problem { return try await account(request, context, me, status: .unprocessableContent, problem: problem) }
            let actor = try context.actor(request)
            let keep = context.session?.idHash
            try await site.database.setPassword(
                name: me.name, passwordHash: try await PasswordWork.hash(password), keepingSession: keep, by: actor)
            return Notice.passwordChanged.redirect(to: "/account")
        }
        book.post("/account/tokens", .write) { request, context in
            let me = try Self.browserAccount(request, context)
            let form = try await Form.read(request, context)
            let token = TokenRequest(form, mayWrite: AccessPolicy.allows(context.principal, .writeSome))
            if let problem = token.problem { return try await account(request, context, me, status: .unprocessableContent, problem: problem) }
            return try await create(token, for: me.name, back: "/account", request, context)
        }
        book.post("/account/tokens/:id/revoke", .write) { request, context in
            let me = try Self.browserAccount(request, context)
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            let actor = try context.actor(request)
            guard try await site.database.tokens(accountName: me.name).contains(where: { $0.id == id }) else {
                throw HTTPError(.notFound, message: "you have no token \(id)")
            }
            try await site.database.revokeToken(id: id, by: actor)
            return Notice.tokenRevoked.redirect(to: "/account")
        }
    }

    private func account(
        _ request: Request, _ context: AppContext, _ me: Account, status: HTTPResponse.Status = .ok, problem: LocalizedText? = nil
    ) async throws -> Response {
        let tokens = try await site.database.tokens(accountName: me.name), places = try await site.snapshot().places
        let mayManage = context.session != nil && AccessPolicy.allows(context.principal, .writeSome)
        let page = AccountPage(
            account: me, tokens: tokens, places: places, csrf: context.session?.csrf, tokenScopes: mayManage ? TokenScope.allCases : [],
            problem: problem)
        return Self.page(request, context, title: ("我的账号", "My account"), status: status, body: page.html)
    }

    /// The account of a browser session: passwords and one's own tokens are changed in the browser, not with a token.
    private static func browserAccount(_ request: Request, _ context: AppContext) throws -> Account {
        guard let principal = context.principal else { throw RouteBook.signInFirst(request) }
        guard principal.tokenScope == nil else {
            throw HTTPError(.forbidden, message: "an API token cannot change its account; sign in in the browser")
        }
        return principal.account
    }

    // MARK: - Rules

    static func nameProblem(_ name: String, taken: Bool) -> LocalizedText? {
        if name.isEmpty || name.count > 64 || name.contains(where: \.isWhitespace) {
            return LocalizedText(zh: "用户名为1至64个字符，不含空格。", en: "A name is 1 to 64 characters without spaces.")
        }
        if taken { return LocalizedText(zh: "已有名为\(name)的账号。", en: "There is already an account named \(name).") }
        return nil
    }

    static func passwordProblem(_ password: String, repeated: String?, name: String) -> LocalizedText? {
        guard password == repeated else { return LocalizedText(zh: "两次输入的密码不一致。", en: "The two passwords differ.") }
        return Passwords.check(password, name: name)?.text
    }

    static func districtProblem(_ role: Role, _ districts: [String]) -> LocalizedText? {
        role == .editor && districts.isEmpty
            ? LocalizedText(zh: "区级编辑须至少选择一个辖区。", en: "An editor needs at least one district.") : nil
    }

    /// Admins do not disable or demote themselves here (another admin can), so that no one locks the last admin out.
    static func notSelf(_ name: String, _ actor: Actor) throws {
        if name.lowercased() == actor.name.lowercased() {
            throw FormProblem("不能停用自己的账号或修改自己的角色；请由另一位管理员操作。", "You cannot disable or change the role of your own account; ask another admin.", back: "/admin/users")
        }
    }

    /// An account page: never cached (it carries the session's form token and, once, a secret).
    static func page(
        _ request: Request, _ context: AppContext, title: (String, String), status: HTTPResponse.Status = .ok, body: (Language) -> HTML
    ) -> Response {
        var response = Reply.page(request, context, title: { Words(language: $0)(title.0, title.1) }, status: status, body: body).response
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
