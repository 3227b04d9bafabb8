import ZhizaoCore

/// 登录: the sign-in form, or who is signed in.
struct LoginPage {
    let signedIn: Account?
    let csrf: String
    let next: String
    let problem: (String, String)?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<h1>\(w("登录", "Sign in"))</h1>"
        if let signedIn {
            out += "<p class=\"lead\">\(w("当前已登录：\(signedIn.name)（\(w(signedIn.role.name))）", "Signed in as \(signedIn.name) (\(w(signedIn.role.name)))"))</p>"
        }
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem.0, problem.1))</p>" }
        out += """
            <form class="stack" method="post" action="/login">
            <input type="hidden" name="csrf" value="\(csrf)">
            <input type="hidden" name="next" value="\(next)">
            <label>\(w("用户名", "Name"))<input name="name" autocomplete="username" required autofocus></label>
            <label>\(w("密码", "Password"))<input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">\(w("登录", "Sign in"))</button>
            </form>
            <p class="meta">\(w("账号由管理员开设", "Accounts are made by an admin")) (<code>zhizao user add</code>)\(w("。", "."))</p>
            """
        return out
    }
}
