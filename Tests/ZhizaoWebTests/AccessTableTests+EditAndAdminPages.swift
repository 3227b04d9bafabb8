extension AccessTableTests {
    /// The browser's routes for edits, accounts, tokens and the audit log. Record edits use built-in records no
    /// API entry touches (iat, cetc, cansemi; the projects shengguang-cnc-park and logistics-robot): the firms
    /// have no district, so only analysts and admins write them; the projects are Huadu's.
    static let editAndAdminPages: [String: Entry] = {
        let form = "application/x-www-form-urlencoded"
        let signedIn: Set<Caller> = [.viewer, .editorOfAnotherDistrict, .analyst, .admin, .readToken, .writeToken]
        let browsers: Set<Caller> = [.viewer, .editorOfAnotherDistrict, .analyst, .admin]
        let writingBrowsers: Set<Caller> = [.editorOfAnotherDistrict, .analyst, .admin]
        let twice = "password=\(password)&repeat=\(password)"
        var table: [String: Entry] = [:]
        table["GET /account"] = Entry(uri: "/account", allowed: signedIn)
        table["POST /account/password"] = Entry(uri: "/account/password", body: "current=\(password)&\(twice)", contentType: form, allowed: browsers)
        // Each allowed caller's database has tokens 1 to 3 (Credentials); the first one made here is 4.
        table["POST /account/tokens"] = Entry(uri: "/account/tokens", body: "scope=read&days=30", contentType: form, allowed: writingBrowsers)
        table["POST /account/tokens/:id/revoke"] = Entry(uri: "/account/tokens/4/revoke", contentType: form, allowed: writingBrowsers)
        table["GET /admin/users"] = Entry(uri: "/admin/users", allowed: admins)
        table["POST /admin/users"] = Entry(
            uri: "/admin/users", body: "name=clerk&role=editor&districts=huadu&\(twice)", contentType: form, allowed: admins)
        table["POST /admin/users/:name/disabled"] = Entry(uri: "/admin/users/clerk/disabled", body: "disabled=true", contentType: form, allowed: admins)
        table["POST /admin/users/:name/password"] = Entry(uri: "/admin/users/clerk/password", body: twice, contentType: form, allowed: admins)
        table["POST /admin/users/:name/role"] = Entry(uri: "/admin/users/clerk/role", body: "role=analyst", contentType: form, allowed: admins)
        table["GET /admin/tokens"] = Entry(uri: "/admin/tokens", allowed: admins)
        table["POST /admin/tokens"] = Entry(uri: "/admin/tokens", body: "account=viewer&scope=read&days=7", contentType: form, allowed: admins)
        table["POST /admin/tokens/:id/revoke"] = Entry(uri: "/admin/tokens/1/revoke", contentType: form, allowed: admins)
        table["GET /audit"] = Entry(uri: "/audit?action=login&limit=5", allowed: admins)
        table["GET /enterprises/:ref/merge"] = Entry(uri: "/enterprises/iat/merge?into=cansemi", allowed: huaduWriters)
        table["POST /enterprises/:ref/delete"] = Entry(
            uri: "/enterprises/cetc/delete", body: "version=1&reason=%E9%87%8D%E5%A4%8D", contentType: form, allowed: huaduWriters)
        table["POST /enterprises/:ref/edit"] = Entry(
            uri: "/enterprises/iat/edit", body: "version=1&district=huadu&designation=little-giant&year.little-giant=2021", contentType: form,
            allowed: huaduWriters)
        table["POST /enterprises/:ref/merge"] = Entry(
            uri: "/enterprises/iat/merge", body: "into=cansemi&version=2&intoVersion=1", contentType: form, allowed: huaduWriters)
        table["POST /projects/:id/edit"] = Entry(
            uri: "/projects/shengguang-cnc-park/edit", body: "version=1&phases=1&number.0=1&status.0=under-construction&since.0=2024-06",
            contentType: form, allowed: huaduWriters)
        table["POST /projects/:id/delete"] = Entry(
            uri: "/projects/logistics-robot/delete", body: "version=1&reason=%E9%87%8D%E5%A4%8D", contentType: form, allowed: huaduWriters)
        return table
    }()
}
