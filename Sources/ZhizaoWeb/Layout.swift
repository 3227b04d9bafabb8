import ZhizaoAccess
import ZhizaoCore

/// The page chrome: head, navigation, language toggle, footer.
struct Layout {
    /// The sections of the dashboard, in navigation order.
    static let sections: [(path: String, zh: String, en: String)] = [
        ("/", "总览", "Overview"), ("/clusters", "产业集群", "Clusters"), ("/enterprises", "企业", "Enterprises"),
        ("/projects", "重点项目", "Projects"), ("/pipeline", "梯度培育", "Pipeline"), ("/indicators", "指标", "Indicators"),
        ("/checks", "数据核查", "Checks"), ("/documents", "文档", "Documents"),
        ("/layout", "空间布局", "Spatial layout"), ("/specialisation", "专业化", "Specialisation"), ("/sources", "数据来源", "Sources"),
    ]

    var title: String
    var language: Language
    /// The request path, to mark the current section and keep the page when switching language.
    var path: String
    /// The request's query without `lang`, percent-encoded, kept by the language toggle.
    var query: String
    /// Who is signed in, and the session's CSRF token for the sign-out form.
    var account: Account?
    var csrf: String?
    /// Whether the reader may write somewhere: shows the links to import and to new documents.
    var canWrite = false
    /// What a form just did (`?done=`), shown above the page.
    var notice: Notice? = nil

    /// An admin's pages, linked from the navigation as 管理.
    static let adminSections: [(path: String, zh: String, en: String)] = [
        ("/admin/users", "用户", "Users"), ("/admin/tokens", "令牌", "Tokens"), ("/audit", "审计日志", "Audit log"),
    ]

    /// `path` when a browser reads it as a path on this site, else `/`. A browser reads `//host` and `/\host` as
    /// another site, and drops tabs and newlines before it reads (`/<tab>/host`), so a path with a second `/` or
    /// `\` first, or with a backslash, a control character or a space anywhere, is not kept.
    static func sameSite(_ path: String) -> String {
        let scalars = path.unicodeScalars
        let isPlain = scalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }
        return scalars.first == "/" && scalars.dropFirst().first != "/" && isPlain ? path : "/"
    }

    func render(_ body: HTML) -> HTML {
        let w = Words(language: language)
        let nav = Self.sections.map { section -> HTML in
            // A district page (/places/ID) belongs to the map's section.
            let current = section.path == "/" ? path == "/" : path.hasPrefix(section.path) || (section.path == "/layout" && path.hasPrefix("/places/"))
            let mark: HTML = current ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(section.path)\"\(mark)>\(w(section.zh, section.en))</a>"
        }.joined() + adminLink(w)
        let here = Self.sameSite(path) + "?lang=" + (language == .zh ? "en" : "zh") + (query.isEmpty ? "" : "&" + query)
        let toggle: HTML = language == .zh
            ? "<strong>中文</strong> | <a href=\"\(here)\" hreflang=\"en\" lang=\"en\">English</a>"
            : "<a href=\"\(here)\" hreflang=\"zh\" lang=\"zh-CN\">中文</a> | <strong>English</strong>"
        let user: HTML
        if let account {
            let signOut: HTML = csrf.map {
                "<form class=\"inline\" method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"\($0)\">"
                    + "<button type=\"submit\" class=\"link\">\(w("退出", "Sign out"))</button></form>"
            } ?? .empty
            let writes: HTML = canWrite
                ? "<a href=\"/imports\">\(w("导入", "Import"))</a><a href=\"/documents/new\">\(w("新建文档", "New document"))</a>" : .empty
            let mark: HTML = path == "/account" ? " aria-current=\"page\"" : .empty
            user = "\(writes)<a class=\"who\" href=\"/account\"\(mark)>\(HTML.name(account.name, on: language))\(w("（", " (") + w(account.role.name) + w("）", ")"))</a>\(signOut)"
        } else {
            user = "<a href=\"/login?next=\(HTML.query(Self.sameSite(path)))\">\(w("登录", "Sign in"))</a>"
        }
        // The mark in both scripts, the other one marked as such.
        let brand: HTML = language == .zh ? "智造 <span lang=\"en\">Zhizao</span>" : "Zhizao <span lang=\"zh-CN\">智造</span>"
        return """
            <!doctype html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · \(w("智造", "Zhizao"))</title>
            <link rel="stylesheet" href="/assets/app.css">
            <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
            <script src="/assets/app.js" defer></script>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">\(brand)</a>
            <nav aria-label="\(w("主导航", "Main"))">\(nav)</nav>
            <div class="user">\(user)</div>
            <div class="lang">\(toggle)</div>
            </header>
            <main>
            \(notice.map { "<p class=\"notice done\" role=\"status\">\(w($0.text))</p>" as HTML } ?? .empty)
            \(body)
            </main>
            <footer>\(w("每个数字均注明来源；来源未给出的数字保持空缺。", "Every figure names its source; what no source gives stays missing."))
            <a href="/sources">\(w("数据来源", "Sources"))</a> · <a href="/api/v1/openapi.json">\(w("数据接口", "API"))</a></footer>
            </body>
            </html>
            """
    }

    /// 管理, for admins: a link to the users page, marked current on any admin page.
    private func adminLink(_ w: Words) -> HTML {
        guard account?.role == .admin else { return .empty }
        let current = Self.adminSections.contains { path.hasPrefix($0.path) }
        let mark: HTML = current ? " aria-current=\"page\"" : .empty
        return "<a href=\"/admin/users\"\(mark)>\(w("管理", "Admin"))</a>"
    }
}
