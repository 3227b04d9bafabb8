import Foundation
import ZhizaoAccess
import ZhizaoCore

/// The pieces the account pages share: districts by name, a role's districts, password fields, token tables.
struct AccountParts {
    let places: PlaceDirectory
    let w: Words

    var districts: [Place] { places.places.filter { $0.kind == .district } }

    func districtNames(_ ids: [String]) -> String {
        ids.isEmpty ? "—" : ids.map { id in places.place(id: id).map { w($0.name) } ?? id }.joined(separator: w("、", ", "))
    }

    func roleSelect(_ selected: Role) -> HTML {
        "<select name=\"role\">" + Role.allCases.map { HTML.option($0.rawValue, w($0.name), selected: $0 == selected) }.joined() + "</select>"
    }

    func districtSelect(_ selected: [String]) -> HTML {
        "<select name=\"districts\" multiple size=\"4\">"
            + districts.map { HTML.option($0.id, w($0.name), selected: selected.contains($0.id)) }.joined() + "</select>"
    }

    /// A new password, twice, with the rules.
    func newPassword(_ label: String = "") -> HTML {
        """
        <label>\(label.isEmpty ? w("新密码", "New password") : label)<input name="password" type="password" autocomplete="new-password" required minlength="\(Passwords.minimumLength)"></label>
        <label>\(w("再次输入", "Repeat it"))<input name="repeat" type="password" autocomplete="new-password" required minlength="\(Passwords.minimumLength)"></label>
        <p class="meta">\(w(Passwords.rules))</p>
        """
    }

    func scope(_ scope: TokenScope) -> String { scope == .read ? w("只读", "read") : w("读写", "read and write") }

    func state(_ token: APIToken) -> String {
        if let revoked = token.revokedAt { return w("已撤销（\(HTML.time(revoked))）", "revoked (\(HTML.time(revoked)))") }
        if let expires = token.expiresAt, expires < Self.now() { return w("已过期", "expired") }
        return w("有效", "live")
    }

    static func now() -> String { Date.now.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)) }

    /// Tokens in a table; `revoke` gives a token's revoke form, when the reader may revoke it.
    func tokenTable(_ tokens: [APIToken], revoke: (APIToken) -> HTML?) -> HTML {
        guard !tokens.isEmpty else { return "<p>\(w("没有令牌。", "No tokens."))</p>" }
        var out: HTML = "<div class=\"table-wrap\"><table><thead><tr><th>\(w("编号", "No."))</th><th>\(w("账号", "Account"))</th>"
            + "<th>\(w("权限", "Scope"))</th><th>\(w("创建", "Created"))</th><th>\(w("到期", "Expires"))</th>"
            + "<th>\(w("最后使用", "Last used"))</th><th>\(w("状态", "State"))</th><th></th></tr></thead><tbody>"
        for token in tokens {
            out += "<tr><td>\(token.id)</td><td>\(HTML.name(token.accountName, on: w.language))</td><td>\(scope(token.scope))</td><td class=\"nowrap\">\(HTML.time(token.createdAt))</td>"
                + "<td class=\"nowrap\">\(token.expiresAt.map(HTML.time) ?? w("永不", "never"))</td>"
                + "<td class=\"nowrap\">\(token.lastUsedAt.map(HTML.time) ?? w("从未", "never"))</td><td>\(state(token))</td>"
                + "<td>\(token.revokedAt == nil ? revoke(token) ?? .empty : .empty)</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    func revokeForm(_ action: String, csrf: String?) -> HTML {
        "<form class=\"inline\" method=\"post\" action=\"\(action)\">\(HTML.csrf(csrf))<button type=\"submit\" class=\"danger\">\(w("撤销", "Revoke"))</button></form>"
    }

    /// The form that makes a token: for `accounts` (a choice) or one's own, with the scopes `scopes`.
    func tokenForm(_ action: String, csrf: String?, accounts: [Account]?, scopes: [TokenScope]) -> HTML {
        let who: HTML = accounts.map { accounts in
            "<label>\(w("账号", "Account"))<select name=\"account\">"
                + Role.allCases.compactMap { role -> HTML? in
                    let names = accounts.filter { !$0.disabled && $0.role == role }.map(\.name)
                    guard !names.isEmpty else { return nil }
                    return "<optgroup label=\"\(w(role.name))\">\(names.map { HTML.option($0, $0, selected: false, on: w.language) }.joined())</optgroup>"
                }.joined()
                + "</select></label>"
        } ?? .empty
        return """
            <form class="stack" method="post" action="\(action)">\(HTML.csrf(csrf))
            \(who)
            <label>\(w("权限", "Scope"))<select name="scope">\(scopes.map { HTML.option($0.rawValue, scope($0), selected: $0 == .read) }.joined())</select></label>
            <label>\(w("有效天数（留空为永不过期）", "Days valid (empty: never expires)"))<input name="days" type="number" min="1" max="3650" value="90"></label>
            <button type="submit">\(w("创建令牌", "Create token"))</button>
            </form>
            """
    }
}

/// 用户管理: accounts with their role, districts and state; forms to add one and to change each.
struct UsersPage {
    struct Draft: Sendable {
        var name = ""
        var role = Role.viewer
        var districts: [String] = []
    }

    let accounts: [Account]
    let places: PlaceDirectory
    let csrf: String?
    /// The admin reading the page, who may not disable or demote themselves here.
    let me: String
    var problem: LocalizedText? = nil
    var draft = Draft()

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let parts = AccountParts(places: places, w: w)
        var out: HTML = "<h1>\(w("用户", "Users"))</h1>" + AdminNav.html(current: "/admin/users", w)
        out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("用户名", "Name"))</th><th>\(w("角色", "Role"))</th>"
            + "<th>\(w("辖区", "Districts"))</th><th>\(w("状态", "State"))</th><th>\(w("创建时间", "Created"))</th><th>\(w("操作", "Actions"))</th></tr></thead><tbody>"
        for account in accounts {
            let base = "/admin/users/" + HTML.query(account.name)
            let me = account.name.lowercased() == self.me.lowercased()
            var actions: HTML = """
                <details class="actions"><summary>\(w("修改", "Change"))</summary>
                <form class="stack" method="post" action="\(base)/password">\(HTML.csrf(csrf))\(parts.newPassword())
                <button type="submit">\(w("设置新密码", "Set password"))</button></form>
                """
            if !me {
                actions += """
                    <form class="stack" method="post" action="\(base)/role">\(HTML.csrf(csrf))
                    <label>\(w("角色", "Role"))\(parts.roleSelect(account.role))</label>
                    <label>\(w("辖区（仅区级编辑）", "Districts (editors only)"))\(parts.districtSelect(account.districts))</label>
                    <button type="submit">\(w("修改角色", "Change role"))</button></form>
                    <form class="stack" method="post" action="\(base)/disabled">\(HTML.csrf(csrf))
                    <input type="hidden" name="disabled" value="\(account.disabled ? "false" : "true")">
                    <button type="submit" class="\(account.disabled ? "" : "danger")">\(account.disabled ? w("启用账号", "Enable") : w("停用账号", "Disable"))</button></form>
                    """
            }
            actions += "</details>"
            out += "<tr><td>\(HTML.name(account.name, on: l))</td><td>\(w(account.role.name))</td><td>\(parts.districtNames(account.districts))</td>"
                + "<td>\(account.disabled ? w("已停用", "disabled") : w("正常", "active"))</td><td class=\"nowrap\">\(HTML.time(account.createdAt))</td>"
                + "<td>\(actions)</td></tr>"
        }
        out += "</tbody></table></div>"
        out += "<h2 id=\"add\">\(w("新增账号", "Add an account"))</h2>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem))</p>" }
        out += """
            <form class="stack" method="post" action="/admin/users">\(HTML.csrf(csrf))
            <label>\(w("用户名", "Name"))<input name="name" value="\(draft.name)" required maxlength="64" autocomplete="off"></label>
            <label>\(w("角色", "Role"))\(parts.roleSelect(draft.role))</label>
            <label>\(w("辖区（区级编辑必选，可多选）", "Districts (editors need one or more)"))\(parts.districtSelect(draft.districts))</label>
            \(parts.newPassword(w("密码", "Password")))
            <button type="submit">\(w("新增账号", "Add account"))</button>
            </form>
            """
        return out
    }
}

/// The links between the admin's pages.
enum AdminNav {
    static func html(current: String, _ w: Words) -> HTML {
        "<nav class=\"subnav\" aria-label=\"\(w("管理", "Admin"))\">" + Layout.adminSections.map { section -> HTML in
            let mark: HTML = section.path == current ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(section.path)\"\(mark)>\(w(section.zh, section.en))</a>"
        }.joined() + "</nav>"
    }
}

/// API令牌: every token, a form to make one for an account, and revoking.
struct TokensPage {
    let tokens: [APIToken]
    let accounts: [Account]
    let places: PlaceDirectory
    let csrf: String?
    var problem: LocalizedText? = nil

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let parts = AccountParts(places: places, w: w)
        var out: HTML = "<h1>\(w("接口令牌", "API tokens"))</h1>" + AdminNav.html(current: "/admin/tokens", w)
        out += "<p class=\"lead\">\(w("令牌供程序调用数据接口", "Tokens let programs call the API")) (<code>Authorization: Bearer …</code>)\(w("。只保存令牌的摘要：令牌只在创建时显示一次。", ". Only a digest is kept: a token is shown once, when made."))</p>"
        out += parts.tokenTable(tokens) { parts.revokeForm("/admin/tokens/\($0.id)/revoke", csrf: csrf) }
        out += "<h2>\(w("创建令牌", "Create a token"))</h2>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem))</p>" }
        out += parts.tokenForm("/admin/tokens", csrf: csrf, accounts: accounts, scopes: TokenScope.allCases)
        return out
    }
}

/// The one time a token's secret is shown.
struct TokenSecretPage {
    let token: APIToken
    let secret: String
    let back: String
    let places: PlaceDirectory

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let parts = AccountParts(places: places, w: w)
        return """
            <h1>\(w("令牌已创建", "Token created"))</h1>
            <p class="problem" role="alert">\(w("请立即复制并妥善保存：此令牌只显示这一次，服务器不保存原文，无法再次查看。遗失后请撤销并新建。", "Copy it now and keep it secret: it is shown this once; the server keeps no copy and cannot show it again. If lost, revoke it and make another."))</p>
            <p><code class="secret">\(secret)</code></p>
            <div class="table-wrap"><table><tbody>
            <tr><th>\(w("编号", "No."))</th><td>\(token.id)</td></tr>
            <tr><th>\(w("账号", "Account"))</th><td>\(HTML.name(token.accountName, on: l))</td></tr>
            <tr><th>\(w("权限", "Scope"))</th><td>\(parts.scope(token.scope))</td></tr>
            <tr><th>\(w("到期", "Expires"))</th><td>\(token.expiresAt.map(HTML.time) ?? w("永不", "never"))</td></tr>
            </tbody></table></div>
            <p class="meta">\(w("用法：", "Use: "))<code>curl -H "Authorization: Bearer \(secret)" …/api/v1/me</code></p>
            <p>\(HTML.link(back, w("返回", "Back")))</p>
            """
    }
}

/// 我的账号: who I am, changing my password, my tokens.
struct AccountPage {
    let account: Account
    let tokens: [APIToken]
    let places: PlaceDirectory
    let csrf: String?
    /// Whether the reader may make and revoke their own tokens (a role that writes), and with which scopes.
    let tokenScopes: [TokenScope]
    var problem: LocalizedText? = nil

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let parts = AccountParts(places: places, w: w)
        var out: HTML = "<h1>\(w("我的账号", "My account"))</h1><div class=\"table-wrap\"><table><tbody>"
        out += "<tr><th>\(w("用户名", "Name"))</th><td>\(HTML.name(account.name, on: l))</td></tr><tr><th>\(w("角色", "Role"))</th><td>\(w(account.role.name))</td></tr>"
        if account.role == .editor { out += "<tr><th>\(w("辖区", "Districts"))</th><td>\(parts.districtNames(account.districts))</td></tr>" }
        out += "<tr><th>\(w("创建时间", "Created"))</th><td>\(HTML.time(account.createdAt))</td></tr></tbody></table></div>"
        out += "<h2 id=\"password\">\(w("修改密码", "Change my password"))</h2>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem))</p>" }
        out += """
            <form class="stack" method="post" action="/account/password">\(HTML.csrf(csrf))
            <label>\(w("当前密码", "Current password"))<input name="current" type="password" autocomplete="current-password" required></label>
            \(parts.newPassword())
            <button type="submit">\(w("修改密码", "Change password"))</button>
            </form>
            """
        out += "<h2>\(w("我的接口令牌", "My API tokens"))</h2>"
        let mayManage = !tokenScopes.isEmpty
        out += parts.tokenTable(tokens) { mayManage ? parts.revokeForm("/account/tokens/\($0.id)/revoke", csrf: csrf) : nil }
        if mayManage {
            out += parts.tokenForm("/account/tokens", csrf: csrf, accounts: nil, scopes: tokenScopes)
        } else {
            out += "<p class=\"meta\">\(w("您的角色只能查看；如需令牌或撤销令牌，请联系管理员。", "Your role reads only; ask an admin for a token or to revoke one."))</p>"
        }
        return out
    }
}
